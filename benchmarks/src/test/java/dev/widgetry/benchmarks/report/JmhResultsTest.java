package dev.widgetry.benchmarks.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.Test;

class JmhResultsTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  /** A JMH result of three forks: one settled at a lower speed than the others. */
  private static JmhResults threeForks(String rawData) throws Exception {
    JsonNode json = MAPPER.readTree("[{\"benchmark\": \"dev.widgetry.benchmarks.DispatchBenchmark.widgetry\","
        + " \"forks\": 3, \"primaryMetric\": {\"rawData\": " + rawData + "},"
        + " \"secondaryMetrics\": {\"gc.alloc.rate.norm\": {\"score\": 2128.4}}}]");
    return new JmhResults(List.of(json));
  }

  /** One pass of JMH: the benchmark in one fork, allocating {@code allocated} bytes an operation. */
  private static JsonNode onePass(String iterations, double allocated) throws Exception {
    return MAPPER.readTree("[{\"benchmark\": \"dev.widgetry.benchmarks.DispatchBenchmark.widgetry\","
        + " \"forks\": 1, \"primaryMetric\": {\"rawData\": [" + iterations + "]},"
        + " \"secondaryMetrics\": {\"gc.alloc.rate.norm\": {\"score\": " + allocated + "}}}]");
  }

  @Test
  void eachForkHasTheMedianOfItsOwnIterations() throws Exception {
    Score score = threeForks("[[1000, 990, 1010], [600, 700, 650, 640], [1100, 1110, 1090]]")
        .score("DispatchBenchmark.widgetry", null);

    assertEquals("1,000 / 645 / 1,100", score.forksText());
    assertEquals(645, score.slowestFork());
    assertEquals(1100.0 / 645 - 1, score.forkSpread(), 1e-9);
    // The median of all ten iterations, not of the forks' medians: (990 + 1000) / 2.
    assertEquals(995, score.ops);
  }

  @Test
  void forksAtOneSpeedHaveALowSpread() throws Exception {
    Score score = threeForks("[[1000, 1020, 980], [1040, 1050, 1030], [990, 1000, 1010]]")
        .score("DispatchBenchmark.widgetry", null);

    assertEquals(0.04, score.forkSpread(), 1e-9);
    assertTrue(score.forkSpread() < 0.1);
  }

  @Test
  void resultsWithoutTheirForksFiguresAreRefused() throws Exception {
    JmhResults missing = threeForks("[]");

    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> missing.score("DispatchBenchmark.widgetry", null));
    assertEquals("DispatchBenchmark.widgetry has no rawData: the figures of its forks are missing", e.getMessage());
  }

  @Test
  void passesAddTheirForksInPassOrder() throws Exception {
    JmhResults passes = new JmhResults(List.of(onePass("[1000, 990, 1010]", 100), onePass("[600, 700, 650, 640]", 200),
        onePass("[1100, 1110, 1090]", 100)));
    Score score = passes.score("DispatchBenchmark.widgetry", null);

    assertEquals(3, passes.forks());
    assertEquals(3, passes.passes());
    assertEquals("1,000 / 645 / 1,100", score.forksText());
    // The median of all ten iterations: the fifth and sixth of 600 640 650 700 990 1000 1010 1090 1100 1110.
    assertEquals((990 + 1000) / 2.0, score.ops);
    assertEquals(600, score.min);
    assertEquals(1110, score.max);
    // Each pass's mean weighted by its measured iterations: (3 * 100 + 4 * 200 + 3 * 100) / 10.
    assertEquals(140, score.allocated, 1e-9);
  }

  @Test
  void aPassWithoutTheBenchmarkIsRefused() throws Exception {
    JmhResults passes = new JmhResults(List.of(onePass("[1000]", 100), MAPPER.readTree("[{\"benchmark\": \"other\"}]")));

    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> passes.score("DispatchBenchmark.widgetry", null));
    assertEquals("The JMH results have no DispatchBenchmark.widgetry", e.getMessage());
  }
}
