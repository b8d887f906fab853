package dev.widgetry.benchmarks.report;

import java.util.Arrays;
import java.util.StringJoiner;

/** One figure a fork, in the order JMH ran them: the lowest, the spread, and the figures as text. */
final class Forks {
  private final double[] figures;

  Forks(double[] figures) {
    this.figures = figures.clone();
  }

  /** The median of {@code sorted}, which is sorted. */
  static double median(double[] sorted) {
    int n = sorted.length;
    return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
  }

  double lowest() {
    return Arrays.stream(figures).min().orElseThrow();
  }

  /** How much higher the highest fork's figure is than the lowest's: 0.1 for 10%. */
  double spread() {
    return Arrays.stream(figures).max().orElseThrow() / lowest() - 1;
  }

  /** Each fork's figure followed by {@code unit}, in run order: {@code 1,094 / 1,102 / 687}. */
  String text(String unit) {
    StringJoiner text = new StringJoiner(" / ");
    for (double figure : figures) {
      text.add(ResultsPage.format(figure) + unit);
    }
    return text.toString();
  }
}
