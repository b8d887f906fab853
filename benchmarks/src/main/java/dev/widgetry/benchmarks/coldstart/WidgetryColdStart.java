package dev.widgetry.benchmarks.coldstart;

import dev.widgetry.benchmarks.trees.WidgetTrees;
import dev.widgetry.runtime.Widgets;
import java.io.IOException;

/** A fresh JVM's first widget through Widgetry: registry lookup, class loading, one write. */
public final class WidgetryColdStart {
  private WidgetryColdStart() {}

  public static void main(String[] args) throws IOException {
    byte[] json = Widgets.toJsonBytes(WidgetTrees.smallCard());
    System.out.write(json);
    System.out.flush();
  }
}
