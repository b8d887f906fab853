package dev.widgetry.benchmarks.report;

/**
 * The page's section on the interleaved benchmark: each pair's ratio when Widgetry and its contender
 * take turns in one thread, fork by fork, and the targets that read them.
 */
final class TurnsSection {
  private static final String[][] PAIRS = {
    {"smallCardVsHandwritten", "Serialize smallCard", "the hand-written UTF-8 writer"},
    {"orderListVsHandwritten", "Serialize orderList", "the hand-written UTF-8 writer"},
    {"largeTableVsHandwritten", "Serialize largeTable", "the hand-written UTF-8 writer"},
    {"dispatchVsDatabind", "Parse and dispatch", "the databind baseline"},
    {"dispatchVsHandwritten", "Parse and dispatch", "the hand-written dispatcher"},
    {"dispatchVsItself", "Parse and dispatch (control)", "itself"},
    {"a2uiWriteVsTree", "A2UI write", "the ObjectNode tree"},
    {"templateVsHandBuilt", "Render a template", "the tree built by hand"},
  };

  private TurnsSection() {}

  static void write(JmhResults jmh, ResultsPage page) {
    page.line("## 10. Taking turns: Widgetry and its contender in one thread");
    page.line("");
    page.line("The same work as the rows above, Widgetry's and one contender's in one JVM and one thread, taking turns"
        + " of about a millisecond (the side that goes first alternating), so that both are timed under the same"
        + " state of the machine, whose cores each move between two speeds for seconds at a time (see the analysis"
        + " below). The ratio is the contender's time over Widgetry's: each fork's over its measured iterations, and"
        + " the median of every iteration's. Both sides share the JVM's profiles of the code they both run (Jackson's"
        + " parser, the JDK's), which forks of their own do not, so these ratios are not the rows' above; the control"
        + " runs Widgetry's dispatch against itself.");
    page.line("");
    page.line("| pair | × the contender | by fork | spread |");
    page.line("| --- | ---: | ---: | ---: |");
    for (String[] pair : PAIRS) {
      TurnScore turns = jmh.turns(pair[0]);
      page.line("| " + pair[1] + ", against " + pair[2] + " | " + ResultsPage.format(turns.ratio) + "× | "
          + turns.forksText() + " | " + ResultsPage.percent(turns.forkSpread()) + " |");
    }
    page.line("");
    for (String widget : new String[] {"smallCard", "orderList", "largeTable"}) {
      page.target("Serialize " + widget + ", taking turns: within 10% of the hand-written UTF-8 writer",
          jmh.turns(widget + "VsHandwritten").ratio, 0.9, true);
    }
    TurnScore databind = jmh.turns("dispatchVsDatabind");
    page.target("Parse and dispatch, taking turns: at least 2× the databind baseline in every fork (the lowest fork)",
        databind.lowestFork(), 2.0, true);
    page.target("Parse and dispatch, taking turns: forks within 10% of each other", 1 + databind.forkSpread(), 1.1, false);
    page.target("Parse and dispatch, taking turns: at least 0.8× the hand-written dispatcher",
        jmh.turns("dispatchVsHandwritten").ratio, 0.8, true);
    page.target("A2UI write, taking turns: at least 3× the ObjectNode tree", jmh.turns("a2uiWriteVsTree").ratio, 3.0,
        true);
  }
}
