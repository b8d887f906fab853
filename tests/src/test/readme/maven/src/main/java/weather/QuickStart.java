package weather;

import dev.widgetry.runtime.Widgets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Runs the README's Quick start and hands back what it shows, by the name of its README block. */
public final class QuickStart {
  private QuickStart() {}

  public static Map<String, String> run() {
    // README snippet: quick-start/code
    if (!back.equals(weather)) {
      throw new AssertionError("read back " + back + ", wrote " + weather);
    }
    Map<String, String> shown = new LinkedHashMap<>();
    shown.put("quick-start/json", json);
    shown.put("quick-start/schema", schema);
    return shown;
  }
}
