package dev.widgetry.chatkit;

import dev.widgetry.annotations.Widget;

/** One series a {@link Chart} draws from its data: bars, a filled area, or a line. */
@Widget
public sealed interface ChartSeries permits BarSeries, AreaSeries, LineSeries {}
