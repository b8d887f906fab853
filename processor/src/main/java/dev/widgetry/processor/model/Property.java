package dev.widgetry.processor.model;

/**
 * A record component as a JSON property.
 *
 * @param javaName the component's name, which is also its accessor's
 * @param jsonName the property's name in JSON
 * @param type the component's JSON type and the constraints on it
 * @param required whether the property must be present (and non-null) in input
 * @param description the schema description, or {@code ""}
 * @param formField whether the page fills it from a form control ({@code @FormField})
 * @param since the {@code A2uiVersion} constant ({@code "V1_0"}) of {@code @A2uiSince}: the first
 *     A2UI version that has the prop, whose generated codec neither writes nor reads it in earlier
 *     ones; null for a prop of every version
 * @param until the {@code A2uiVersion} constant ({@code "V0_9"}) of {@code @A2uiUntil}: the last
 *     A2UI version that has the prop, whose generated codec neither writes nor reads it in later
 *     ones; null for a prop of every version
 * @param bindableSince the {@code A2uiVersion} constant of {@code @A2uiBindableSince}: the first A2UI
 *     version whose messages may hold a binding or a call in this prop of a dynamic type, where the
 *     earlier ones hold a literal only; null for a prop that takes them in every version
 */
public record Property(
    String javaName,
    String jsonName,
    TypeUse type,
    boolean required,
    String description,
    boolean formField,
    String since,
    String until,
    String bindableSince) {

  /** A prop of every version. */
  public Property(
      String javaName, String jsonName, TypeUse type, boolean required, String description, boolean formField) {
    this(javaName, jsonName, type, required, description, formField, null, null, null);
  }

  /** Whether only some A2UI versions have the prop ({@code @A2uiSince} or {@code @A2uiUntil}). */
  public boolean versioned() {
    return since != null || until != null;
  }
}
