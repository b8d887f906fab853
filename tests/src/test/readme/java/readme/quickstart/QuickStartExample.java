package readme.quickstart;

import dev.widgetry.runtime.Widgets;
import dev.widgetry.tests.readme.ReadmeExample;
import java.util.List;

public class QuickStartExample implements ReadmeExample {
  @Override
  public void run(Blocks readme) {
    // README snippet: quick-start/code
    if (!back.equals(weather)) {
      throw new AssertionError("read back " + back + ", wrote " + weather);
    }
    readme.output("quick-start/json", json);
    readme.output("quick-start/schema", schema);
  }
}
