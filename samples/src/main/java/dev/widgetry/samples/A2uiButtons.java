package dev.widgetry.samples;

import dev.widgetry.a2ui.Action;
import dev.widgetry.a2ui.CheckRule;
import dev.widgetry.a2ui.Tree;
import dev.widgetry.a2ui.basic.Button;
import dev.widgetry.a2ui.basic.Text;
import java.util.List;

/**
 * A2UI buttons as the sample surfaces draw them: a Text label, a style, and checks that keep the
 * button disabled while one fails (the renderer evaluates them against the data model).
 */
public final class A2uiButtons {
  private A2uiButtons() {}

  /** A button labelled {@code label} that fires {@code action}. */
  public static Tree button(String label, Action action, Button.Variant variant, CheckRule... checks) {
    return Tree.of(List.of(Tree.Slot.single("child", Text.of(label))),
        (id, ids) -> Button.builder()
            .id(id)
            .child(ids.get(0).get(0))
            .variant(variant)
            .action(action)
            .checks(checks.length == 0 ? null : List.of(checks))
            .build());
  }
}
