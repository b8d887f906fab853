package dev.widgetry.samples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Runs the sample app as the README's run command does, and reads what it prints. */
class SampleAppTest {

  @Test
  void printsTheWidgetAsJsonReadsItBackAndPrintsItsSchema() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    SampleApp.run(new PrintStream(bytes, true, StandardCharsets.UTF_8));
    String[] lines = bytes.toString(StandardCharsets.UTF_8).split("\n");

    assertEquals("WeatherData as JSON:", lines[0]);
    assertEquals("{\"city\":\"Lisbon\",\"temperature\":21.5,\"conditions\":\"sunny\",\"forecast\":["
        + "{\"day\":\"Tue\",\"high\":23,\"low\":15},{\"day\":\"Wed\",\"high\":19.5,\"low\":14}]}", lines[1]);
    assertEquals("Read back equal: true", lines[2]);
    assertEquals("WeatherData's JSON Schema:", lines[4]);
    assertEquals("  \"$schema\": \"https://json-schema.org/draft/2020-12/schema\",", lines[6]);
    assertTrue(String.join("\n", lines).contains("\"enum\": [\"sunny\", \"cloudy\", \"rain\", \"snow\"]"));
  }
}
