package dev.widgetry.benchmarks.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class TurnScoreTest {

  @Test
  void aForksRatioIsTheContendersTotalTimeOverWidgetrys() {
    // Widgetry's iterations took 100, 300 and 100 ns, the contender's 250, 450 and 300: 1,000 / 500.
    // A mean of the iterations' ratios (2.5, 1.5, 3.0) would say 2.33.
    TurnScore turns = TurnScore.of(List.of(new double[] {100, 300, 100}), List.of(new double[] {250, 450, 300}));

    assertEquals("2.00×", turns.forksText());
    assertEquals(2.5, turns.ratio, 1e-9, "the median of 1.5, 2.5 and 3.0");
  }

  @Test
  void theSpreadIsTheHighestForkOverTheLowest() {
    TurnScore turns = TurnScore.of(
        List.of(new double[] {100, 100}, new double[] {100, 100}, new double[] {100, 100}),
        List.of(new double[] {180, 200}, new double[] {210, 230}, new double[] {190, 190}));

    assertEquals("1.90× / 2.20× / 1.90×", turns.forksText());
    assertEquals(1.9, turns.lowestFork(), 1e-9);
    assertEquals(2.2 / 1.9 - 1, turns.forkSpread(), 1e-9);
    // The six iterations' ratios 1.8 1.9 1.9 2.0 2.1 2.3: the median is (1.9 + 2.0) / 2.
    assertEquals(1.95, turns.ratio, 1e-9);
  }

  @Test
  void sidesThatDoNotMatchAreRefused() {
    IllegalArgumentException forks = assertThrows(IllegalArgumentException.class,
        () -> TurnScore.of(List.of(new double[] {1}, new double[] {1}), List.of(new double[] {1})));
    assertEquals("The two sides have 2 and 1 forks", forks.getMessage());

    IllegalArgumentException iterations = assertThrows(IllegalArgumentException.class,
        () -> TurnScore.of(List.of(new double[] {1, 1}), List.of(new double[] {1})));
    assertEquals("Fork 1 has 2 and 1 iterations on the two sides", iterations.getMessage());
  }
}
