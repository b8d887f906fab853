package dev.widgetry.a2ui.basic;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.widgetry.a2ui.A2uiSince;
import dev.widgetry.a2ui.A2uiVersion;
import dev.widgetry.a2ui.AccessibilityAttributes;
import dev.widgetry.a2ui.ComponentMetadata;
import dev.widgetry.a2ui.ComponentRef;
import dev.widgetry.a2ui.Node;
import dev.widgetry.a2ui.Tree;
import dev.widgetry.annotations.Widget;
import dev.widgetry.annotations.WidgetBuilder;
import java.util.List;
import java.util.Objects;

/**
 * A dialog: a trigger component (a Button, say) opens it, and it shows its content component.
 *
 * @param id the component's id, unique within its surface; null only while it stands in a nested tree, until {@code
 *     Surface} names it
 * @param trigger the ID of the component that opens the modal when interacted with (e.g., a button). Do NOT define
 *     the component inline
 * @param content the ID of the component to be displayed inside the modal. Do NOT define the component inline
 * @param accessibility what assistive technologies say about it
 * @param weight its relative weight within a Row or Column, as CSS {@code flex-grow}; only for a direct child of a
 *     Row or Column
 * @param catalogId the id of the catalog it is of, when not its surface's; A2UI v1.0 and later
 * @param metadata its vendor metadata; A2UI v1.0 and later
 */
@Widget
@WidgetBuilder
public record Modal(
    @JsonProperty(required = true) String id,
    @JsonProperty(required = true) @ComponentRef String trigger,
    @JsonProperty(required = true) @ComponentRef String content,
    AccessibilityAttributes accessibility,
    Double weight,
    @A2uiSince(A2uiVersion.V1_0) String catalogId,
    @A2uiSince(A2uiVersion.V1_0) ComponentMetadata metadata)
    implements BasicComponent {

  public Modal {
    Objects.requireNonNull(trigger, "Modal.trigger is required");
    Objects.requireNonNull(content, "Modal.content is required");
  }

  /** A dialog that {@code trigger} opens (a Button, say) and that shows {@code content}. */
  public static Tree of(Node trigger, Node content) {
    return Tree.of(List.of(Tree.Slot.single("trigger", trigger), Tree.Slot.single("content", content)),
        (id, ids) -> builder().id(id).trigger(ids.get(0).get(0)).content(ids.get(1).get(0)).build());
  }

  /** A builder that sets this component's props one by one. */
  public static ModalBuilder builder() {
    return new ModalBuilder();
  }

  @Override
  public Modal withId(String id) {
    return ModalBuilder.from(this).id(id).build();
  }
}
