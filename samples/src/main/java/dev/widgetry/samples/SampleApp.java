package dev.widgetry.samples;

import dev.widgetry.runtime.Widgets;
import dev.widgetry.samples.weather.WeatherData;
import dev.widgetry.samples.weather.WeatherData.Conditions;
import dev.widgetry.samples.weather.WeatherData.DayForecast;
import java.io.PrintStream;
import java.util.List;

/** Prints a widget as JSON, reads it back, and prints the JSON Schema a model would be given. */
public final class SampleApp {
  private SampleApp() {}

  public static void main(String[] args) {
    run(System.out);
  }

  static void run(PrintStream out) {
    WeatherData weather = new WeatherData("Lisbon", 21.5, Conditions.SUNNY,
        List.of(new DayForecast("Tue", 23, 15), new DayForecast("Wed", 19.5, 14)));

    String json = Widgets.toJson(weather);
    out.println("WeatherData as JSON:");
    out.println(json);
    out.println("Read back equal: " + weather.equals(Widgets.fromJson(json, WeatherData.class)));
    out.println();
    out.println("WeatherData's JSON Schema:");
    out.print(Widgets.schema(WeatherData.class));
  }
}
