package dev.widgetry.processor.template.data;

import java.math.BigDecimal;
import java.util.List;

/**
 * What a {@code .widget} file's {@code jsonSchema} says of a value of the template's data: the
 * subset of JSON Schema the Widget Builder writes. {@code offset} is where it is declared in the file.
 */
public sealed interface DataType {

  int offset();

  /**
   * A string; {@code values} is its {@code enum} (or {@code const}), empty when open.
   *
   * @param format the {@code format} keyword, or null
   */
  record StringType(List<String> values, Integer minLength, Integer maxLength, String pattern, String format, int offset)
      implements DataType {
    public StringType {
      values = List.copyOf(values);
    }
  }

  /** An integer ({@code integral}) or any number, with its bounds (null when open). */
  record NumberType(boolean integral, BigDecimal minimum, BigDecimal maximum, BigDecimal exclusiveMinimum,
      BigDecimal exclusiveMaximum, int offset) implements DataType {}

  record BooleanType(int offset) implements DataType {}

  record ArrayType(DataType items, Integer minItems, Integer maxItems, int offset) implements DataType {}

  /**
   * An object with known properties.
   *
   * @param name a name for the record that holds it: the schema's {@code title}, its {@code $defs}
   *     name, or one made from the property that holds it
   * @param open whether it admits properties beyond these ({@code additionalProperties} not false)
   */
  record ObjectType(String name, List<DataProperty> properties, boolean open, int offset) implements DataType {
    public ObjectType {
      properties = List.copyOf(properties);
    }

    public DataProperty property(String jsonName) {
      for (DataProperty property : properties) {
        if (property.name().equals(jsonName)) {
          return property;
        }
      }
      return null;
    }
  }

  /** An object whose keys are free and whose values all have one type ({@code additionalProperties}). */
  record MapType(DataType values, int offset) implements DataType {}

  /** Any JSON at all: an empty schema, or a union of kinds other than "or null". */
  record AnyType(int offset) implements DataType {}

  /** {@code anyOf [T, {"type": "null"}]} or {@code "type": [..., "null"]}: T, or null. */
  record Nullable(DataType value) implements DataType {
    @Override
    public int offset() {
      return value.offset();
    }
  }

  /** A property of an object: absent from {@code required} means it may be left out. */
  record DataProperty(String name, DataType type, boolean required, String description, int offset) {}
}
