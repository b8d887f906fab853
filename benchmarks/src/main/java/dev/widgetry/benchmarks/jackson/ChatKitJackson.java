package dev.widgetry.benchmarks.jackson;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import dev.widgetry.chatkit.Color;
import dev.widgetry.chatkit.Dimension;
import dev.widgetry.chatkit.ListViewItem;
import dev.widgetry.chatkit.Spacing;
import dev.widgetry.chatkit.TableCell;
import dev.widgetry.chatkit.TableRow;
import dev.widgetry.chatkit.WidgetNode;
import dev.widgetry.chatkit.WidgetStatus;

/**
 * Jackson databind set up to read and write the catalog's records as Widgetry does, to the byte,
 * without touching the catalog: mix-ins for the tagged unions, deserializers for the untagged ones
 * (read by token kind or by props), whole doubles without {@code .0}, and absent props left out.
 */
public final class ChatKitJackson {
  private ChatKitJackson() {}

  public static ObjectMapper newMapper() {
    SimpleModule chatKit = new SimpleModule("ChatKit")
        .setMixInAnnotation(WidgetNode.class, WidgetNodeMixIn.class)
        .setMixInAnnotation(TableRow.class, TableRowMixIn.class)
        .setMixInAnnotation(TableCell.class, TableCellMixIn.class)
        .setMixInAnnotation(ListViewItem.class, ListViewItemMixIn.class)
        .setMixInAnnotation(WidgetStatus.class, WidgetStatusMixIn.class)
        .addSerializer(Double.class, new WholeNumberDoubleSerializer())
        .addSerializer(double.class, new WholeNumberDoubleSerializer())
        .addDeserializer(Dimension.class, new DimensionDeserializer())
        .addDeserializer(Spacing.class, new SpacingDeserializer())
        .addDeserializer(Color.class, new ColorDeserializer())
        .addDeserializer(WidgetStatus.class, new WidgetStatusDeserializer());
    return JsonMapper.builder()
        .addModule(chatKit)
        .defaultPropertyInclusion(JsonInclude.Value.construct(JsonInclude.Include.NON_ABSENT, JsonInclude.Include.NON_ABSENT))
        .build();
  }
}
