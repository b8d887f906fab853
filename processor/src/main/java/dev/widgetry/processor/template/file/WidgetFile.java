package dev.widgetry.processor.template.file;

/**
 * A {@code .widget} file as the Widget Builder exports it.
 *
 * @param source the file's text and declared path
 * @param name its display name
 * @param template the Jinja source, with the file offsets of its characters
 * @param jsonSchema the schema of the template's data; an empty object when the file has none
 * @param preview {@code outputJsonPreview}, or null
 * @param defaultState the Builder's sample data from {@code encodedWidget}, or null when the file
 *     has none that can be read
 */
public record WidgetFile(
    SourceText source,
    String name,
    JsonValue.JString template,
    JsonValue.JObject jsonSchema,
    JsonValue preview,
    JsonValue defaultState) {

  /** The file offset of character {@code index} of the template. */
  public int templateOffset(int index) {
    return template.sourceOffset(index);
  }
}
