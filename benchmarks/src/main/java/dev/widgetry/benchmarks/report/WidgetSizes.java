package dev.widgetry.benchmarks.report;

import dev.widgetry.a2ui.A2uiVersion;
import dev.widgetry.benchmarks.A2uiWriteBenchmark;
import dev.widgetry.benchmarks.a2ui.OrderViews;
import dev.widgetry.benchmarks.a2ui.SurfaceInputs;
import dev.widgetry.benchmarks.a2ui.WidgetrySurface;
import dev.widgetry.benchmarks.stream.StreamStates;
import dev.widgetry.benchmarks.trees.WidgetTrees;
import dev.widgetry.runtime.Widgets;
import java.nio.charset.StandardCharsets;

/** Prints how many bytes of JSON a benchmark widget or surface is, for the results page: {@code WidgetSizes NAME}. */
public final class WidgetSizes {
  private WidgetSizes() {}

  public static void main(String[] args) {
    byte[] json;
    switch (args[0]) {
      case "productCard":
        json = Widgets.toJsonBytes(WidgetTrees.productCard());
        break;
      case "deepTree":
        json = Widgets.toJsonBytes(WidgetTrees.deepTree());
        break;
      case "widgetStream":
        json = Widgets.toJsonBytes(StreamStates.states().get(StreamStates.states().size() - 1));
        break;
      case "a2uiWrite":
        json = WidgetrySurface.json(OrderViews.of(A2uiWriteBenchmark.LINES)).getBytes(StandardCharsets.UTF_8);
        break;
      case "a2uiRead":
        json = SurfaceInputs.valid(A2uiVersion.V0_9).getBytes(StandardCharsets.UTF_8);
        break;
      case "a2uiReadV1":
        json = SurfaceInputs.valid(A2uiVersion.V1_0).getBytes(StandardCharsets.UTF_8);
        break;
      default:
        json = Widgets.toJsonBytes(WidgetTrees.named(args[0]));
    }
    System.out.println(json.length);
  }
}
