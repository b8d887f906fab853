package dev.widgetry.chatkit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.widgetry.runtime.Widgets;
import org.junit.jupiter.api.Test;

/**
 * A codec's {@code write} hands a run of optional props to a method of its own, called when one of
 * them is set: each prop of such a run, set alone (the run's first, a middle one, its last), is still
 * written, in its place; with none set, nothing is; in the strict form, every absent one is null.
 */
class SparseWritesTest {
  @Test
  void writesTheFirstPropOfARunSetAlone() {
    Text text = Text.builder().value("Paid").size(TextSize.SM).build();

    assertEquals("{\"type\":\"Text\",\"value\":\"Paid\",\"size\":\"sm\"}", Widgets.toJson(text));
  }

  @Test
  void writesAMiddlePropOfARunSetAlone() {
    Text text = Text.builder().value("Paid").maxLines(2).build();

    assertEquals("{\"type\":\"Text\",\"value\":\"Paid\",\"maxLines\":2}", Widgets.toJson(text));
  }

  @Test
  void writesTheLastPropOfARunSetAlone() {
    Badge badge = Badge.builder().label("New").id("badge-1").build();

    assertEquals("{\"type\":\"Badge\",\"label\":\"New\",\"id\":\"badge-1\"}", Widgets.toJson(badge));
  }

  @Test
  void writesPropsOfARunInComponentOrderAroundTheRequiredOnes() {
    TableCell cell = TableCell.builder().children(Text.of("#20007")).align(TableCell.Align.END).key("c-1").build();

    assertEquals("{\"type\":\"Table.Cell\",\"children\":[{\"type\":\"Text\",\"value\":\"#20007\"}],"
        + "\"align\":\"end\",\"key\":\"c-1\"}", Widgets.toJson(cell));
  }

  @Test
  void writesNoneOfARunWhenNoneIsSet() {
    assertEquals("{\"type\":\"Badge\",\"label\":\"New\"}", Widgets.toJson(Badge.of("New")));
  }

  @Test
  void writesEveryAbsentPropOfARunAsNullInTheStrictForm() {
    String strict = Widgets.codec(Badge.class).toStrictJson(Badge.of("New"));

    assertEquals("{\"type\":\"Badge\",\"label\":\"New\",\"color\":null,\"variant\":null,\"size\":null,"
        + "\"pill\":null,\"key\":null,\"id\":null}", strict);
  }
}
