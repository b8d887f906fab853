package dev.widgetry.benchmarks.report;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.StringJoiner;

/** JMH's JSON results ({@code -rf json}), looked up by benchmark and {@code widget} parameter. */
final class JmhResults {
  private static final String PACKAGE = "dev.widgetry.benchmarks.";

  private final JsonNode results;

  JmhResults(JsonNode results) {
    if (!results.isArray() || results.isEmpty()) {
      throw new IllegalArgumentException("The JMH results are empty");
    }
    this.results = results;
  }

  Score score(String benchmark, String widget) {
    for (JsonNode result : results) {
      boolean sameWidget = widget == null || widget.equals(result.path("params").path("widget").asText(null));
      if (result.path("benchmark").asText().equals(PACKAGE + benchmark) && sameWidget) {
        JsonNode primary = result.path("primaryMetric");
        JsonNode allocated = result.path("secondaryMetrics").path("gc.alloc.rate.norm");
        if (allocated.isMissingNode()) {
          throw new IllegalArgumentException(benchmark + " has no gc.alloc.rate.norm: run JMH with -prof gc");
        }
        JsonNode percentiles = primary.path("scorePercentiles");
        return new Score(percentiles.path("50.0").asDouble(), percentiles.path("0.0").asDouble(),
            percentiles.path("100.0").asDouble(), allocated.path("score").asDouble(),
            Score.forkMedians(iterationsByFork(benchmark, primary.path("rawData"))));
      }
    }
    throw new IllegalArgumentException("The JMH results have no " + benchmark + (widget == null ? "" : " [" + widget + "]"));
  }

  /** JMH's {@code rawData}: one array of measured iterations per fork. */
  private static double[][] iterationsByFork(String benchmark, JsonNode rawData) {
    if (!rawData.isArray() || rawData.isEmpty()) {
      throw new IllegalArgumentException(benchmark + " has no rawData: the figures of its forks are missing");
    }
    double[][] forks = new double[rawData.size()][];
    for (int fork = 0; fork < forks.length; fork++) {
      JsonNode iterations = rawData.get(fork);
      if (!iterations.isArray() || iterations.isEmpty()) {
        throw new IllegalArgumentException(benchmark + " has a fork with no measured iterations");
      }
      forks[fork] = new double[iterations.size()];
      for (int i = 0; i < forks[fork].length; i++) {
        forks[fork][i] = iterations.get(i).asDouble();
      }
    }
    return forks;
  }

  String jmhVersion() {
    return results.get(0).path("jmhVersion").asText();
  }

  int forks() {
    return results.get(0).path("forks").asInt();
  }

  int warmup() {
    return results.get(0).path("warmupIterations").asInt();
  }

  int measurement() {
    return results.get(0).path("measurementIterations").asInt();
  }

  String jvmArgs() {
    StringJoiner args = new StringJoiner(" ");
    results.get(0).path("jvmArgs").forEach(arg -> args.add(arg.asText()));
    return args.toString();
  }
}
