package dev.widgetry.benchmarks.coldstart;

import dev.widgetry.benchmarks.trees.WidgetTrees;

/**
 * The floor under both cold starts: a fresh JVM that builds the same widget and writes nothing,
 * so what the other two take beyond it is what serializing the first widget costs.
 */
public final class BuildOnlyColdStart {
  private BuildOnlyColdStart() {}

  public static void main(String[] args) {
    System.out.print(WidgetTrees.smallCard().children().size());
    System.out.flush();
  }
}
