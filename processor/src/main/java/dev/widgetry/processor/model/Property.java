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
 */
public record Property(
    String javaName, String jsonName, TypeUse type, boolean required, String description, boolean formField) {}
