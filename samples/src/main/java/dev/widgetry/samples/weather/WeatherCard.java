package dev.widgetry.samples.weather;

import dev.widgetry.chatkit.Caption;
import dev.widgetry.chatkit.Card;
import dev.widgetry.chatkit.Col;
import dev.widgetry.chatkit.Divider;
import dev.widgetry.chatkit.Icon;
import dev.widgetry.chatkit.IconName;
import dev.widgetry.chatkit.Row;
import dev.widgetry.chatkit.Spacer;
import dev.widgetry.chatkit.Text;
import dev.widgetry.chatkit.Title;
import dev.widgetry.chatkit.WidgetComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Renders the data a model reported into a ChatKit card: the user's own code, in plain Java,
 * turning one typed record into another.
 */
public final class WeatherCard {
  private WeatherCard() {}

  public static Card render(WeatherData weather) {
    List<WidgetComponent> children = new ArrayList<>();
    children.add(Row.of(
        Icon.of(icon(weather.conditions())),
        Col.of(Title.of(weather.city()), Caption.of(describe(weather.conditions()))),
        Spacer.of(),
        Title.of(degrees(weather.temperature()))));
    if (weather.forecast() != null && !weather.forecast().isEmpty()) {
      children.add(Divider.of());
      for (WeatherData.DayForecast day : weather.forecast()) {
        children.add(Row.of(Text.of(day.day()), Spacer.of(), Text.of(degrees(day.high()) + " / " + degrees(day.low()))));
      }
    }
    return Card.builder().size(Card.Size.SM).children(children).build();
  }

  private static IconName icon(WeatherData.Conditions conditions) {
    if (conditions == null) {
      return IconName.GLOBE;
    }
    switch (conditions) {
      case SUNNY:
        return IconName.SPARKLE;
      case SNOW:
        return IconName.STAR;
      default:
        return IconName.GLOBE;
    }
  }

  private static String describe(WeatherData.Conditions conditions) {
    return conditions == null ? "Conditions unknown" : conditions.name().charAt(0) + conditions.name().substring(1).toLowerCase(Locale.ROOT);
  }

  private static String degrees(double celsius) {
    return Math.round(celsius) + "°";
  }
}
