package dev.widgetry.runtime;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import dev.widgetry.runtime.spi.WidgetWriter;
import java.io.IOException;
import java.io.OutputStream;

/**
 * Reads and writes one widget type as JSON, and hands out its JSON Schema. Instances are generated
 * at compile time, are thread-safe, and are found with {@link Widgets#codec(Class)}.
 *
 * @param <T> the {@code @Widget} record or sealed interface
 */
public interface WidgetCodec<T> {

  /** The type this codec reads and writes. */
  Class<T> type();

  /** The value as a JSON string. */
  String toJson(T value);

  /** The value as UTF-8 JSON bytes: the fast path, written without a {@code JsonGenerator}. */
  byte[] toJsonBytes(T value);

  /** Writes the value as UTF-8 JSON to a stream, which is neither flushed nor closed. */
  void write(T value, OutputStream out) throws IOException;

  /** Writes the value into JSON that a Jackson generator is producing, at its current position. */
  void write(T value, JsonGenerator generator) throws IOException;

  /**
   * Writes the value through a writer of the caller's own: the seam to a JSON library other than
   * the Jackson 2 this runtime uses (the Spring Boot starter writes into Jackson 3 this way). The
   * writer gets the calls the generated code makes, in order; it implements the primitive ones and
   * inherits the number rules every Widgetry writer follows.
   */
  void write(WidgetWriter out, T value);

  /** Reads a value from a JSON document, rejecting unknown properties. */
  default T fromJson(String json) {
    return fromJson(json, ParseOptions.defaults());
  }

  T fromJson(String json, ParseOptions options);

  /** Reads a value from a UTF-8 JSON document, rejecting unknown properties. */
  default T fromJson(byte[] json) {
    return fromJson(json, ParseOptions.defaults());
  }

  T fromJson(byte[] json, ParseOptions options);

  /**
   * Reads one value from a Jackson parser: the one at its current token, or at the next token
   * when the parser has not started. The parser is left on the value's last token.
   *
   * <p>{@code options} decides unknown properties and the problem cap. The nesting depth, string
   * and document limits are the parser's own: Jackson's factory that made the parser set them, and
   * a parser cannot take others once made. For the limits of {@code options}, make the parser with
   * {@link ParseOptions#jsonFactory() options.jsonFactory()}.
   */
  T read(JsonParser parser, ParseOptions options) throws IOException;

  /**
   * The value as JSON for the strict schema: every property written, {@code null} for an absent
   * one, a map as the list of its entries, as a model answering in strict mode writes it (for
   * few-shot examples, say): it validates against {@link #strictSchema()} and reads back with
   * {@link ParseOptions#modelOutput()}.
   */
  String toStrictJson(T value);

  /** This type's JSON Schema (draft 2020-12), with every type it refers to under {@code $defs}. */
  String schema();

  /**
   * The strict flavour of {@link #schema()}, the subset structured-output model APIs accept: every
   * property required, optional ones nullable, objects closed. A map becomes the list of its
   * entries, {@code [{"key": ..., "value": ...}]}, which {@link ParseOptions#modelOutput()} reads
   * (at the root, where the subset takes only an object, it is narrowed to an empty one); any JSON
   * ({@code JsonNode}) to a string, number, boolean or null.
   */
  String strictSchema();

  /**
   * A function-calling tool, {@code {"type": "function", "name", "description", "parameters",
   * "strict": true}}, whose parameters are {@link #strictSchema()}: the model's arguments parse
   * with {@link #fromJson(String, ParseOptions) fromJson(arguments, ParseOptions.modelOutput())}.
   *
   * @throws UnsupportedOperationException for a type that is not written as an object (a union or
   *     a {@code @JsonValue} record): tool arguments are objects, so wrap it in a record
   */
  String toolDefinition();
}
