package dev.widgetry.a2ui;

import com.fasterxml.jackson.databind.JsonNode;
import dev.widgetry.runtime.spi.WidgetWriter;
import java.util.Objects;

/**
 * The value of an {@link UpdateDataModel}: a typed value written by the serializer Widgetry
 * generated for it (what Java code builds), or a JSON tree (what a parser read).
 */
public sealed interface DataValue {

  /** Writes the value. */
  void writeTo(WidgetWriter out);

  /**
   * JSON as it was read; {@code NullNode} is an explicit {@code null}, which a renderer stores (an
   * absent value deletes instead).
   */
  record Tree(JsonNode json) implements DataValue {
    public Tree {
      Objects.requireNonNull(json, "json");
    }

    @Override
    public void writeTo(WidgetWriter out) {
      out.value(json);
    }
  }

  /** A Java value and the generated serializer of its type: written straight, no tree built. */
  record Typed<T>(T value, ValueWriter<T> writer) implements DataValue {
    public Typed {
      Objects.requireNonNull(value, "value");
      Objects.requireNonNull(writer, "writer");
    }

    @Override
    public void writeTo(WidgetWriter out) {
      writer.write(out, value);
    }
  }
}
