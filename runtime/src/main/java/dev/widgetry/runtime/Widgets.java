package dev.widgetry.runtime;

import dev.widgetry.runtime.internal.MissingGeneratedCode;
import dev.widgetry.runtime.internal.Registries;
import java.util.Objects;
import java.util.Optional;

/**
 * The front door: widgets to JSON, JSON to widgets, and schemas, through the codecs Widgetry's
 * processor generated at compile time.
 *
 * <pre>{@code
 * String json = Widgets.toJson(new Product("Tea", 3));
 * Product back = Widgets.fromJson(json, Product.class);
 * String schema = Widgets.schema(Product.class);
 * }</pre>
 */
public final class Widgets {
  private Widgets() {}

  /** The widget as a JSON string. */
  public static String toJson(Object widget) {
    return codecOf(widget).toJson(widget);
  }

  /** The widget as UTF-8 JSON bytes. */
  public static byte[] toJsonBytes(Object widget) {
    return codecOf(widget).toJsonBytes(widget);
  }

  /**
   * Reads a value of {@code type} from JSON, rejecting unknown properties.
   *
   * @throws WidgetParseException when the JSON is malformed or does not describe a valid value;
   *     it lists every problem with its JSON Pointer
   */
  public static <T> T fromJson(String json, Class<T> type) {
    return codec(type).fromJson(json);
  }

  /** Reads a value of {@code type} from JSON with the given options. */
  public static <T> T fromJson(String json, Class<T> type, ParseOptions options) {
    return codec(type).fromJson(json, options);
  }

  /** The JSON Schema (draft 2020-12) of {@code type}, generated at compile time. */
  public static String schema(Class<?> type) {
    return codec(type).schema();
  }

  /** The strict flavour of {@code type}'s schema, for structured-output model APIs. */
  public static String strictSchema(Class<?> type) {
    return codec(type).strictSchema();
  }

  /** A function-calling tool whose arguments parse into {@code type}. */
  public static String toolDefinition(Class<?> type) {
    return codec(type).toolDefinition();
  }

  /**
   * The generated codec for {@code type}.
   *
   * @throws IllegalArgumentException when no codec was generated for it
   */
  @SuppressWarnings("unchecked") // a registry hands out the codec of exactly the type asked for
  public static <T> WidgetCodec<T> codec(Class<T> type) {
    Objects.requireNonNull(type, "type");
    WidgetCodec<?> codec = Registries.codec(type);
    if (codec == null) {
      throw new IllegalArgumentException("No Widgetry codec for " + type.getName() + ": annotate it with @Widget"
          + " and compile it with widgetry-processor. If it is annotated, " + MissingGeneratedCode.LIKELY_CAUSES);
    }
    return (WidgetCodec<T>) codec;
  }

  /**
   * The generated codec for {@code type}, or empty when it has none: for code that writes whatever
   * it is given and leaves values without a codec to others, as a framework's message converter or
   * JSON module does. Found once per type.
   */
  @SuppressWarnings("unchecked") // a registry hands out the codec of exactly the type asked for
  public static <T> Optional<WidgetCodec<T>> findCodec(Class<T> type) {
    Objects.requireNonNull(type, "type");
    return Optional.ofNullable((WidgetCodec<T>) Registries.codec(type));
  }

  @SuppressWarnings("unchecked") // the codec of an object's own class accepts that object
  private static WidgetCodec<Object> codecOf(Object widget) {
    Objects.requireNonNull(widget, "widget");
    return (WidgetCodec<Object>) codec(widget.getClass());
  }
}
