package dev.widgetry.a2ui.basic;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.widgetry.a2ui.ComponentRef;
import dev.widgetry.a2ui.DynamicString;
import dev.widgetry.a2ui.StringLiteral;
import dev.widgetry.annotations.Widget;
import java.util.Objects;

/**
 * One tab of a Tabs component.
 *
 * @param title the tab title
 * @param child the id of the child component; do not define the component inline
 */
@Widget
public record TabItem(
    @JsonProperty(required = true) DynamicString title,
    @JsonProperty(required = true) @ComponentRef String child) {

  public TabItem {
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(child, "child");
  }

  /** A tab titled {@code title} that shows the component {@code child}. */
  public static TabItem of(String title, String child) {
    return new TabItem(new StringLiteral(title), child);
  }
}
