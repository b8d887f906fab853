package dev.widgetry.benchmarks.report;

/**
 * One benchmark's figures: the median throughput of all its measured iterations (every fork's),
 * their range, and bytes allocated per operation. The median, not the mean, so that an iteration
 * slowed by another process on the machine moves the figure least.
 */
final class Score {
  final double ops;
  final double min;
  final double max;
  final double allocated;

  Score(double ops, double min, double max, double allocated) {
    this.ops = ops;
    this.min = min;
    this.max = max;
    this.allocated = allocated;
  }

  String throughputText() {
    return ResultsPage.format(ops) + " (" + ResultsPage.format(min) + "–" + ResultsPage.format(max) + ")";
  }
}
