package readme.a2ui;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.widgetry.a2ui.A2ui;
import dev.widgetry.a2ui.A2uiProblem;
import dev.widgetry.a2ui.A2uiVersion;
import dev.widgetry.a2ui.Action;
import dev.widgetry.a2ui.CallRendererFunction;
import dev.widgetry.a2ui.ChildList;
import dev.widgetry.a2ui.EventAction;
import dev.widgetry.a2ui.ServerMessage;
import dev.widgetry.a2ui.Surface;
import dev.widgetry.a2ui.basic.Button;
import dev.widgetry.a2ui.basic.Card;
import dev.widgetry.a2ui.basic.CheckBox;
import dev.widgetry.a2ui.basic.Column;
import dev.widgetry.a2ui.basic.Functions;
import dev.widgetry.a2ui.basic.Row;
import dev.widgetry.a2ui.basic.Text;
import dev.widgetry.runtime.WidgetParseException;
import dev.widgetry.tests.readme.ReadmeExample;
import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Collectors;

public class SurfaceExample implements ReadmeExample {
  @Override
  public void run(Blocks readme) throws Exception {
    nested(readme);
    flat();
    validation(readme);
    v1(readme);
  }

  private static void nested(Blocks readme) {
    // README snippet: a2ui/nested
    readme.output("a2ui/nested-json", json);
    // README snippet: a2ui/operations
    readme.output("a2ui/operations-json", toolResult);
  }

  private static void flat() {
    // README snippet: a2ui/flat
    EventAction pay = Action.event("order.pay");
    Surface nested = Surface.builder("order-1042").root(Card.of(Column.of(Text.of("Order #1042"), Button.of("Pay", pay))))
        .build();
    if (!A2ui.toJsonArray(flat.messages()).equals(A2ui.toJsonArray(nested.messages()))) {
      throw new AssertionError("flat and nested differ:\n" + A2ui.toJsonArray(flat.messages()) + "\n"
          + A2ui.toJsonArray(nested.messages()));
    }
  }

  private static void validation(Blocks readme) {
    String modelOutput = readme.input("a2ui/model-output");
    // README snippet: a2ui/validate
    readme.output("a2ui/validation", problems.stream().map(A2uiProblem::toString).collect(Collectors.joining("\n")));
    try {
      A2ui.parseMessages(readme.input("a2ui/wrong-output"));
      throw new AssertionError("the wrong output was read");
    } catch (WidgetParseException e) {
      readme.output("a2ui/retry", e.getMessage());
    }
  }

  private static void v1(Blocks readme) throws Exception {
    String capabilities = readme.input("a2ui/capabilities");
    // README snippet: a2ui/v1
    readme.output("a2ui/v1-json", v1);
    if (read.size() != 3 || !A2ui.writer(A2uiVersion.V1_0).inlineCreate().toJsonArray(read).equals(v1)) {
      throw new AssertionError("v1.0 did not read back as its three messages: " + A2ui.toJsonArray(read));
    }
    // README snippet: a2ui/v1-function
    readme.output("a2ui/v1-function-json", call);
    // README snippet: a2ui/v1-index
    readme.output("a2ui/v1-index-json", rows);
    try {
      A2ui.toJsonArray(numbered.messages());
      throw new AssertionError("v0.9 wrote @index");
    } catch (IllegalArgumentException e) {
      readme.output("a2ui/v1-index-v09", e.getMessage());
    }
  }
}
