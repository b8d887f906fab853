package dev.widgetry.tests.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.widgetry.runtime.ParseProblem;
import dev.widgetry.runtime.WidgetParseException;
import dev.widgetry.runtime.Widgets;
import dev.widgetry.tests.model.Caption;
import dev.widgetry.tests.model.Expression;
import dev.widgetry.tests.model.Shape;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A union tagged by a property other than {@code "type"} writes and reads it where {@code "type"}
 * stands for other unions; a tagged union inside an untagged one is one member of it, told apart
 * by its properties and read by its own tag.
 */
class DiscriminatorTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  private static final Shape GROUP = new Shape.Group(
      List.of(new Shape.Circle(1), new Shape.Square(2, "filled")),
      new Expression.Join(List.of(new Caption.Literal("a"), new Caption.Ref("/b"),
          new Expression.Not(new Caption.Literal("c"), null)), "en"));

  @Test
  void membersWriteTheDiscriminatorFirstAndTypeIsAnOrdinaryProperty() {
    assertEquals("{\"kind\":\"Group\",\"members\":[{\"kind\":\"Circle\",\"radius\":1},"
            + "{\"kind\":\"sq\",\"side\":2,\"type\":\"filled\"}],"
            + "\"caption\":{\"op\":\"join\",\"args\":[\"a\",{\"ref\":\"/b\"},{\"op\":\"not\",\"arg\":\"c\"}],"
            + "\"locale\":\"en\"}}",
        Widgets.toJson(GROUP));
  }

  @Test
  void whatIsWrittenReadsBack() {
    assertEquals(GROUP, Widgets.fromJson(Widgets.toJson(GROUP), Shape.class));
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {
    "{\"members\":[{\"radius\":1,\"kind\":\"Circle\"},{\"type\":\"filled\",\"side\":2,\"kind\":\"sq\"}],"
        + "\"caption\":{\"locale\":\"en\",\"args\":[\"a\",{\"ref\":\"/b\"},{\"arg\":\"c\",\"op\":\"not\"}],\"op\":\"join\"},"
        + "\"kind\":\"Group\"}",
    "{\"kind\":\"Group\",\"members\":[{\"kind\":\"Circle\",\"radius\":1},{\"side\":2,\"kind\":\"sq\",\"type\":\"filled\"}],"
        + "\"caption\":{\"args\":[\"a\",{\"ref\":\"/b\"},{\"op\":\"not\",\"arg\":\"c\"}],\"op\":\"join\",\"locale\":\"en\"}}"
  })
  void theTagNeedNotComeFirst(String json) {
    assertEquals(GROUP, Widgets.fromJson(json, Shape.class));
  }

  @Test
  void aMemberReadOnItsOwnExpectsItsTagInTheDiscriminator() {
    assertEquals(new Shape.Circle(3), Widgets.fromJson("{\"radius\":3,\"kind\":\"Circle\"}", Shape.Circle.class));

    WidgetParseException wrong = assertThrows(WidgetParseException.class,
        () -> Widgets.fromJson("{\"kind\":\"sq\",\"radius\":3}", Shape.Circle.class));
    assertEquals(List.of("/kind"), pointers(wrong), wrong.getMessage());

    WidgetParseException missing = assertThrows(WidgetParseException.class,
        () -> Widgets.fromJson("{\"radius\":3}", Shape.Circle.class));
    assertEquals(List.of("/kind"), pointers(missing), missing.getMessage());
  }

  @Test
  void anUnknownTagIsAProblemAtTheDiscriminatorWithTheNearestName() {
    WidgetParseException e = assertThrows(WidgetParseException.class,
        () -> Widgets.fromJson("{\"kind\":\"Group\",\"members\":[{\"radius\":1,\"kind\":\"Circel\"}]}", Shape.class));

    ParseProblem problem = e.problems().get(0);
    assertEquals("/members/0/kind", problem.pointer());
    assertEquals("a \"kind\" of Shape: \"Circle\", \"sq\" or \"Group\"", problem.expected());
    assertEquals("Did you mean \"Circle\"?", problem.hint());
  }

  @Test
  void aMissingTagIsAProblemAtTheDiscriminator() {
    WidgetParseException e = assertThrows(WidgetParseException.class,
        () -> Widgets.fromJson("{\"kind\":\"Group\",\"members\":[{\"radius\":1}]}", Shape.class));

    assertEquals(List.of("/members/0/kind"), pointers(e), e.getMessage());
    assertEquals("a \"kind\" naming the kind of Shape", e.problems().get(0).expected());
  }

  @Test
  void anUnknownOperationInsideTheUntaggedUnionNamesTheNestedUnionsTags() {
    WidgetParseException e = assertThrows(WidgetParseException.class,
        () -> Widgets.fromJson("{\"op\":\"lower\",\"arg\":\"x\"}", Caption.class));

    assertEquals(List.of("/op"), pointers(e), e.getMessage());
    assertEquals("a \"op\" of Expression: \"upper\", \"join\" or \"not\"", e.problems().get(0).expected());
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"{\"arg\":\"x\",\"op\":\"upper\"}", "{\"locale\":\"de\",\"arg\":\"x\",\"op\":\"upper\"}"})
  void anObjectWithTheNestedUnionsTagIsReadByIt(String json) {
    Caption caption = Widgets.fromJson(json, Caption.class);

    assertEquals(Expression.Upper.class, caption.getClass());
  }

  @Test
  void aReferenceIsTheObjectMemberWithRef() {
    assertEquals(new Caption.Ref("/a"), Widgets.fromJson("{\"ref\":\"/a\"}", Caption.class));
  }

  @Test
  void aNullFirstValueDoesNotChooseTheMember() {
    // {"ref": null} is {}: the first object member (Ref) by score, whose ref is then missing, not
    // an Expression chosen by a name whose value says nothing.
    WidgetParseException e = assertThrows(WidgetParseException.class,
        () -> Widgets.fromJson("{\"locale\":null,\"ref\":\"/a\"}", Caption.class));

    assertEquals(List.of("/locale"), pointers(e), e.getMessage());
  }

  @Test
  void theSchemaPutsTheDiscriminatorWhereTypeStandsElsewhere() throws Exception {
    JsonNode schema = JSON.readTree(Widgets.schema(Shape.class));
    JsonNode circle = schema.at("/$defs/Shape.Circle");

    assertEquals("{\"type\":\"string\",\"const\":\"Circle\"}", circle.at("/properties/kind").toString());
    assertEquals("kind", circle.at("/properties").fieldNames().next());
    assertEquals("[\"kind\",\"radius\"]", circle.at("/required").toString());
    assertEquals("{\"type\":\"string\"}", schema.at("/$defs/Shape.Square/properties/type").toString());
  }

  @Test
  void theStrictSchemaKeepsTheDiscriminatorAsAOneValueEnum() throws Exception {
    JsonNode strict = JSON.readTree(Widgets.strictSchema(Shape.class));

    assertEquals("{\"type\":\"string\",\"enum\":[\"Circle\"]}", strict.at("/$defs/Shape.Circle/properties/kind").toString());
  }

  private static List<String> pointers(WidgetParseException e) {
    return e.problems().stream().map(ParseProblem::pointer).collect(Collectors.toList());
  }
}
