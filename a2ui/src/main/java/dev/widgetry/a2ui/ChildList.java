package dev.widgetry.a2ui;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.widgetry.annotations.Widget;
import java.util.List;
import java.util.Objects;

/**
 * The children of a Row, Column or List: the ids of components, in order ({@code ["a", "b"]}), or a
 * template that repeats one component once per item of an array in the data model
 * ({@code {"componentId": "row", "path": "/items"}}). Children are never written inline: they are
 * components of the surface, named by id.
 */
@Widget
public sealed interface ChildList permits ChildList.Ids, ChildList.Template {

  /** These components, in this order. */
  static Ids of(String... ids) {
    return new Ids(List.of(ids));
  }

  /** These components, in this order. */
  static Ids of(List<String> ids) {
    return new Ids(ids);
  }

  /**
   * The component {@code componentId} once per item of the array at {@code path}; inside it,
   * relative paths address the item.
   */
  static Template template(String componentId, DataPath path) {
    return new Template(componentId, path.pointer());
  }

  /** A static list of child component ids. */
  @Widget
  record Ids(@JsonValue List<String> ids) implements ChildList {
    public Ids {
      ids = FrozenList.copyOf(ids);
    }
  }

  /**
   * A template for generating a dynamic list of children from a data model list.
   *
   * @param componentId the component to use as a template
   * @param path the path to the list of component property objects in the data model
   */
  @Widget
  record Template(
      @JsonProperty(required = true) String componentId,
      @JsonProperty(required = true) String path)
      implements ChildList {
    public Template {
      Objects.requireNonNull(componentId, "componentId");
      Objects.requireNonNull(path, "path");
    }
  }
}
