package dev.widgetry.a2ui;

import dev.widgetry.a2ui.basic.AudioPlayer;
import dev.widgetry.a2ui.basic.AudioPlayerWidgetCodec;
import dev.widgetry.a2ui.basic.BasicComponent;
import dev.widgetry.a2ui.basic.Button;
import dev.widgetry.a2ui.basic.ButtonWidgetCodec;
import dev.widgetry.a2ui.basic.Card;
import dev.widgetry.a2ui.basic.CardWidgetCodec;
import dev.widgetry.a2ui.basic.CheckBox;
import dev.widgetry.a2ui.basic.CheckBoxWidgetCodec;
import dev.widgetry.a2ui.basic.ChoicePicker;
import dev.widgetry.a2ui.basic.ChoicePickerWidgetCodec;
import dev.widgetry.a2ui.basic.Column;
import dev.widgetry.a2ui.basic.ColumnWidgetCodec;
import dev.widgetry.a2ui.basic.DateTimeInput;
import dev.widgetry.a2ui.basic.DateTimeInputWidgetCodec;
import dev.widgetry.a2ui.basic.Divider;
import dev.widgetry.a2ui.basic.DividerWidgetCodec;
import dev.widgetry.a2ui.basic.Icon;
import dev.widgetry.a2ui.basic.IconWidgetCodec;
import dev.widgetry.a2ui.basic.Image;
import dev.widgetry.a2ui.basic.ImageWidgetCodec;
import dev.widgetry.a2ui.basic.ListWidgetCodec;
import dev.widgetry.a2ui.basic.Modal;
import dev.widgetry.a2ui.basic.ModalWidgetCodec;
import dev.widgetry.a2ui.basic.Row;
import dev.widgetry.a2ui.basic.RowWidgetCodec;
import dev.widgetry.a2ui.basic.Slider;
import dev.widgetry.a2ui.basic.SliderWidgetCodec;
import dev.widgetry.a2ui.basic.Tabs;
import dev.widgetry.a2ui.basic.TabsWidgetCodec;
import dev.widgetry.a2ui.basic.Text;
import dev.widgetry.a2ui.basic.TextField;
import dev.widgetry.a2ui.basic.TextFieldWidgetCodec;
import dev.widgetry.a2ui.basic.TextWidgetCodec;
import dev.widgetry.a2ui.basic.Video;
import dev.widgetry.a2ui.basic.VideoWidgetCodec;
import dev.widgetry.runtime.internal.Utf8Writer;
import dev.widgetry.runtime.spi.WidgetWriter;
import java.util.List;

/**
 * Writes a component of the basic catalog with its generated codec, found by comparing its class
 * with each basic type's, the common ones first: no look-up per type, and a call the compiler binds
 * (and may inline) rather than one through {@code GeneratedCodec} that sees every component type.
 * Only classes are compared, never {@link BasicComponent} itself: HotSpot before JDK 23 remembers
 * one interface per class as the last one it was checked against, and the flattener asks each
 * component {@code instanceof A2uiComponent}.
 */
final class BasicComponentWriter {
  /** The basic component types, as the basic catalog's sealed interface permits them. */
  static final List<Class<?>> TYPES = List.of(BasicComponent.class.getPermittedSubclasses());

  private BasicComponentWriter() {}

  /**
   * Writes {@code component} when it is of a basic type and says so; false, having written
   * nothing, for any other type. {@code plainIds}, when not null, is told the component's id
   * ({@link Utf8Writer#knownPlain}).
   */
  static boolean write(WidgetWriter out, A2uiComponent component, Utf8Writer plainIds) {
    Class<?> type = component.getClass();
    if (type == Text.class) {
      Text text = (Text) component;
      note(plainIds, text.id());
      TextWidgetCodec.INSTANCE.write(out, text);
    } else if (type == Row.class) {
      Row row = (Row) component;
      note(plainIds, row.id());
      RowWidgetCodec.INSTANCE.write(out, row);
    } else if (type == Column.class) {
      Column column = (Column) component;
      note(plainIds, column.id());
      ColumnWidgetCodec.INSTANCE.write(out, column);
    } else {
      return writeOther(out, component, type, plainIds);
    }
    return true;
  }

  private static boolean writeOther(WidgetWriter out, A2uiComponent component, Class<?> type, Utf8Writer plainIds) {
    if (type == Card.class) {
      Card card = (Card) component;
      note(plainIds, card.id());
      CardWidgetCodec.INSTANCE.write(out, card);
    } else if (type == Button.class) {
      Button button = (Button) component;
      note(plainIds, button.id());
      ButtonWidgetCodec.INSTANCE.write(out, button);
    } else if (type == Divider.class) {
      Divider divider = (Divider) component;
      note(plainIds, divider.id());
      DividerWidgetCodec.INSTANCE.write(out, divider);
    } else if (type == TextField.class) {
      TextField field = (TextField) component;
      note(plainIds, field.id());
      TextFieldWidgetCodec.INSTANCE.write(out, field);
    } else if (type == CheckBox.class) {
      CheckBox checkBox = (CheckBox) component;
      note(plainIds, checkBox.id());
      CheckBoxWidgetCodec.INSTANCE.write(out, checkBox);
    } else if (type == Image.class) {
      Image image = (Image) component;
      note(plainIds, image.id());
      ImageWidgetCodec.INSTANCE.write(out, image);
    } else if (type == Icon.class) {
      Icon icon = (Icon) component;
      note(plainIds, icon.id());
      IconWidgetCodec.INSTANCE.write(out, icon);
    } else if (type == dev.widgetry.a2ui.basic.List.class) {
      dev.widgetry.a2ui.basic.List list = (dev.widgetry.a2ui.basic.List) component;
      note(plainIds, list.id());
      ListWidgetCodec.INSTANCE.write(out, list);
    } else {
      return writeRare(out, component, type, plainIds);
    }
    return true;
  }

  private static boolean writeRare(WidgetWriter out, A2uiComponent component, Class<?> type, Utf8Writer plainIds) {
    if (type == Tabs.class) {
      Tabs tabs = (Tabs) component;
      note(plainIds, tabs.id());
      TabsWidgetCodec.INSTANCE.write(out, tabs);
    } else if (type == Modal.class) {
      Modal modal = (Modal) component;
      note(plainIds, modal.id());
      ModalWidgetCodec.INSTANCE.write(out, modal);
    } else if (type == ChoicePicker.class) {
      ChoicePicker picker = (ChoicePicker) component;
      note(plainIds, picker.id());
      ChoicePickerWidgetCodec.INSTANCE.write(out, picker);
    } else if (type == Slider.class) {
      Slider slider = (Slider) component;
      note(plainIds, slider.id());
      SliderWidgetCodec.INSTANCE.write(out, slider);
    } else if (type == DateTimeInput.class) {
      DateTimeInput input = (DateTimeInput) component;
      note(plainIds, input.id());
      DateTimeInputWidgetCodec.INSTANCE.write(out, input);
    } else if (type == Video.class) {
      Video video = (Video) component;
      note(plainIds, video.id());
      VideoWidgetCodec.INSTANCE.write(out, video);
    } else if (type == AudioPlayer.class) {
      AudioPlayer player = (AudioPlayer) component;
      note(plainIds, player.id());
      AudioPlayerWidgetCodec.INSTANCE.write(out, player);
    } else {
      return false;
    }
    return true;
  }

  private static void note(Utf8Writer plainIds, String id) {
    if (plainIds != null) {
      plainIds.knownPlain(id);
    }
  }
}
