package dev.widgetry.benchmarks.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

class JmhResultsTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  /** A JMH result of three forks: one settled at a lower speed than the others. */
  private static JmhResults threeForks(String rawData) throws Exception {
    JsonNode json = MAPPER.readTree("[{\"benchmark\": \"dev.widgetry.benchmarks.DispatchBenchmark.widgetry\","
        + " \"forks\": 3, \"primaryMetric\": {\"scorePercentiles\": {\"0.0\": 600, \"50.0\": 1000, \"100.0\": 1110},"
        + " \"rawData\": " + rawData + "},"
        + " \"secondaryMetrics\": {\"gc.alloc.rate.norm\": {\"score\": 2128.4}}}]");
    return new JmhResults(json);
  }

  @Test
  void eachForkHasTheMedianOfItsOwnIterations() throws Exception {
    Score score = threeForks("[[1000, 990, 1010], [600, 700, 650, 640], [1100, 1110, 1090]]")
        .score("DispatchBenchmark.widgetry", null);

    assertEquals("1,000 / 645 / 1,100", score.forksText());
    assertEquals(645, score.slowestFork());
    assertEquals(1100.0 / 645 - 1, score.forkSpread(), 1e-9);
    assertEquals(1000, score.ops);
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
}
