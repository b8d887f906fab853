package dev.widgetry.samples.weather;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.widgetry.annotations.Widget;
import java.util.List;

/**
 * The weather at one place, as a model reports it through a tool call.
 *
 * @param city the place, as people name it
 * @param temperature the temperature now, in degrees Celsius
 * @param conditions the sky now
 * @param forecast the next days, soonest first
 */
@Widget
public record WeatherData(
    @JsonProperty(required = true) String city,
    double temperature,
    Conditions conditions,
    List<DayForecast> forecast) {

  /** What the sky looks like. */
  public enum Conditions {
    @JsonProperty("sunny")
    SUNNY,
    @JsonProperty("cloudy")
    CLOUDY,
    @JsonProperty("rain")
    RAIN,
    @JsonProperty("snow")
    SNOW
  }

  /**
   * One day ahead.
   *
   * @param day the weekday, e.g. "Tue"
   * @param high the highest temperature, in degrees Celsius
   * @param low the lowest temperature, in degrees Celsius
   */
  @Widget
  public record DayForecast(@JsonProperty(required = true) String day, double high, double low) {}
}
