package dev.widgetry.samples.report;

import dev.widgetry.chatkit.Badge;
import dev.widgetry.chatkit.BarSeries;
import dev.widgetry.chatkit.Caption;
import dev.widgetry.chatkit.Card;
import dev.widgetry.chatkit.Chart;
import dev.widgetry.chatkit.ChartValue;
import dev.widgetry.chatkit.Col;
import dev.widgetry.chatkit.Color;
import dev.widgetry.chatkit.ControlSize;
import dev.widgetry.chatkit.Dimension;
import dev.widgetry.chatkit.LineSeries;
import dev.widgetry.chatkit.Row;
import dev.widgetry.chatkit.Select;
import dev.widgetry.chatkit.SelectOption;
import dev.widgetry.chatkit.Spacer;
import dev.widgetry.chatkit.Title;
import dev.widgetry.chatkit.TitleSize;
import dev.widgetry.chatkit.XAxis;
import dev.widgetry.samples.Money;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/** Draws a revenue report as a ChatKit card: the total, a period select, and a stacked bar chart against the target. */
public final class ReportCard {
  private ReportCard() {}

  /** The report, its total compared with the target. */
  public static Card render(SalesReport report) {
    double change = report.target() == 0 ? 0 : (report.revenue() / report.target() - 1) * 100;
    return Card.builder()
        .children(
            Row.of(
                Col.of(Caption.of("Revenue · " + describe(report.period())),
                    Title.builder().value(Money.wholeEuros(report.revenue())).size(TitleSize.LG).key("revenue").build()),
                Spacer.of(),
                Select.builder()
                    .name("period")
                    .options(SelectOption.of("week", "This week"), SelectOption.of("month", "This month"),
                        SelectOption.of("quarter", "This quarter"))
                    .defaultValue(report.period().name().toLowerCase(Locale.ROOT))
                    .onChangeAction(ReportHandlersActions.period())
                    .size(ControlSize.SM)
                    .build()),
            Row.builder().gap(Dimension.of(2)).children(
                Badge.builder()
                    .label(String.format(Locale.ROOT, "%+.1f%% vs target", change))
                    .color(change >= 0 ? Badge.Color.SUCCESS : Badge.Color.DANGER)
                    .pill(true)
                    .build(),
                Caption.of(String.format(Locale.ROOT, "%.0f%% online", report.onlineShare() * 100)))
                .build(),
            Chart.builder()
                .data(rows(report.points()))
                .xAxis(XAxis.of("label"))
                .series(
                    BarSeries.builder().dataKey("online").label("Online").stack("revenue").color(Color.of("blue-500")).build(),
                    BarSeries.builder().dataKey("store").label("In store").stack("revenue").color(Color.of("sky-300")).build(),
                    LineSeries.builder().dataKey("target").label("Target").color(Color.of("orange-500")).build())
                .showYAxis(true)
                .showLegend(true)
                .height(Dimension.of(200))
                .build())
        .build();
  }

  private static List<Map<String, ChartValue>> rows(List<SalesPoint> points) {
    return points.stream().map(point -> {
      Map<String, ChartValue> row = new LinkedHashMap<>();
      row.put("label", ChartValue.of(point.label()));
      row.put("online", ChartValue.of(point.online()));
      row.put("store", ChartValue.of(point.store()));
      row.put("target", ChartValue.of(point.target()));
      return row;
    }).collect(Collectors.toList());
  }

  private static String describe(Period period) {
    switch (period) {
      case MONTH:
        return "this month";
      case QUARTER:
        return "this quarter";
      default:
        return "this week";
    }
  }
}
