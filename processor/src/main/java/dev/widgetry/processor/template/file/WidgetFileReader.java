package dev.widgetry.processor.template.file;

import dev.widgetry.processor.diag.Message;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;

/**
 * Reads a {@code .widget} file the way chatkit-python's {@code WidgetTemplate} does: a JSON object
 * with {@code version} "1.0", a {@code name} and a {@code template} string; {@code jsonSchema},
 * {@code outputJsonPreview} and {@code encodedWidget} are optional.
 */
public final class WidgetFileReader {
  private WidgetFileReader() {}

  /** The file, or null with the reasons added to {@code problems}. */
  public static WidgetFile read(SourceText source, List<Problem> problems) {
    JsonValue root;
    try {
      root = SourceJson.parse(source.text());
    } catch (MalformedJsonException e) {
      problems.add(Problem.error(Message.TEMPLATE_FILE_NOT_JSON, e.offset(), e.getMessage()));
      return null;
    }
    if (!(root instanceof JsonValue.JObject)) {
      problems.add(Problem.error(Message.TEMPLATE_FILE_FIELD, root.offset(), "is not a JSON object",
          "export the widget again from the Widget Builder"));
      return null;
    }
    JsonValue.JObject file = (JsonValue.JObject) root;
    int errors = problems.size();
    JsonValue version = file.get("version");
    if (version == null) {
      problems.add(Problem.error(Message.TEMPLATE_FILE_FIELD, file.offset(), "has no \"version\"",
          "add \"version\": \"1.0\""));
    } else if (!(version instanceof JsonValue.JString) || !((JsonValue.JString) version).value().equals("1.0")) {
      problems.add(Problem.error(Message.TEMPLATE_VERSION, version.offset(), render(version.plain())));
    }
    JsonValue name = stringField(file, "name", problems);
    JsonValue template = stringField(file, "template", problems);
    JsonValue schema = file.get("jsonSchema");
    if (schema != null && !(schema instanceof JsonValue.JObject)) {
      problems.add(Problem.error(Message.TEMPLATE_FILE_FIELD, schema.offset(), "has a \"jsonSchema\" that is not an object",
          "give the schema of the template's data as a JSON object"));
    }
    if (problems.size() != errors) {
      return null;
    }
    JsonValue.JObject jsonSchema = schema == null ? new JsonValue.JObject(Map.of(), file.offset()) : (JsonValue.JObject) schema;
    return new WidgetFile(source, ((JsonValue.JString) name).value(), (JsonValue.JString) template, jsonSchema,
        file.get("outputJsonPreview"), defaultState(file.get("encodedWidget")));
  }

  private static JsonValue stringField(JsonValue.JObject file, String field, List<Problem> problems) {
    JsonValue value = file.get(field);
    if (value == null) {
      problems.add(Problem.error(Message.TEMPLATE_FILE_FIELD, file.offset(), "has no \"" + field + "\"",
          "export the widget again from the Widget Builder"));
    } else if (!(value instanceof JsonValue.JString)) {
      problems.add(Problem.error(Message.TEMPLATE_FILE_FIELD, value.offset(), "has a \"" + field + "\" that is not a string",
          "export the widget again from the Widget Builder"));
    }
    return value;
  }

  /**
   * The Builder's sample data: {@code encodedWidget} is base64url (without padding) of a JSON object
   * whose {@code defaultState} is the data the preview was rendered from. Hand-made files may hold
   * anything there, so what cannot be read is no data rather than a problem.
   */
  private static JsonValue defaultState(JsonValue encoded) {
    if (!(encoded instanceof JsonValue.JString)) {
      return null;
    }
    try {
      byte[] bytes = Base64.getUrlDecoder().decode(((JsonValue.JString) encoded).value().trim());
      JsonValue decoded = SourceJson.parse(new String(bytes, StandardCharsets.UTF_8));
      return decoded instanceof JsonValue.JObject ? ((JsonValue.JObject) decoded).get("defaultState") : null;
    } catch (IllegalArgumentException | MalformedJsonException e) {
      return null;
    }
  }

  private static String render(Object value) {
    return value instanceof String ? "\"" + value + "\"" : String.valueOf(value);
  }
}
