package dev.widgetry.runtime.spi;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import dev.widgetry.runtime.ParseOptions;
import dev.widgetry.runtime.WidgetCodec;
import dev.widgetry.runtime.internal.GeneratorWriter;
import dev.widgetry.runtime.internal.Resources;
import dev.widgetry.runtime.internal.SchemaAssembly;
import dev.widgetry.runtime.internal.StrictSchemas;
import dev.widgetry.runtime.internal.Utf8Writers;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.Objects;
import java.util.function.BiConsumer;

/**
 * The base of every generated codec: a subclass writes and reads one type through the
 * {@link WidgetWriter} and {@link WidgetReader} seams; this class turns that into the public
 * {@link WidgetCodec} operations.
 *
 * @param <T> the widget type
 */
public abstract class GeneratedCodec<T> implements WidgetCodec<T> {
  private static final String SCHEMA_SUFFIX = ".schema.json";

  private final Class<T> type;
  private final LazyText schema;
  private final LazyText strictSchema;
  private final LazyText toolDefinition;
  /** {@link #write(WidgetWriter, Object)} as a value, made once for the UTF-8 writer to call. */
  private final BiConsumer<WidgetWriter, T> writeMethod = this::write;

  /**
   * @param type the widget type
   * @param schemaResource the name of the schema's part, relative to the widget's package: the
   *     document is assembled from it and the parts it names the first time it is asked for
   */
  protected GeneratedCodec(Class<T> type, String schemaResource) {
    this.type = type;
    String base = schemaResource.substring(0, schemaResource.length() - SCHEMA_SUFFIX.length());
    this.schema = new LazyText(() -> SchemaAssembly.document(type, schemaResource));
    this.strictSchema = new LazyText(() -> StrictSchemas.strict(schema.get()));
    this.toolDefinition = new LazyText(() -> toolDefinition(type, base, schema.get()));
  }

  /** Writes a non-null value. */
  public abstract void write(WidgetWriter out, T value);

  /**
   * Reads a value that starts at the reader's current token. Returns null, with problems recorded
   * on the reader, when the input does not describe a valid value.
   */
  public abstract T read(WidgetReader in);

  @Override
  public final Class<T> type() {
    return type;
  }

  @Override
  public final String toJson(T value) {
    Objects.requireNonNull(value, "value");
    return Utf8Writers.write(writeMethod, value, false).toUtf8String();
  }

  @Override
  public final byte[] toJsonBytes(T value) {
    Objects.requireNonNull(value, "value");
    return Utf8Writers.write(writeMethod, value, false).toByteArray();
  }

  @Override
  public final void write(T value, OutputStream out) throws IOException {
    Objects.requireNonNull(value, "value");
    try {
      Utf8Writers.write(writeMethod, value, false).writeTo(out);
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }

  @Override
  public final void write(T value, JsonGenerator generator) throws IOException {
    Objects.requireNonNull(value, "value");
    try {
      write(new GeneratorWriter(generator), value);
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }

  @Override
  public final T fromJson(String json, ParseOptions options) {
    try (JsonParser parser = Documents.open(json, options)) {
      return readDocument(parser, options);
    } catch (JsonProcessingException e) {
      throw WidgetReader.refusedDocument(e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public final T fromJson(byte[] json, ParseOptions options) {
    try (JsonParser parser = Documents.open(json, options)) {
      return readDocument(parser, options);
    } catch (JsonProcessingException e) {
      throw WidgetReader.refusedDocument(e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public final T read(JsonParser parser, ParseOptions options) throws IOException {
    WidgetReader in = new WidgetReader(parser, options);
    if (!parser.hasCurrentToken()) {
      in.beginDocument();
    }
    T value = read(in);
    in.finish();
    return value;
  }

  @Override
  public final String toStrictJson(T value) {
    Objects.requireNonNull(value, "value");
    return Utf8Writers.write(writeMethod, value, true).toUtf8String();
  }

  @Override
  public final String schema() {
    return schema.get();
  }

  @Override
  public final String strictSchema() {
    return strictSchema.get();
  }

  @Override
  public final String toolDefinition() {
    return toolDefinition.get();
  }

  /**
   * An object record's tool definition is derived from its schema (whose root lists the record's
   * properties); a value record written as an object ships its own, since its schema's root
   * description may be its component's rather than its own.
   */
  private static String toolDefinition(Class<?> type, String base, String schema) {
    String resource = base + ".tool.json";
    if (Resources.exists(type, resource)) {
      return Resources.read(type, resource);
    }
    if (!StrictSchemas.describesRecord(schema)) {
      throw new UnsupportedOperationException(type.getName() + " is not written as a JSON object, and tool arguments"
          + " are objects: use a @Widget record with a component of this type as the tool's parameters");
    }
    return StrictSchemas.toolDefinition(type.getSimpleName(), schema);
  }

  private T readDocument(JsonParser parser, ParseOptions options) {
    WidgetReader in = new WidgetReader(parser, options);
    in.beginDocument();
    T value = read(in);
    in.endDocument();
    return value;
  }

  @Override
  public String toString() {
    return "WidgetCodec<" + type.getName() + ">";
  }
}
