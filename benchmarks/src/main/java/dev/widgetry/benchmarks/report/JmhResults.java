package dev.widgetry.benchmarks.report;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.StringJoiner;

/**
 * JMH's JSON results ({@code -rf json}) of one or more passes over the same benchmarks, looked up
 * by benchmark and {@code widget} parameter. {@code run.sh} runs JMH in passes of one fork each, so
 * that a row's forks are spread over the run rather than back to back: this machine's speed drifts
 * for tens of seconds at a time, which, with the forks of one row in a row, slowed every fork of
 * one contender and none of the next. A benchmark's forks are those of all passes, in pass order.
 */
final class JmhResults {
  private static final String PACKAGE = "dev.widgetry.benchmarks.";

  private final List<JsonNode> passes;

  JmhResults(List<JsonNode> passes) {
    if (passes.isEmpty()) {
      throw new IllegalArgumentException("There are no JMH results");
    }
    for (JsonNode pass : passes) {
      if (!pass.isArray() || pass.isEmpty()) {
        throw new IllegalArgumentException("The JMH results are empty");
      }
    }
    this.passes = List.copyOf(passes);
  }

  /**
   * The median and range of every measured iteration of every fork, each fork's median, and the
   * bytes allocated per operation (JMH's mean of each pass, weighted by its measured iterations).
   */
  Score score(String benchmark, String widget) {
    List<double[]> forks = new ArrayList<>();
    double allocatedTotal = 0;
    int iterations = 0;
    for (JsonNode pass : passes) {
      JsonNode result = find(pass, benchmark, "widget", widget);
      JsonNode allocated = result.path("secondaryMetrics").path("gc.alloc.rate.norm");
      if (allocated.isMissingNode()) {
        throw new IllegalArgumentException(benchmark + " has no gc.alloc.rate.norm: run JMH with -prof gc");
      }
      int before = forks.size();
      addForks(benchmark, result.path("primaryMetric").path("rawData"), forks);
      int measured = forks.subList(before, forks.size()).stream().mapToInt(fork -> fork.length).sum();
      allocatedTotal += allocated.path("score").asDouble() * measured;
      iterations += measured;
    }
    double[] all = forks.stream().flatMapToDouble(Arrays::stream).sorted().toArray();
    double[][] byFork = forks.toArray(new double[0][]);
    return new Score(Forks.median(all), all[0], all[all.length - 1], allocatedTotal / iterations, Score.forkMedians(byFork));
  }

  /**
   * The interleaved benchmark's figures for {@code pair}: each iteration's ratio of the contender's
   * time to Widgetry's, and each fork's ratio of the two sides' total times.
   */
  TurnScore turns(String pair) {
    List<double[]> widgetry = new ArrayList<>();
    List<double[]> contender = new ArrayList<>();
    String benchmark = "InterleavedBenchmark.round";
    for (JsonNode pass : passes) {
      JsonNode clock = find(pass, benchmark, "pair", pair).path("secondaryMetrics");
      addForks(benchmark + " [" + pair + "] widgetryNanos", clock.path("widgetryNanos").path("rawData"), widgetry);
      addForks(benchmark + " [" + pair + "] contenderNanos", clock.path("contenderNanos").path("rawData"), contender);
    }
    return TurnScore.of(widgetry, contender);
  }

  private static JsonNode find(JsonNode pass, String benchmark, String param, String value) {
    for (JsonNode result : pass) {
      boolean sameParam = value == null || value.equals(result.path("params").path(param).asText(null));
      if (result.path("benchmark").asText().equals(PACKAGE + benchmark) && sameParam) {
        return result;
      }
    }
    throw new IllegalArgumentException("The JMH results have no " + benchmark + (value == null ? "" : " [" + value + "]"));
  }

  /** JMH's {@code rawData}: one array of measured iterations per fork, added to {@code forks}. */
  private static void addForks(String benchmark, JsonNode rawData, List<double[]> forks) {
    if (!rawData.isArray() || rawData.isEmpty()) {
      throw new IllegalArgumentException(benchmark + " has no rawData: the figures of its forks are missing");
    }
    for (JsonNode iterations : rawData) {
      if (!iterations.isArray() || iterations.isEmpty()) {
        throw new IllegalArgumentException(benchmark + " has a fork with no measured iterations");
      }
      double[] fork = new double[iterations.size()];
      for (int i = 0; i < fork.length; i++) {
        fork[i] = iterations.get(i).asDouble();
      }
      forks.add(fork);
    }
  }

  String jmhVersion() {
    return first().path("jmhVersion").asText();
  }

  /** The forks of all passes. */
  int forks() {
    return passes.stream().mapToInt(pass -> pass.get(0).path("forks").asInt()).sum();
  }

  int passes() {
    return passes.size();
  }

  int warmup() {
    return first().path("warmupIterations").asInt();
  }

  int measurement() {
    return first().path("measurementIterations").asInt();
  }

  String jvmArgs() {
    StringJoiner args = new StringJoiner(" ");
    first().path("jvmArgs").forEach(arg -> args.add(arg.asText()));
    return args.toString();
  }

  private JsonNode first() {
    return passes.get(0).get(0);
  }
}
