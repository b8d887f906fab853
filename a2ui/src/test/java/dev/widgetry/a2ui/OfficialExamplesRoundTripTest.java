package dev.widgetry.a2ui;

import static dev.widgetry.a2ui.OfficialExamples.sameJson;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** All 36 official examples read as typed messages and written back as equal JSON. */
class OfficialExamplesRoundTripTest {

  static Stream<String> examples() {
    return OfficialExamples.names().stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("examples")
  void anExampleFileReadsAndWritesBackAsItsMessages(String example) {
    List<ServerMessage> messages = A2ui.parseMessages(OfficialExamples.text(example));
    JsonNode expected = OfficialExamples.tree(example).get("messages");
    JsonNode written = OfficialExamples.parse(A2ui.toJsonArray(messages));

    assertEquals(expected.size(), messages.size());
    assertTrue(sameJson(expected, written), () -> example + ":\n" + expected + "\n" + written);
  }
}
