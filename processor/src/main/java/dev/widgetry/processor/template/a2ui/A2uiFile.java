package dev.widgetry.processor.template.a2ui;

import dev.widgetry.processor.template.file.JsonValue;
import java.util.List;

/**
 * An A2UI component file as read: an example file ({@code {name, description, messages}}) or a bare
 * list of components, each value still knowing its place in the file.
 *
 * @param surfaceId the surface the example's messages name, or null for a bare list of components
 * @param catalogId the catalog its {@code createSurface} names; the basic one for a bare list, null
 *     when the file creates no surface
 * @param catalogIdAt where the catalog id is written, for messages
 * @param kept the messages the generated code sends as the file has them, in file order
 * @param dataAt the index in {@code kept} where the record's data model goes
 * @param components every component, in file order
 */
public record A2uiFile(
    String surfaceId, String catalogId, Located catalogIdAt, List<Kept> kept, int dataAt, List<Located> components) {

  public A2uiFile {
    kept = List.copyOf(kept);
    components = List.copyOf(components);
  }

  /** What a kept message is. */
  public enum Kind {
    CREATE_SURFACE,
    UPDATE_COMPONENTS
  }

  /** A message the generated code keeps: the whole message as plain JSON ({@link JsonValue#plain()}). */
  public record Kept(Kind kind, Object message) {}

  /** A value and its JSON Pointer in the file. */
  public record Located(JsonValue value, String pointer) {}
}
