package dev.widgetry.tests.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.widgetry.chatkit.ActionConfig;
import dev.widgetry.chatkit.WidgetRoot;
import dev.widgetry.runtime.ParseProblem;
import dev.widgetry.runtime.WidgetParseException;
import dev.widgetry.runtime.Widgets;
import dev.widgetry.tests.model.Trees;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Any-JSON values ({@code JsonNode}) follow the rule of every other object: a key given twice is a
 * problem at the second, since which value was meant cannot be known.
 */
class JsonTreeValuesTest {

  @Test
  void aRepeatedKeyInATreeIsAProblem() {
    WidgetParseException e = assertThrows(WidgetParseException.class,
        () -> Widgets.fromJson("{\"data\":{\"a\":1,\"a\":2}}", Trees.class));

    assertEquals("At /data/a (line 1, column 20): expected each key once, found \"a\" a second time.", e.getMessage());
  }

  @Test
  void aRepeatedKeyDeepInATreeIsAProblemAtItsPointer() {
    WidgetParseException e = assertThrows(WidgetParseException.class,
        () -> Widgets.fromJson("{\"items\":[{\"x\":[{\"b\":{\"c\":1},\"b\":{\"c\":2}}]}]}", Trees.class));

    assertEquals(List.of("/items/0/x/0/b"), pointers(e));
  }

  @Test
  void aRepeatedKeyInAnActionPayloadIsAProblem() {
    WidgetParseException e = assertThrows(WidgetParseException.class,
        () -> Widgets.fromJson("{\"type\":\"cart.add\",\"payload\":{\"sku\":\"a\",\"sku\":\"b\"}}", ActionConfig.class));

    assertEquals(List.of("/payload/sku"), pointers(e));
  }

  @Test
  void aRepeatedKeyInAPayloadReplayedForATypeThatCameLastIsAProblemAtItsPointer() {
    String json = "{\"children\":[{\"label\":\"Pay\",\"onClickAction\":{\"payload\":{\"sku\":\"a\",\"sku\":\"b\"},"
        + "\"type\":\"cart.add\"},\"type\":\"Button\"}],\"type\":\"Card\"}";

    WidgetParseException e = assertThrows(WidgetParseException.class, () -> Widgets.fromJson(json, WidgetRoot.class));

    assertEquals(List.of("/children/0/onClickAction/payload/sku"), pointers(e));
  }

  @Test
  void keysOnceEachAreCopiedThroughInOrder() {
    Trees trees = Widgets.fromJson("{\"data\":{\"b\":1,\"a\":[true,null],\"c\":{\"b\":2}}}", Trees.class);

    assertEquals("{\"b\":1,\"a\":[true,null],\"c\":{\"b\":2}}", trees.data().toString());
  }

  private static List<String> pointers(WidgetParseException e) {
    return e.problems().stream().map(ParseProblem::pointer).collect(Collectors.toList());
  }
}
