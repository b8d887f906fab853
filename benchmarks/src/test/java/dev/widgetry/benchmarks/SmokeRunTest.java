package dev.widgetry.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Collection;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.VerboseMode;

/**
 * Runs every JMH benchmark once, in this JVM, so that none rots: each set-up's checks pass and
 * each benchmark gives a result. Says nothing about speed; {@code benchmarks/run.sh} measures.
 */
class SmokeRunTest {

  @Test
  void everyBenchmarkRunsOnce() throws Exception {
    Options options = new OptionsBuilder()
        .include(SmokeRunTest.class.getPackageName() + "\\.\\w+Benchmark\\.")
        .forks(0)
        .warmupIterations(0)
        .measurementIterations(1)
        .mode(Mode.SingleShotTime)
        .shouldFailOnError(true)
        .verbosity(VerboseMode.SILENT)
        .build();

    Collection<RunResult> results = new Runner(options).run();

    Set<String> ran = new TreeSet<>();
    for (RunResult result : results) {
      assertTrue(result.getPrimaryResult().getSampleCount() > 0, result.getParams().getBenchmark());
      String param = result.getParams().getParam("widget");
      if (param == null) {
        param = result.getParams().getParam("pair");
      }
      ran.add(result.getParams().getBenchmark().replace(SmokeRunTest.class.getPackageName() + ".", "")
          + (param == null ? "" : "[" + param + "]"));
    }
    assertEquals(expected(), ran);
  }

  private static Set<String> expected() {
    Set<String> expected = new TreeSet<>();
    for (String widget : new String[] {"smallCard", "orderList", "largeTable"}) {
      for (String way : new String[] {"widgetry", "widgetryBesideGenerator", "widgetryGenerator", "jackson", "avaje", "handwrittenGenerator", "handwrittenUtf8"}) {
        expected.add("SerializeBenchmark." + way + "[" + widget + "]");
      }
    }
    expected.add("ParseBenchmark.widgetry");
    expected.add("ParseBenchmark.jackson");
    expected.add("TypeOrderBenchmark.typeFirst");
    expected.add("TypeOrderBenchmark.typeLast");
    expected.add("DispatchBenchmark.widgetry");
    expected.add("DispatchBenchmark.databind");
    expected.add("DispatchBenchmark.reflective");
    expected.add("DispatchBenchmark.handwritten");
    expected.add("WidgetStreamBenchmark.widgetry");
    expected.add("WidgetStreamBenchmark.jackson");
    expected.add("TemplateBenchmark.template");
    expected.add("TemplateBenchmark.handBuilt");
    expected.add("A2uiWriteBenchmark.widgetry");
    expected.add("A2uiWriteBenchmark.jackson");
    expected.add("A2uiReadBenchmark.widgetry");
    expected.add("A2uiReadBenchmark.networknt");
    expected.add("A2uiReadV1Benchmark.widgetry");
    expected.add("A2uiReadV1Benchmark.networknt");
    for (String pair : new String[] {"smallCardVsHandwritten", "orderListVsHandwritten", "largeTableVsHandwritten",
        "dispatchVsDatabind", "dispatchVsHandwritten", "dispatchVsItself", "a2uiWriteVsTree", "templateVsHandBuilt"}) {
      expected.add("InterleavedBenchmark.round[" + pair + "]");
    }
    return expected;
  }
}
