package dev.widgetry.benchmarks.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The results page's search for run.sh's passes, and its A2UI section written from a run's figures. */
class ResultsPageTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  /** Every benchmark the page reads, by class, its methods; the serializers once per widget. */
  private static final Map<String, List<String>> BENCHMARKS = Map.of(
      "SerializeBenchmark", List.of("widgetry", "widgetryBesideGenerator", "widgetryGenerator", "jackson", "avaje",
          "handwrittenGenerator", "handwrittenUtf8"),
      "DispatchBenchmark", List.of("widgetry", "databind", "reflective", "handwritten"),
      "ParseBenchmark", List.of("widgetry", "jackson"),
      "TypeOrderBenchmark", List.of("typeFirst", "typeLast"),
      "WidgetStreamBenchmark", List.of("widgetry", "jackson"),
      "TemplateBenchmark", List.of("template", "handBuilt"),
      "A2uiWriteBenchmark", List.of("widgetry", "jackson"),
      "A2uiReadBenchmark", List.of("widgetry", "networknt"),
      "A2uiReadV1Benchmark", List.of("widgetry", "networknt"));
  /** The figures of two benchmarks, ops/s and B/op; every other one does 100 ops/s and allocates 1,000 B/op. */
  private static final Map<String, double[]> FIGURES = Map.of(
      "A2uiReadV1Benchmark.widgetry", new double[] {400, 1000},
      "A2uiReadV1Benchmark.networknt", new double[] {100, 4000});

  @TempDir Path results;

  @Test
  void thePassesAreTheNumberedJmhResultsUpToTheFirstMissing() throws Exception {
    for (String file : List.of("jmh-2.json", "jmh-1.json", "jmh-4.json", "jmh-1.log", "jmh.json", "jmh-3.json.bak",
        "run.properties")) {
      Files.writeString(results.resolve(file), "[]");
    }

    List<String> passes = ResultsPage.passFiles(results).stream().map(path -> path.getFileName().toString())
        .collect(Collectors.toList());

    assertEquals(List.of("jmh-1.json", "jmh-2.json"), passes, "jmh-4.json follows no jmh-3.json");
  }

  @Test
  void aDirectoryOrNoFirstPassIsNoPass() throws Exception {
    Files.createDirectory(results.resolve("jmh-1.json"));
    Files.writeString(results.resolve("jmh-2.json"), "[]");

    assertEquals(List.of(), ResultsPage.passFiles(results));
  }

  @Test
  void theA2uiSectionHasTheV1ReadRowsWithTheirRatiosOverNetworknt() throws Exception {
    for (int pass = 1; pass <= 2; pass++) {
      Files.writeString(results.resolve("jmh-" + pass + ".json"), MAPPER.writeValueAsString(onePass()));
    }
    Files.writeString(results.resolve("run.properties"), runProperties(), StandardCharsets.UTF_8);
    Path analysis = Files.writeString(results.resolve("ANALYSIS.md"), "# Analysis\n");
    Path page = results.resolve("RESULTS.md");

    ResultsPage.main(new String[] {results.toString(), analysis.toString(), page.toString()});

    String text = Files.readString(page, StandardCharsets.UTF_8);
    String a2ui = text.substring(text.indexOf("## 9. A2UI"), text.indexOf("## Targets"));
    assertTrue(a2ui.contains("### Read and validate the same 200 components in A2UI v1.0 (81234 bytes of JSON)"), a2ui);
    assertTrue(a2ui.contains("| Widgetry: `A2ui.reader(V1_0).parseMessages`, `A2ui.validate(V1_0, ...)` | 400 (400–400)"
        + " | 4.00× | 1,000 | 0.25× |\n"), a2ui);
    assertTrue(a2ui.contains("| `readTree`, networknt on the official v1.0 schemas, integrity rules over the tree"
        + " | 100 (100–100) | 1.00× | 4,000 | 1.00× |\n"), a2ui);
    assertTrue(a2ui.indexOf("### Read and validate 200 components") >= 0, "the v0.9 rows' heading");
    assertTrue(a2ui.contains("| contender | ops/s | × networknt | B/op | alloc × networknt |\n"), a2ui);
    assertTrue(a2ui.indexOf("in A2UI v1.0") > a2ui.indexOf("### Read and validate 200 components"),
        "after the v0.9 rows");
  }

  @Test
  void theTurnsSectionHasEachForksRatioOfTheContendersTimeOverWidgetrys() throws Exception {
    for (int pass = 1; pass <= 2; pass++) {
      ArrayNode figures = onePass();
      // Widgetry's three iterations take 100 ns each; the contender's 190, 210 and 200 in the first
      // pass (2.00x) and 170, 180 and 190 in the second (1.80x).
      addTurns(figures, "dispatchVsDatabind", new double[] {100, 100, 100},
          pass == 1 ? new double[] {190, 210, 200} : new double[] {170, 180, 190});
      Files.writeString(results.resolve("jmh-" + pass + ".json"), MAPPER.writeValueAsString(figures));
    }
    Files.writeString(results.resolve("run.properties"), runProperties(), StandardCharsets.UTF_8);
    Path analysis = Files.writeString(results.resolve("ANALYSIS.md"), "# Analysis\n");
    Path page = results.resolve("RESULTS.md");

    ResultsPage.main(new String[] {results.toString(), analysis.toString(), page.toString()});

    String text = Files.readString(page, StandardCharsets.UTF_8);
    String turns = text.substring(text.indexOf("## 10. Taking turns"), text.indexOf("## Targets"));
    // Every iteration's ratio, 1.7 1.8 1.9 1.9 2.0 2.1: the median is 1.9; the forks differ by 2.0 / 1.8 - 1.
    assertTrue(turns.contains("| Parse and dispatch, against the databind baseline | 1.90× | 2.00× / 1.80× | 11% |\n"),
        turns);
    assertTrue(turns.contains("| Parse and dispatch (control), against itself | 1.00× | 1.00× / 1.00× | 0% |\n"), turns);
    assertTrue(text.contains("| Parse and dispatch, taking turns: at least 2× the databind baseline in every fork"
        + " (the lowest fork) | 1.80× | **missed** by 10% (1.80× against 2.00×) |\n"), text);
    assertTrue(text.contains("| Parse and dispatch, taking turns: forks within 10% of each other | 1.11× | **missed**"),
        text);
  }

  @Test
  void theCompileSectionReadsTheProcessorAloneAgainstParsingAlone() throws Exception {
    for (int pass = 1; pass <= 2; pass++) {
      Files.writeString(results.resolve("jmh-" + pass + ".json"), MAPPER.writeValueAsString(onePass()));
    }
    Files.writeString(results.resolve("run.properties"),
        runProperties() + "compile.processorOnly.median=3200\ncompile.parseOnly.median=1000\n", StandardCharsets.UTF_8);
    Path analysis = Files.writeString(results.resolve("ANALYSIS.md"), "# Analysis\n");
    Path page = results.resolve("RESULTS.md");

    ResultsPage.main(new String[] {results.toString(), analysis.toString(), page.toString()});

    String text = Files.readString(page, StandardCharsets.UTF_8);
    assertTrue(text.contains("| parsing alone (`-proc:only`, no processor) | 1,000 | 90.0 | 110 | 10.0× | 10.0× |\n"),
        text);
    assertTrue(text.contains("| Compile time, widgetry-processor alone (`-proc:only`): under 1 s for 200 records"
        + " | 3,200 ms | **missed** (3,200 ms against 1,000 ms) |\n"), text);
    assertTrue(text.contains("| Compile time, widgetry-processor and the rounds it adds: alone, beyond parsing alone"
        + " (information) | 2,200 ms | - |\n"), text);
  }

  /** One pass of every benchmark, one fork of three iterations each. */
  private static ArrayNode onePass() {
    ArrayNode pass = MAPPER.createArrayNode();
    BENCHMARKS.forEach((benchmark, methods) -> {
      for (String method : methods) {
        if (benchmark.equals("SerializeBenchmark")) {
          for (String widget : List.of("smallCard", "orderList", "largeTable")) {
            add(pass, benchmark + "." + method, widget);
          }
        } else {
          add(pass, benchmark + "." + method, null);
        }
      }
    });
    for (String pair : List.of("smallCardVsHandwritten", "orderListVsHandwritten", "largeTableVsHandwritten",
        "dispatchVsDatabind", "dispatchVsHandwritten", "dispatchVsItself", "a2uiWriteVsTree", "templateVsHandBuilt")) {
      addTurns(pass, pair, new double[] {100, 100, 100}, new double[] {100, 100, 100});
    }
    return pass;
  }

  /**
   * The interleaved benchmark's result for {@code pair} in one fork, Widgetry's and the contender's
   * nanoseconds an iteration; a pair added again replaces the earlier one.
   */
  private static void addTurns(ArrayNode pass, String pair, double[] widgetryNanos, double[] contenderNanos) {
    for (int i = pass.size() - 1; i >= 0; i--) {
      if (pair.equals(pass.get(i).path("params").path("pair").asText(null))) {
        pass.remove(i);
      }
    }
    ObjectNode result = pass.addObject().put("benchmark", "dev.widgetry.benchmarks.InterleavedBenchmark.round")
        .put("forks", 1);
    result.putObject("params").put("pair", pair);
    result.putObject("primaryMetric").putArray("rawData").addArray().add(1).add(1).add(1);
    ObjectNode clock = result.putObject("secondaryMetrics");
    ArrayNode widgetry = clock.putObject("widgetryNanos").putArray("rawData").addArray();
    ArrayNode contender = clock.putObject("contenderNanos").putArray("rawData").addArray();
    for (int i = 0; i < widgetryNanos.length; i++) {
      widgetry.add(widgetryNanos[i]);
      contender.add(contenderNanos[i]);
    }
  }

  private static void add(ArrayNode pass, String benchmark, String widget) {
    double[] figures = FIGURES.getOrDefault(benchmark, new double[] {100, 1000});
    ObjectNode result = pass.addObject().put("benchmark", "dev.widgetry.benchmarks." + benchmark).put("forks", 1);
    if (widget != null) {
      result.putObject("params").put("widget", widget);
    }
    ArrayNode fork = result.putObject("primaryMetric").putArray("rawData").addArray();
    for (int i = 0; i < 3; i++) {
      fork.add(figures[0]);
    }
    result.putObject("secondaryMetrics").putObject("gc.alloc.rate.norm").put("score", figures[1]);
  }

  /** What run.sh collects besides JMH: the timings the page computes ratios of, and the v1.0 surface's size. */
  private static String runProperties() {
    StringBuilder properties = new StringBuilder("bytes.a2uiReadV1=81234\ncompile.records=200\n");
    for (String timing : List.of("coldstart.widgetry", "coldstart.jackson", "coldstart.floor", "compile.plain",
        "compile.processor", "compile.avaje", "compile.processorOnly", "compile.parseOnly",
        "template.python")) {
      properties.append(timing).append(".median=100\n").append(timing).append(".min=90\n").append(timing)
          .append(".max=110\n");
    }
    return properties.toString();
  }
}
