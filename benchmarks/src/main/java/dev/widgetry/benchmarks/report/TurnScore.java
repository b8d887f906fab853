package dev.widgetry.benchmarks.report;

import java.util.Arrays;
import java.util.List;

/**
 * One pair of the interleaved benchmark: how many times faster Widgetry is than its contender when
 * the two take turns in one thread, as the contender's time over Widgetry's. Each fork's figure is
 * the ratio of the two sides' total times over its measured iterations; {@link #ratio} is the median
 * of every iteration's ratio, of every fork.
 */
final class TurnScore {
  final double ratio;
  private final Forks forks;

  private TurnScore(double ratio, double[] forks) {
    this.ratio = ratio;
    this.forks = new Forks(forks);
  }

  /**
   * From each fork's iterations: Widgetry's nanoseconds and the contender's, an array a fork on
   * each side, in the same order and of the same lengths.
   */
  static TurnScore of(List<double[]> widgetryNanos, List<double[]> contenderNanos) {
    if (widgetryNanos.size() != contenderNanos.size()) {
      throw new IllegalArgumentException("The two sides have " + widgetryNanos.size() + " and " + contenderNanos.size()
          + " forks");
    }
    double[] forks = new double[widgetryNanos.size()];
    double[] iterations = new double[widgetryNanos.stream().mapToInt(fork -> fork.length).sum()];
    int next = 0;
    for (int fork = 0; fork < forks.length; fork++) {
      double[] widgetry = widgetryNanos.get(fork);
      double[] contender = contenderNanos.get(fork);
      if (widgetry.length != contender.length) {
        throw new IllegalArgumentException("Fork " + (fork + 1) + " has " + widgetry.length + " and " + contender.length
            + " iterations on the two sides");
      }
      forks[fork] = Arrays.stream(contender).sum() / Arrays.stream(widgetry).sum();
      for (int i = 0; i < widgetry.length; i++) {
        iterations[next++] = contender[i] / widgetry[i];
      }
    }
    Arrays.sort(iterations);
    return new TurnScore(Forks.median(iterations), forks);
  }

  /** The lowest fork's ratio. */
  double lowestFork() {
    return forks.lowest();
  }

  /** How much higher the highest fork's ratio is than the lowest's: 0.1 for 10%. */
  double forkSpread() {
    return forks.spread();
  }

  /** Each fork's ratio, in run order: {@code 1.84× / 1.87× / 1.85×}. */
  String forksText() {
    return forks.text("×");
  }
}
