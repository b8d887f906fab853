package dev.widgetry.samples;

import dev.widgetry.chatkit.Card;
import dev.widgetry.runtime.WidgetParseException;
import dev.widgetry.runtime.Widgets;
import dev.widgetry.samples.weather.WeatherCard;
import dev.widgetry.samples.weather.WeatherData;
import java.io.PrintStream;

/**
 * The path a widget takes from a model to the page: the tool a model is offered, the arguments it
 * answers with, the typed record they parse into (or the error the model is sent back), and the
 * ChatKit card rendered from it.
 */
public final class SampleApp {
  /** What a model might answer when offered the weather tool. */
  static final String MODEL_ARGUMENTS = "{\"city\":\"Lisbon\",\"temperature\":21.5,\"conditions\":\"sunny\","
      + "\"forecast\":[{\"day\":\"Tue\",\"high\":23,\"low\":15},{\"day\":\"Wed\",\"high\":19.5,\"low\":14}]}";

  /** A model's answer with two mistakes, as a retry prompt would quote them. */
  static final String BAD_ARGUMENTS = "{\"city\":\"Lisbon\",\"temperature\":\"warm\",\"conditions\":\"sunny\",\"humidity\":70}";

  private SampleApp() {}

  public static void main(String[] args) {
    run(System.out);
  }

  static void run(PrintStream out) {
    out.println("The tool a model is offered:");
    out.print(Widgets.toolDefinition(WeatherData.class));
    out.println();
    out.println("The model answers: " + MODEL_ARGUMENTS);
    WeatherData weather = Widgets.fromJson(MODEL_ARGUMENTS, WeatherData.class);
    out.println("Parsed: " + weather);
    Card card = WeatherCard.render(weather);
    out.println("The widget sent to the page:");
    out.println(Widgets.toJson(card));
    out.println();
    out.println("A wrong answer: " + BAD_ARGUMENTS);
    try {
      Widgets.fromJson(BAD_ARGUMENTS, WeatherData.class);
    } catch (WidgetParseException e) {
      out.println("What the model is told:");
      out.println(e.getMessage());
    }
  }
}
