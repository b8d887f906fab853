package dev.widgetry.a2ui;

import static dev.widgetry.a2ui.OfficialExamples.sameJson;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The 36 official v1.0 examples read by the v1.0 reader into the same records as v0.9's, written
 * back by the v1.0 writer as equal JSON, and what we write valid under the official v1.0 schemas.
 *
 * <p>The schema check leaves out 09 and 32, as {@code CatalogVerdictsTest} does for v0.9: they nest
 * function calls and networknt takes minutes on them; what we write for them is the JSON of files
 * that validate, as the round trip shows.
 */
class OfficialV1ExamplesTest {
  private static final String DIRECTORY = "/a2ui/v1_0/examples/";
  private static final List<String> SLOW = List.of("09_login-form.json", "32_advanced-form-validator.json");
  private static final A2uiReader READER = A2ui.reader(A2uiVersion.V1_0);
  private static final A2uiWriter WRITER = A2ui.writer(A2uiVersion.V1_0);

  static Stream<String> examples() {
    try (Stream<Path> files = Files.list(Paths.get(OfficialV1ExamplesTest.class.getResource(DIRECTORY).toURI()))) {
      return files.map(file -> file.getFileName().toString()).filter(name -> name.endsWith(".json")).sorted()
          .toList().stream();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  static Stream<String> checkedBySchema() {
    return examples().filter(name -> !SLOW.contains(name));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("examples")
  void anExampleReadsAndWritesBackAsItsMessages(String example) {
    String text = OfficialExamples.resource(DIRECTORY + example);
    List<ServerMessage> messages = READER.parseMessages(text);
    JsonNode expected = OfficialExamples.parse(text).get("messages");
    JsonNode written = OfficialExamples.parse(WRITER.toJsonArray(messages));

    assertEquals(expected.size(), messages.size());
    assertTrue(sameJson(expected, written), () -> example + ":\n" + expected + "\n" + written);
    assertEquals(List.of(), A2ui.validate(messages), example);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("checkedBySchema")
  void whatWeWriteOfAnExampleIsValid(String example) {
    List<ServerMessage> messages = READER.parseMessages(OfficialExamples.resource(DIRECTORY + example));

    assertEquals(List.of(), OfficialV1Schemas.official().problems("agent_to_renderer_list.json",
        OfficialExamples.parse(WRITER.toJsonArray(messages))));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("checkedBySchema")
  void theSameMessagesWrittenAsV09AreValidUnderV09(String example) {
    List<ServerMessage> messages = READER.parseMessages(OfficialExamples.resource(DIRECTORY + example));

    assertEquals(List.of(), OfficialSchemas.official().problems("server_to_client_list.json",
        OfficialExamples.parse(A2ui.toJsonArray(messages))));
  }
}
