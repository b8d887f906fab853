package dev.widgetry.a2ui;

import com.fasterxml.jackson.databind.JsonNode;
import dev.widgetry.runtime.WidgetCodec;
import dev.widgetry.runtime.Widgets;
import dev.widgetry.runtime.spi.GeneratedCodec;
import dev.widgetry.runtime.spi.WidgetWriter;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Sets a value in a surface's data model: the whole model ({@code path} absent), or the value at
 * {@code path}; with no value, deletes what is at {@code path}. Values built in Java are written by
 * the serializer Widgetry generated for their type, typed by the path they go to:
 *
 * <pre>{@code
 * OrderPaths order = OrderPaths.root();
 * UpdateDataModel.of("order-1", currentOrder);                      // the whole model
 * UpdateDataModel.at("order-1", order.customer(), customer);        // a CustomerPaths takes a Customer
 * UpdateDataModel.at("order-1", order.customer().name(), "Ada");    // a StringPath takes a String
 * UpdateDataModel.delete("order-1", order.notes().key("gift"));
 * }</pre>
 *
 * @param surfaceId the surface
 * @param path an absolute JSON Pointer; null for the whole model (written without {@code path})
 * @param value the value; null to delete what is at {@code path} (written without {@code value})
 */
public record UpdateDataModel(String surfaceId, String path, DataValue value) implements ServerMessage {
  // Writers are constants, so that two messages of equal values are equal.
  private static final ValueWriter<String> STRING = WidgetWriter::value;
  private static final ValueWriter<Long> LONG = WidgetWriter::value;
  private static final ValueWriter<Double> DOUBLE = WidgetWriter::value;
  private static final ValueWriter<BigDecimal> DECIMAL = WidgetWriter::value;
  private static final ValueWriter<Boolean> BOOLEAN = WidgetWriter::value;
  private static final ValueWriter<List<String>> STRINGS = (out, strings) -> {
    out.beginArray();
    strings.forEach(out::value);
    out.endArray();
  };

  public UpdateDataModel {
    Objects.requireNonNull(surfaceId, "surfaceId");
  }

  /** The whole data model: a {@code @Widget} record, written by its generated codec. */
  public static UpdateDataModel of(String surfaceId, Object model) {
    return new UpdateDataModel(surfaceId, null, typed(model, writerOf(model)));
  }

  /** The whole data model, as JSON. */
  public static UpdateDataModel of(String surfaceId, JsonNode model) {
    return new UpdateDataModel(surfaceId, null, new DataValue.Tree(model));
  }

  /** The record at {@code path}: its paths class names the record's type, and brings its serializer. */
  public static <T> UpdateDataModel at(String surfaceId, RecordPath<T> path, T value) {
    return at(surfaceId, path, value, path.writer());
  }

  /** The list at {@code path}. */
  public static <T> UpdateDataModel at(String surfaceId, ListPath<?, T> path, List<T> value) {
    return at(surfaceId, path, value, path.writer());
  }

  /** The map at {@code path}. */
  public static <T> UpdateDataModel at(String surfaceId, MapPath<?, T> path, Map<String, T> value) {
    return at(surfaceId, path, value, path.writer());
  }

  /** The string at {@code path}. */
  public static UpdateDataModel at(String surfaceId, StringPath path, String value) {
    return at(surfaceId, path, value, STRING);
  }

  /** The number at {@code path}. */
  public static UpdateDataModel at(String surfaceId, NumberPath path, long value) {
    return at(surfaceId, path, value, LONG);
  }

  /** The number at {@code path}. */
  public static UpdateDataModel at(String surfaceId, NumberPath path, double value) {
    return at(surfaceId, path, value, DOUBLE);
  }

  /** The number at {@code path}, exactly. */
  public static UpdateDataModel at(String surfaceId, NumberPath path, BigDecimal value) {
    return at(surfaceId, path, value, DECIMAL);
  }

  /** The boolean at {@code path}. */
  public static UpdateDataModel at(String surfaceId, BooleanPath path, boolean value) {
    return at(surfaceId, path, value, BOOLEAN);
  }

  /** The strings at {@code path}. */
  public static UpdateDataModel at(String surfaceId, StringListPath path, List<String> value) {
    return at(surfaceId, path, List.copyOf(value), STRINGS);
  }

  /** Any JSON at {@code path}; {@code NullNode} stores a null. */
  public static UpdateDataModel at(String surfaceId, DataPath path, JsonNode value) {
    return new UpdateDataModel(surfaceId, absolute(path), new DataValue.Tree(value));
  }

  /** Deletes what is at {@code path}. */
  public static UpdateDataModel delete(String surfaceId, DataPath path) {
    return new UpdateDataModel(surfaceId, absolute(path), null);
  }

  private static <T> UpdateDataModel at(String surfaceId, DataPath path, T value, ValueWriter<T> writer) {
    return new UpdateDataModel(surfaceId, absolute(path), typed(value, writer));
  }

  private static <T> DataValue typed(T value, ValueWriter<T> writer) {
    return new DataValue.Typed<>(Objects.requireNonNull(value, "value: use delete(...) to remove a value"), writer);
  }

  /** The path as {@code updateDataModel} takes it; the root ({@code "/"}) is the whole model. */
  private static String absolute(DataPath path) {
    String pointer = path.pointer();
    if (!Pointers.isAbsolute(pointer)) {
      throw new IllegalArgumentException("updateDataModel takes an absolute path, and \"" + pointer + "\" is"
          + " relative to a template's item: take the path from the paths class's root()");
    }
    return pointer;
  }

  private static ValueWriter<Object> writerOf(Object model) {
    return WRITERS.get(Objects.requireNonNull(model, "model").getClass());
  }

  /**
   * One writer per model class, so that two messages of equal models are equal (a writer is part of
   * a {@link DataValue.Typed}'s value).
   */
  private static final ClassValue<ValueWriter<Object>> WRITERS = new ClassValue<>() {
    @Override
    @SuppressWarnings("unchecked") // generated codecs are GeneratedCodecs of exactly the model's class
    protected ValueWriter<Object> computeValue(Class<?> type) {
      WidgetCodec<?> codec = Widgets.codec(type);
      return ((GeneratedCodec<Object>) codec)::write;
    }
  };
}
