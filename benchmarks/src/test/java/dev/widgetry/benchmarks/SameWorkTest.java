package dev.widgetry.benchmarks;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.widgetry.a2ui.A2uiVersion;
import dev.widgetry.benchmarks.a2ui.SurfaceInputs;
import dev.widgetry.benchmarks.dispatch.OrderRequests;
import dev.widgetry.benchmarks.trees.WidgetTrees;
import dev.widgetry.runtime.Widgets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every contender of a benchmark does the same work on the same data, and the data has the promised size. */
class SameWorkTest {

  @ParameterizedTest
  @CsvSource({"smallCard, 250, 450", "orderList, 2500, 3500", "largeTable, 45000, 55000"})
  void everySerializerWritesWidgetrysBytes(String widget, int minBytes, int maxBytes) throws Exception {
    SerializeBenchmark benchmark = new SerializeBenchmark();
    benchmark.widget = widget;
    benchmark.setUp("widgetryBesideGenerator");

    byte[] expected = Widgets.toJsonBytes(WidgetTrees.named(widget));
    assertTrue(expected.length >= minBytes && expected.length <= maxBytes, widget + " is " + expected.length + " bytes");
    assertArrayEquals(expected, benchmark.widgetry());
    assertArrayEquals(expected, benchmark.widgetryBesideGenerator());
    assertArrayEquals(expected, benchmark.widgetryGenerator());
    assertArrayEquals(expected, benchmark.jackson());
    assertArrayEquals(expected, benchmark.avaje());
    assertArrayEquals(expected, benchmark.handwrittenGenerator());
    assertArrayEquals(expected, benchmark.handwrittenUtf8());
  }

  @Test
  void theTemplateWritesWhatTheHandBuiltTreeWrites() {
    TemplateBenchmark benchmark = new TemplateBenchmark();
    benchmark.setUp();

    byte[] template = benchmark.template();
    assertArrayEquals(benchmark.handBuilt(), template);
    String json = new String(template, java.nio.charset.StandardCharsets.UTF_8);
    assertEquals(TemplateBenchmark.ROWS, json.split("\"type\":\"ListViewItem\"", -1).length - 1);
  }

  @Test
  void bothParsersReadTheProductCardBack() throws Exception {
    ParseBenchmark benchmark = new ParseBenchmark();
    benchmark.setUp();

    int bytes = Widgets.toJsonBytes(WidgetTrees.productCard()).length;
    assertTrue(bytes >= 4500 && bytes <= 5500, "the product card is " + bytes + " bytes");
    assertEquals(WidgetTrees.productCard(), benchmark.widgetry());
    assertEquals(WidgetTrees.productCard(), benchmark.jackson());
  }

  @Test
  void everyDispatcherCallsTheHandlerWithTheOrder() throws Exception {
    DispatchBenchmark benchmark = new DispatchBenchmark();
    benchmark.setUp();

    assertEquals(200, benchmark.widgetry().status());
    assertEquals(10, OrderRequests.order().getClass().getRecordComponents().length);
  }

  @Test
  void bothWaysWriteTheSameSurfaceOfSixtyComponents() throws Exception {
    A2uiWriteBenchmark benchmark = new A2uiWriteBenchmark();
    benchmark.setUp();

    String json = benchmark.widgetry();
    assertEquals(json, benchmark.jackson());
    JsonNode messages = new ObjectMapper().readTree(json);
    assertEquals(60, messages.at("/1/updateComponents/components").size());
    assertEquals(A2uiWriteBenchmark.LINES, messages.at("/2/updateDataModel/value/lines").size());
  }

  @Test
  void bothReadersAcceptTheSurfaceOfTwoHundredComponents() throws Exception {
    A2uiReadBenchmark benchmark = new A2uiReadBenchmark();
    benchmark.setUp(); // also checks that both refuse each of SurfaceInputs.invalid(V0_9)

    assertEquals(List.of(), benchmark.widgetry());
    assertEquals(List.of(), benchmark.networknt());
    assertEquals(200, new ObjectMapper().readTree(SurfaceInputs.valid(A2uiVersion.V0_9))
        .at("/1/updateComponents/components").size());
  }

  @Test
  void bothV1ReadersAcceptTheSurfaceOfTwoHundredComponentsWrittenAsV1() throws Exception {
    A2uiReadV1Benchmark benchmark = new A2uiReadV1Benchmark();
    benchmark.setUp(); // also checks that both refuse each of SurfaceInputs.invalid(V1_0)

    assertEquals(List.of(), benchmark.widgetry());
    assertEquals(List.of(), benchmark.networknt());
    JsonNode v1 = new ObjectMapper().readTree(SurfaceInputs.valid(A2uiVersion.V1_0));
    assertEquals("v1.0", v1.at("/1/version").asText());
    assertEquals(200, v1.at("/1/updateComponents/components").size());
  }
}
