package dev.widgetry.benchmarks.report;

import dev.widgetry.benchmarks.stream.StreamStates;
import dev.widgetry.benchmarks.trees.WidgetTrees;
import dev.widgetry.runtime.Widgets;

/** Prints how many bytes of JSON a benchmark widget is, for the results page: {@code WidgetSizes NAME}. */
public final class WidgetSizes {
  private WidgetSizes() {}

  public static void main(String[] args) {
    Object widget;
    switch (args[0]) {
      case "productCard":
        widget = WidgetTrees.productCard();
        break;
      case "deepTree":
        widget = WidgetTrees.deepTree();
        break;
      case "widgetStream":
        widget = StreamStates.states().get(StreamStates.states().size() - 1);
        break;
      default:
        widget = WidgetTrees.named(args[0]);
    }
    System.out.println(Widgets.toJsonBytes(widget).length);
  }
}
