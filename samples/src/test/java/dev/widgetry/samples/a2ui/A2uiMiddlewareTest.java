package dev.widgetry.samples.a2ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.widgetry.a2ui.A2ui;
import dev.widgetry.a2ui.ServerMessage;
import dev.widgetry.a2ui.Surface;
import dev.widgetry.samples.flights.FlightHandlers;
import dev.widgetry.samples.flights.FlightSurface;
import dev.widgetry.samples.shop.CartHandlers;
import dev.widgetry.samples.shop.OrderSurface;
import dev.widgetry.samples.signup.SignUpSurface;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The gallery's surfaces, written by {@link A2ui#toOperations} as a tool's result, fed through
 * CopilotKit's {@code @ag-ui/a2ui-middleware} 0.0.10 (the real package, run by node from {@code
 * src/test/node/a2ui-middleware.mjs}): the activity it emits for the front end carries our messages
 * unchanged. Without node or npm the test is skipped, unless {@code WIDGETRY_NPM_REQUIRED=1}.
 */
class A2uiMiddlewareTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final Path SCRIPT = Path.of("src", "test", "node", "a2ui-middleware.mjs");

  private static Path node;
  private static Path folder;

  @BeforeAll
  static void findNodeAndThePackages() {
    Optional<Path> modules = NpmPackages.install();
    Optional<Path> found = NpmPackages.onPath("node");
    String missing = found.isEmpty() ? "No node on the PATH to run @ag-ui/a2ui-middleware with. Install the Debian"
        + " package nodejs." : modules.isEmpty() ? NpmPackages.whyNot() : null;
    if (missing != null) {
      if ("1".equals(System.getenv(NpmPackages.REQUIRED))) {
        fail(missing + " (" + NpmPackages.REQUIRED + "=1 says this run must have it.)");
      }
      Assumptions.abort(missing + " (With " + NpmPackages.REQUIRED + "=1 this is a failure.)");
    }
    node = found.get();
    folder = modules.get().getParent();
  }

  @Test
  void eachSurfaceComesOutOfTheMiddlewareAsOneActivityCarryingOurMessagesUnchanged() throws Exception {
    List<Surface> surfaces = List.of(
        OrderSurface.of(new CartHandlers().summary()),
        FlightSurface.of(new FlightHandlers().options()),
        SignUpSurface.of(null));
    List<String> toolResults = new ArrayList<>();
    for (Surface surface : surfaces) {
      toolResults.add(A2ui.toOperations(surface.messages()));
    }

    JsonNode emitted = run(toolResults);

    assertEquals(surfaces.size(), emitted.size());
    for (int i = 0; i < surfaces.size(); i++) {
      JsonNode events = emitted.get(i);
      assertEquals(List.of("RUN_STARTED", "TOOL_CALL_START", "TOOL_CALL_ARGS", "TOOL_CALL_END", "TOOL_CALL_RESULT",
          "ACTIVITY_SNAPSHOT", "RUN_FINISHED"), types(events));
      JsonNode activity = events.get(5);
      assertEquals("a2ui-surface", activity.get("activityType").asText());
      assertEquals("a2ui-surface-call-" + i, activity.get("messageId").asText());
      assertEquals(json(surfaces.get(i).messages()), activity.at("/content/a2ui_operations"),
          surfaces.get(i).surfaceId() + ": the messages the front end gets are ours, unchanged");
      assertEquals(toolResults.get(i), events.get(4).get("content").asText(), "the tool result itself passes through");
    }
  }

  @Test
  void twoSurfacesInOneResultBecomeOneActivityEachWithTheirOwnMessages() throws Exception {
    Surface order = OrderSurface.of(new CartHandlers().summary());
    Surface signUp = SignUpSurface.of(null);
    List<ServerMessage> both = new ArrayList<>(order.messages());
    both.addAll(signUp.messages());

    JsonNode events = run(List.of(A2ui.toOperations(both))).get(0);

    List<JsonNode> activities = new ArrayList<>();
    events.forEach(event -> {
      if (event.get("type").asText().equals("ACTIVITY_SNAPSHOT")) {
        activities.add(event);
      }
    });
    assertEquals(2, activities.size());
    assertEquals("a2ui-surface-order-call-0", activities.get(0).get("messageId").asText());
    assertEquals(json(order.messages()), activities.get(0).at("/content/a2ui_operations"));
    assertEquals("a2ui-surface-signup-call-0", activities.get(1).get("messageId").asText());
    assertEquals(json(signUp.messages()), activities.get(1).at("/content/a2ui_operations"));
  }

  /** Runs the script over these tool results; the events it emitted for each. */
  private static JsonNode run(List<String> toolResults) throws Exception {
    // The script is run from the install's folder, where its imports find node_modules.
    Path script = Files.copy(SCRIPT, folder.resolve(SCRIPT.getFileName()), StandardCopyOption.REPLACE_EXISTING);
    Path input = Files.createTempFile(folder, "tool-results-", ".json");
    Path output = Files.createTempFile(folder, "events-", ".json");
    Path log = Files.createTempFile(folder, "node-", ".log");
    try {
      Files.writeString(input, MAPPER.writeValueAsString(toolResults), StandardCharsets.UTF_8);
      Process process = new ProcessBuilder(node.toString(), script.getFileName().toString(),
          input.getFileName().toString(), output.getFileName().toString())
          .directory(folder.toFile())
          .redirectErrorStream(true)
          .redirectOutput(log.toFile())
          .start();
      if (!process.waitFor(2, TimeUnit.MINUTES)) {
        process.destroyForcibly();
        fail("node ran for more than 2 minutes: " + Files.readString(log));
      }
      assertEquals(0, process.exitValue(), () -> "node failed: " + readQuietly(log));
      return MAPPER.readTree(output.toFile());
    } finally {
      Files.deleteIfExists(input);
      Files.deleteIfExists(output);
      Files.deleteIfExists(log);
    }
  }

  private static JsonNode json(List<ServerMessage> messages) throws Exception {
    return MAPPER.readTree(A2ui.toJsonArray(messages));
  }

  private static List<String> types(JsonNode events) {
    List<String> types = new ArrayList<>();
    events.forEach(event -> types.add(event.get("type").asText()));
    return types;
  }

  private static String readQuietly(Path log) {
    try {
      return Files.readString(log);
    } catch (java.io.IOException e) {
      return "(its output could not be read: " + e.getMessage() + ")";
    }
  }
}
