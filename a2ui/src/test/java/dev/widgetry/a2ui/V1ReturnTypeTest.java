package dev.widgetry.a2ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.JsonNode;
import dev.widgetry.a2ui.basic.Functions;
import dev.widgetry.a2ui.basic.Text;
import dev.widgetry.runtime.ParseProblem;
import dev.widgetry.runtime.WidgetParseException;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * A call's {@code returnType} is v0.9's: the v0.9 reader reads it, the v1.0 reader refuses it at
 * its pointer, as the official v1.0 schemas do (networknt); the v1.0 writer leaves out the one the
 * factories set, and what it writes is valid by the official v1.0 schema.
 */
class V1ReturnTypeTest {

  /** An updateComponents whose Text shows a formatString call with a returnType. */
  private static String update(String version) {
    return "{\"version\":\"" + version + "\",\"updateComponents\":{\"surfaceId\":\"s\",\"components\":[{\"id\":"
        + "\"root\",\"component\":\"Text\",\"text\":{\"call\":\"formatString\",\"args\":{\"value\":\"${/n}\"},"
        + "\"returnType\":\"string\"}}]}}";
  }

  @Test
  void theV1ReaderRefusesAReturnTypeAtItsPointerAsTheOfficialSchemaDoes() {
    WidgetParseException e = assertThrows(WidgetParseException.class,
        () -> A2ui.reader(A2uiVersion.V1_0).parseMessages(update("v1.0")));

    assertFalse(OfficialV1Schemas.official().problems("agent_to_renderer.json", OfficialExamples.parse(update("v1.0")))
        .isEmpty());
    assertEquals(List.of("/updateComponents/components/0/text/returnType"),
        e.problems().stream().map(ParseProblem::pointer).collect(Collectors.toList()));
    assertEquals("At /updateComponents/components/0/text/returnType (line 1, column 109): expected one of the"
        + " properties of FormatStringCall in A2UI v1.0 (\"returnType\" is A2UI v0.9's) (call, args, catalogId),"
        + " found \"returnType\".", e.problems().get(0).message());
  }

  @Test
  void theV09ReaderReadsItAndTheV1WriterLeavesItOut() {
    List<ServerMessage> read = A2ui.parseMessages(update("v0.9"));
    Text text = (Text) ((UpdateComponents) read.get(0)).components().get(0);

    assertEquals(Functions.formatString("${/n}"), text.text());
    JsonNode written = OfficialExamples.parse(A2ui.writer(A2uiVersion.V1_0).toJson(read.get(0)));
    assertEquals(OfficialExamples.parse(update("v1.0").replace(",\"returnType\":\"string\"", "")), written);
    assertEquals(List.of(), OfficialV1Schemas.official().problems("agent_to_renderer.json", written));
  }
}
