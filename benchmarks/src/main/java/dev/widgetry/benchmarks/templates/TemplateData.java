package dev.widgetry.benchmarks.templates;

import dev.widgetry.benchmarks.TemplateBenchmark;
import dev.widgetry.runtime.Widgets;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes what {@code run.sh} hands the Python timing of the template: the benchmark's data as JSON,
 * and the widget the compiled template renders from it, which the Python build must equal. Usage:
 * {@code TemplateData DATA_JSON WIDGET_JSON}.
 */
public final class TemplateData {
  private TemplateData() {}

  public static void main(String[] args) throws IOException {
    OrderList data = OrderRows.of(TemplateBenchmark.ROWS);
    Files.writeString(Path.of(args[0]), Widgets.toJson(data), StandardCharsets.UTF_8);
    Files.writeString(Path.of(args[1]), Widgets.toJson(OrderListTemplate.render(data)), StandardCharsets.UTF_8);
  }
}
