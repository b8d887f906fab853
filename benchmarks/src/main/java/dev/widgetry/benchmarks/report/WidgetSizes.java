package dev.widgetry.benchmarks.report;

import dev.widgetry.benchmarks.stream.StreamStates;
import dev.widgetry.benchmarks.trees.WidgetTrees;
import dev.widgetry.runtime.Widgets;

/** Prints how many bytes of JSON a benchmark widget is, for the results page: {@code WidgetSizes NAME}. */
public final class WidgetSizes {
  private WidgetSizes() {}

  public static void main(String[] args) {
    Object widget = args[0].equals("productCard") ? WidgetTrees.productCard()
        : args[0].equals("widgetStream") ? StreamStates.states().get(StreamStates.states().size() - 1)
        : WidgetTrees.named(args[0]);
    System.out.println(Widgets.toJsonBytes(widget).length);
  }
}
