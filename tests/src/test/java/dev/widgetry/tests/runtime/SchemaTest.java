package dev.widgetry.tests.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import dev.widgetry.runtime.WidgetParseException;
import dev.widgetry.runtime.Widgets;
import dev.widgetry.tests.model.Border;
import dev.widgetry.tests.model.Deep;
import dev.widgetry.tests.model.Layout;
import dev.widgetry.tests.model.Node;
import dev.widgetry.tests.model.Signup;
import dev.widgetry.tests.model.Tag;
import dev.widgetry.tests.model.Wide;
import java.io.IOException;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The generated schemas are valid JSON Schema 2020-12; every value we write validates against its
 * own schema; and input the schema rejects, the parser rejects too.
 */
class SchemaTest {
  private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
  private static final Schema META_SCHEMA =
      REGISTRY.getSchema(SchemaLocation.of("https://json-schema.org/draft/2020-12/schema"));

  @Test
  void everyGeneratedSchemaIsValidAgainstTheMetaSchema() throws IOException {
    for (Class<?> type : List.of(Tag.class, Node.class, Node.Box.class, Layout.class, Border.class, Signup.class,
        Deep.class, Wide.class)) {
      JsonNode schema = Samples.MAPPER.readTree(Widgets.schema(type));
      assertEquals(List.of(), META_SCHEMA.validate(schema), type.getName());
    }
  }

  @Test
  void everySampleValidatesAgainstItsOwnSchema() throws IOException {
    for (Object sample : Samples.all()) {
      assertEquals(List.of(), validate(sample.getClass(), Widgets.toJson(sample)), sample.getClass().getName());
    }
  }

  static Stream<Arguments> invalidInstances() {
    return Stream.of(
        Arguments.of(Tag.class, "{\"label\":\"x\"}"),
        Arguments.of(Tag.class, "{\"label\":\"x\",\"weight\":1,\"extra\":true}"),
        Arguments.of(Tag.class, "{\"label\":1,\"weight\":1}"),
        Arguments.of(Tag.class, "{\"label\":\"x\",\"weight\":3000000000}"),
        Arguments.of(Node.class, "{\"type\":\"Paragraph\",\"value\":\"x\"}"),
        Arguments.of(Node.class, "{\"value\":\"x\"}"),
        Arguments.of(Node.Box.class, "{\"type\":\"Box\",\"children\":[{\"type\":\"Text\",\"value\":false}]}"),
        Arguments.of(Layout.class, "{\"padding\":true}"),
        Arguments.of(Signup.class, "{\"user\":\" \",\"age\":20}"),
        Arguments.of(Signup.class, "{\"user\":\"a\",\"age\":17}"),
        Arguments.of(Signup.class, "{\"user\":\"a\",\"age\":20,\"currency_code\":\"eur\"}"),
        Arguments.of(Signup.class, "{\"user\":\"a\",\"age\":20,\"tags\":[]}"),
        Arguments.of(Signup.class, "{\"user\":\"a\",\"age\":20,\"budget\":0}"),
        Arguments.of(Deep.class, "{\"levels\":[{\"a\":{\"size\":\"4xl\"}}]}"));
  }

  @ParameterizedTest
  @MethodSource("invalidInstances")
  void whatTheSchemaRejectsTheParserRejects(Class<?> type, String json) throws IOException {
    List<Error> errors = validate(type, json);

    assertFalse(errors.isEmpty(), "the schema accepts " + json);
    WidgetParseException e = assertThrows(WidgetParseException.class, () -> Widgets.fromJson(json, type));
    assertTrue(e.problems().size() >= 1);
  }

  private static List<Error> validate(Class<?> type, String json) throws IOException {
    Schema schema = REGISTRY.getSchema(Widgets.schema(type));
    return schema.validate(Samples.MAPPER.readTree(json));
  }
}
