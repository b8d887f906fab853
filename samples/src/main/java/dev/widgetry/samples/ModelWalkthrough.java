package dev.widgetry.samples;

import dev.widgetry.chatkit.Card;
import dev.widgetry.runtime.ParseOptions;
import dev.widgetry.runtime.WidgetParseException;
import dev.widgetry.runtime.Widgets;
import dev.widgetry.samples.weather.WeatherCard;
import dev.widgetry.samples.weather.WeatherData;
import java.io.PrintStream;

/**
 * The path a widget takes from a model to the page: the tool a model is offered, the arguments it
 * answers with, the typed record they parse into (or the error the model is sent back), and the
 * ChatKit card rendered from it. Printed by {@code SampleApp --walkthrough}, and told in the
 * gallery's "From a model" entry.
 */
public final class ModelWalkthrough {
  /** What a model might answer when offered the weather tool. */
  public static final String MODEL_ARGUMENTS = "{\"city\":\"Lisbon\",\"temperature\":21.5,\"conditions\":\"sunny\","
      + "\"forecast\":[{\"day\":\"Tue\",\"high\":23,\"low\":15},{\"day\":\"Wed\",\"high\":19.5,\"low\":14}]}";

  /** A model's answer with two mistakes, as a retry prompt would quote them. */
  public static final String BAD_ARGUMENTS = "{\"city\":\"Lisbon\",\"temperature\":\"warm\",\"conditions\":\"sunny\",\"humidity\":70}";

  private ModelWalkthrough() {}

  /** The card the model's good answer becomes. */
  public static Card card() {
    return WeatherCard.render(Widgets.fromJson(MODEL_ARGUMENTS, WeatherData.class, ParseOptions.modelOutput()));
  }

  /** What the model is told about its wrong answer. */
  public static String feedback() {
    try {
      Widgets.fromJson(BAD_ARGUMENTS, WeatherData.class, ParseOptions.modelOutput());
      throw new IllegalStateException("The wrong answer parsed");
    } catch (WidgetParseException e) {
      return e.getMessage();
    }
  }

  /** The walk-through in Markdown, for the gallery. */
  public static String markdown() {
    return "The model is offered the tool on the **Tool** tab and answers:\n\n```json\n" + MODEL_ARGUMENTS + "\n```\n\n"
        + "`Widgets.fromJson` parses that into a `WeatherData`, and `WeatherCard.render` turns it into the card."
        + " A wrong answer\n\n```json\n" + BAD_ARGUMENTS + "\n```\n\nis not drawn; the model is told instead:\n\n```text\n"
        + feedback() + "\n```";
  }

  /** Prints the walk-through, step by step. */
  public static void print(PrintStream out) {
    out.println("The tool a model is offered:");
    out.print(Widgets.toolDefinition(WeatherData.class));
    out.println();
    out.println("The model answers: " + MODEL_ARGUMENTS);
    WeatherData weather = Widgets.fromJson(MODEL_ARGUMENTS, WeatherData.class, ParseOptions.modelOutput());
    out.println("Parsed: " + weather);
    out.println("The widget sent to the page:");
    out.println(Widgets.toJson(WeatherCard.render(weather)));
    out.println();
    out.println("A wrong answer: " + BAD_ARGUMENTS);
    out.println("What the model is told:");
    out.println(feedback());
  }
}
