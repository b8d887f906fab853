package readme.models;

import dev.widgetry.chatkit.Card;
import dev.widgetry.runtime.ParseOptions;
import dev.widgetry.runtime.WidgetParseException;
import dev.widgetry.runtime.Widgets;
import dev.widgetry.tests.readme.ReadmeExample;
import readme.quickstart.WeatherData;

public class ModelsExample implements ReadmeExample {
  @Override
  public void run(Blocks readme) {
    String toolCallArguments = readme.input("models/arguments");
    // README snippet: models/use
    readme.output("models/tool", tool);
    if (!strict.contains("\"additionalProperties\": false") || !Widgets.toJson(card).contains("Lisbon")) {
      throw new AssertionError("strict schema or card:\n" + strict + "\n" + Widgets.toJson(card));
    }
    try {
      Widgets.fromJson(readme.input("models/wrong-answer"), WeatherData.class);
      throw new AssertionError("the wrong answer was read");
    } catch (WidgetParseException e) {
      readme.output("models/retry", e.getMessage());
    }
  }
}
