package dev.widgetry.benchmarks.report;

/** One benchmark's figures: throughput with its error, and bytes allocated per operation. */
final class Score {
  final double ops;
  final double error;
  final double allocated;

  Score(double ops, double error, double allocated) {
    this.ops = ops;
    this.error = error;
    this.allocated = allocated;
  }

  String throughputText() {
    return ResultsPage.format(ops) + " ± " + ResultsPage.format(Double.isNaN(error) ? 0 : error);
  }
}
