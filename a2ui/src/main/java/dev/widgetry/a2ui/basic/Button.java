package dev.widgetry.a2ui.basic;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.widgetry.a2ui.A2uiSince;
import dev.widgetry.a2ui.A2uiVersion;
import dev.widgetry.a2ui.AccessibilityAttributes;
import dev.widgetry.a2ui.Action;
import dev.widgetry.a2ui.CheckRule;
import dev.widgetry.a2ui.ComponentMetadata;
import dev.widgetry.a2ui.ComponentRef;
import dev.widgetry.a2ui.Node;
import dev.widgetry.a2ui.Tree;
import dev.widgetry.annotations.Widget;
import dev.widgetry.annotations.WidgetBuilder;
import java.util.List;
import java.util.Objects;

/**
 * A button: its label is a child component (a Text, or an Icon), and a click runs its action.
 *
 * @param id the component's id, unique within its surface; null only while it stands in a nested tree, until {@code
 *     Surface} names it
 * @param child the ID of the child component. Use a 'Text' component for a labeled button. Only use an 'Icon' if
 *     the requirements explicitly ask for an icon-only button. Do NOT define the child component inline
 * @param variant a hint for the button style. If omitted, a default button style is used. 'primary' indicates this
 *     is the main call-to-action button. 'borderless' means the button has no visual border or background, making
 *     its child content appear like a clickable link. Default: {@code default}
 * @param action what a click does
 * @param checks checks the renderer runs on it; while one fails it shows its message (and a Button is disabled)
 * @param accessibility what assistive technologies say about it
 * @param weight its relative weight within a Row or Column, as CSS {@code flex-grow}; only for a direct child of a
 *     Row or Column
 * @param catalogId the id of the catalog it is of, when not its surface's; A2UI v1.0 and later
 * @param metadata its vendor metadata; A2UI v1.0 and later
 */
@Widget
@WidgetBuilder
public record Button(
    @JsonProperty(required = true) String id,
    @JsonProperty(required = true) @ComponentRef String child,
    @JsonProperty(defaultValue = "default") Variant variant,
    @JsonProperty(required = true) Action action,
    List<CheckRule> checks,
    AccessibilityAttributes accessibility,
    Double weight,
    @A2uiSince(A2uiVersion.V1_0) String catalogId,
    @A2uiSince(A2uiVersion.V1_0) ComponentMetadata metadata)
    implements BasicComponent {

  public Button {
    Objects.requireNonNull(child, "Button.child is required");
    Objects.requireNonNull(action, "Button.action is required");
    checks = checks == null ? null : List.copyOf(checks);
  }

  /** A button labelled by the component {@code label} (a Text, or an Icon) that runs {@code action}. */
  public static Tree of(Node label, Action action) {
    return Tree.of(List.of(Tree.Slot.single("child", label)),
        (id, ids) -> builder().id(id).child(ids.get(0).get(0)).action(action).build());
  }

  /** A button labelled {@code label} (a Text child) that runs {@code action}. */
  public static Tree of(String label, Action action) {
    return of(Text.of(label), action);
  }

  /** A builder that sets this component's props one by one. */
  public static ButtonBuilder builder() {
    return new ButtonBuilder();
  }

  @Override
  public Button withId(String id) {
    return ButtonBuilder.from(this).id(id).build();
  }

  /**
   * A hint for the button style. If omitted, a default button style is used. 'primary' indicates this is the main
   * call-to-action button. 'borderless' means the button has no visual border or background, making its child content
   * appear like a clickable link.
   */
  public enum Variant {
    @JsonProperty("default")
    DEFAULT,
    @JsonProperty("primary")
    PRIMARY,
    @JsonProperty("borderless")
    BORDERLESS
  }
}
