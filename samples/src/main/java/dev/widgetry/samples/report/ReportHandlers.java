package dev.widgetry.samples.report;

import dev.widgetry.annotations.OnAction;
import dev.widgetry.chatkit.Card;
import java.util.List;
import java.util.Map;

/** The revenue report's state (the period it shows) and the action of its period select. */
public final class ReportHandlers {
  private static final Map<Period, List<SalesPoint>> DATA = Map.of(
      Period.WEEK, List.of(
          new SalesPoint("Mon", 1820, 980, 3000), new SalesPoint("Tue", 2140, 1040, 3000),
          new SalesPoint("Wed", 1960, 1120, 3000), new SalesPoint("Thu", 2480, 1210, 3200),
          new SalesPoint("Fri", 2910, 1560, 3800), new SalesPoint("Sat", 3320, 2240, 4600),
          new SalesPoint("Sun", 2650, 1880, 4200)),
      Period.MONTH, List.of(
          new SalesPoint("Week 1", 14200, 8100, 21000), new SalesPoint("Week 2", 15800, 8600, 22000),
          new SalesPoint("Week 3", 16900, 9200, 24000), new SalesPoint("Week 4", 18400, 9900, 26000)),
      Period.QUARTER, List.of(
          new SalesPoint("Apr", 61200, 35400, 90000), new SalesPoint("May", 66800, 37900, 98000),
          new SalesPoint("Jun", 72400, 39800, 104000)));

  private Period period = Period.WEEK;

  /** Shows another period. */
  @OnAction("report.period")
  synchronized Card period(PeriodChoice choice) {
    period = choice.period();
    return widget();
  }

  /** The report as it stands. */
  public synchronized SalesReport report() {
    return new SalesReport(period, DATA.get(period));
  }

  /** The widget the gallery shows now. */
  public synchronized Card widget() {
    return ReportCard.render(report());
  }
}
