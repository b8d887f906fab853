package dev.widgetry.benchmarks.report;

import java.util.Arrays;

/**
 * One benchmark's figures: the median throughput of all its measured iterations (every fork's),
 * their range, each fork's own median, and bytes allocated per operation. The median, not the mean,
 * so that an iteration slowed by another process on the machine moves the figure least; each fork's
 * median apart, because a row can settle at a different speed in each fork (the JIT compiles its
 * call path differently), which the median of all iterations hides.
 */
final class Score {
  final double ops;
  final double min;
  final double max;
  final double allocated;
  private final Forks forks;

  Score(double ops, double min, double max, double allocated, double[] forks) {
    this.ops = ops;
    this.min = min;
    this.max = max;
    this.allocated = allocated;
    this.forks = new Forks(forks);
  }

  /** The median of one fork's measured iterations, for each fork in the order JMH ran them. */
  static double[] forkMedians(double[][] iterationsByFork) {
    double[] medians = new double[iterationsByFork.length];
    for (int fork = 0; fork < iterationsByFork.length; fork++) {
      double[] sorted = iterationsByFork[fork].clone();
      Arrays.sort(sorted);
      medians[fork] = Forks.median(sorted);
    }
    return medians;
  }

  /** The slowest fork's median. */
  double slowestFork() {
    return forks.lowest();
  }

  /** How much faster the fastest fork's median is than the slowest's: 0.1 for 10%. */
  double forkSpread() {
    return forks.spread();
  }

  String throughputText() {
    return ResultsPage.format(ops) + " (" + ResultsPage.format(min) + "–" + ResultsPage.format(max) + ")";
  }

  /** Each fork's median, in run order: {@code 1,094 / 1,102 / 687}. */
  String forksText() {
    return forks.text("");
  }
}
