package dev.widgetry.benchmarks.jackson;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import dev.widgetry.chatkit.Badge;
import dev.widgetry.chatkit.Basic;
import dev.widgetry.chatkit.Box;
import dev.widgetry.chatkit.Button;
import dev.widgetry.chatkit.Caption;
import dev.widgetry.chatkit.Card;
import dev.widgetry.chatkit.Chart;
import dev.widgetry.chatkit.Checkbox;
import dev.widgetry.chatkit.Col;
import dev.widgetry.chatkit.DatePicker;
import dev.widgetry.chatkit.Divider;
import dev.widgetry.chatkit.Form;
import dev.widgetry.chatkit.Icon;
import dev.widgetry.chatkit.Image;
import dev.widgetry.chatkit.Input;
import dev.widgetry.chatkit.Label;
import dev.widgetry.chatkit.ListView;
import dev.widgetry.chatkit.Markdown;
import dev.widgetry.chatkit.RadioGroup;
import dev.widgetry.chatkit.Row;
import dev.widgetry.chatkit.Select;
import dev.widgetry.chatkit.Spacer;
import dev.widgetry.chatkit.Table;
import dev.widgetry.chatkit.TableCell;
import dev.widgetry.chatkit.TableRow;
import dev.widgetry.chatkit.Text;
import dev.widgetry.chatkit.Textarea;
import dev.widgetry.chatkit.Title;
import dev.widgetry.chatkit.Transition;

/**
 * Jackson's view of the catalog's widget union: every root and component carries its
 * {@code "type"} first, named as ChatKit names it.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = "type")
@JsonSubTypes({
  @JsonSubTypes.Type(value = Card.class, name = "Card"),
  @JsonSubTypes.Type(value = ListView.class, name = "ListView"),
  @JsonSubTypes.Type(value = Basic.class, name = "Basic"),
  @JsonSubTypes.Type(value = Text.class, name = "Text"),
  @JsonSubTypes.Type(value = Title.class, name = "Title"),
  @JsonSubTypes.Type(value = Caption.class, name = "Caption"),
  @JsonSubTypes.Type(value = Badge.class, name = "Badge"),
  @JsonSubTypes.Type(value = Markdown.class, name = "Markdown"),
  @JsonSubTypes.Type(value = Box.class, name = "Box"),
  @JsonSubTypes.Type(value = Row.class, name = "Row"),
  @JsonSubTypes.Type(value = Col.class, name = "Col"),
  @JsonSubTypes.Type(value = Divider.class, name = "Divider"),
  @JsonSubTypes.Type(value = Icon.class, name = "Icon"),
  @JsonSubTypes.Type(value = Image.class, name = "Image"),
  @JsonSubTypes.Type(value = Button.class, name = "Button"),
  @JsonSubTypes.Type(value = Checkbox.class, name = "Checkbox"),
  @JsonSubTypes.Type(value = Spacer.class, name = "Spacer"),
  @JsonSubTypes.Type(value = Select.class, name = "Select"),
  @JsonSubTypes.Type(value = DatePicker.class, name = "DatePicker"),
  @JsonSubTypes.Type(value = Form.class, name = "Form"),
  @JsonSubTypes.Type(value = Input.class, name = "Input"),
  @JsonSubTypes.Type(value = Label.class, name = "Label"),
  @JsonSubTypes.Type(value = RadioGroup.class, name = "RadioGroup"),
  @JsonSubTypes.Type(value = Table.class, name = "Table"),
  @JsonSubTypes.Type(value = TableRow.class, name = "Table.Row"),
  @JsonSubTypes.Type(value = TableCell.class, name = "Table.Cell"),
  @JsonSubTypes.Type(value = Textarea.class, name = "Textarea"),
  @JsonSubTypes.Type(value = Transition.class, name = "Transition"),
  @JsonSubTypes.Type(value = Chart.class, name = "Chart")
})
abstract class WidgetNodeMixIn {}
