package dev.widgetry.samples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Runs the walk-through {@code SampleApp --walkthrough} prints, and reads what it prints. */
class ModelWalkthroughTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  @Test
  void walksAWidgetFromToolDefinitionToTheRenderedCard() throws Exception {
    List<String> lines = run();

    assertEquals("The tool a model is offered:", lines.get(0));
    JsonNode tool = MAPPER.readTree(String.join("\n", lines.subList(1, lines.indexOf("") )));
    assertEquals("weather_data", tool.get("name").asText());
    assertEquals("The weather at one place, as a model reports it through a tool call.", tool.get("description").asText());

    JsonNode card = MAPPER.readTree(lines.get(lines.indexOf("The widget sent to the page:") + 1));
    assertEquals("Card", card.get("type").asText());
    assertEquals("sm", card.get("size").asText());
    JsonNode header = card.get("children").get(0).get("children");
    assertEquals("sparkle", header.get(0).get("name").asText());
    assertEquals("Lisbon", header.get(1).get("children").get(0).get("value").asText());
    assertEquals("Sunny", header.get(1).get("children").get(1).get("value").asText());
    assertEquals("22°", header.get(3).get("value").asText());
    assertEquals("Wed", card.get("children").get(3).get("children").get(0).get("value").asText());
    assertEquals("20° / 14°", card.get("children").get(3).get("children").get(2).get("value").asText());
  }

  @Test
  void tellsTheModelWhatWasWrongWithItsAnswer() {
    List<String> lines = run();
    int told = lines.indexOf("What the model is told:");

    assertTrue(told > 0, String.join("\n", lines));
    assertEquals("2 problems in the JSON input:", lines.get(told + 1));
    assertEquals("- At /temperature (line 1, column 32): expected a number, found the string \"warm\".", lines.get(told + 2));
    assertTrue(lines.get(told + 3).startsWith("- At /humidity (line 1, column 71): expected one of the properties of"
        + " WeatherData (city, temperature, conditions, forecast), found \"humidity\"."), lines.get(told + 3));
  }

  private static List<String> run() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    ModelWalkthrough.print(new PrintStream(bytes, true, StandardCharsets.UTF_8));
    return List.of(bytes.toString(StandardCharsets.UTF_8).split("\n", -1));
  }
}
