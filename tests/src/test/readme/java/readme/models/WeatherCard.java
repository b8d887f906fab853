package readme.models;

import dev.widgetry.chatkit.Card;
import dev.widgetry.chatkit.Text;
import readme.quickstart.WeatherData;

/** The README's "your code": data in, widget out. */
final class WeatherCard {
  private WeatherCard() {}

  static Card render(WeatherData weather) {
    return Card.of(Text.of(weather.city() + ", " + weather.temperature() + " °C"));
  }
}
