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
 * A card around one child component; to show several, put a Row or Column in it.
 *
 * @param id the component's id, unique within its surface; null only while it stands in a nested tree, until {@code
 *     Surface} names it
 * @param child the ID of the single child component to be rendered inside the card. To display multiple elements,
 *     you MUST wrap them in a layout component (like Column or Row) and pass that container's ID here. Do NOT pass
 *     multiple IDs or a non-existent ID. Do NOT define the child component inline
 * @param accessibility what assistive technologies say about it
 * @param weight its relative weight within a Row or Column, as CSS {@code flex-grow}; only for a direct child of a
 *     Row or Column
 * @param catalogId the id of the catalog it is of, when not its surface's; A2UI v1.0 and later
 * @param metadata its vendor metadata; A2UI v1.0 and later
 */
@Widget
@WidgetBuilder
public record Card(
    @JsonProperty(required = true) String id,
    @JsonProperty(required = true) @ComponentRef String child,
    AccessibilityAttributes accessibility,
    Double weight,
    @A2uiSince(A2uiVersion.V1_0) String catalogId,
    @A2uiSince(A2uiVersion.V1_0) ComponentMetadata metadata)
    implements BasicComponent {

  public Card {
    Objects.requireNonNull(child, "Card.child is required");
  }

  /** A card around {@code child}. */
  public static Tree of(Node child) {
    return Tree.of(List.of(Tree.Slot.single("child", child)),
        (id, ids) -> builder().id(id).child(ids.get(0).get(0)).build());
  }

  /** A builder that sets this component's props one by one. */
  public static CardBuilder builder() {
    return new CardBuilder();
  }

  @Override
  public Card withId(String id) {
    return CardBuilder.from(this).id(id).build();
  }
}
