package dev.widgetry.processor.template.check;

import dev.widgetry.processor.model.JavaName;
import dev.widgetry.processor.model.JsonType;
import dev.widgetry.processor.model.Property;
import dev.widgetry.processor.model.ScalarKind;
import dev.widgetry.processor.model.WidgetModel;
import java.util.List;

/**
 * How a template value becomes the Java value a catalog prop holds: the checker decides it once the
 * value is known to fit, and the writer spells it out. Template values are Java {@code String},
 * {@code long}, {@code double}, {@code boolean}, lists, data records, or {@code Object} when their
 * kind is only known at run time.
 */
public sealed interface Conversion {

  /** A string as is. */
  record Text() implements Conversion {}

  /** An integer to a whole-number prop of kind {@code target}. */
  record Whole(ScalarKind target) implements Conversion {}

  /** An integer or a number to a floating-point prop of kind {@code target}. */
  record Decimal(ScalarKind target) implements Conversion {}

  record Flag() implements Conversion {}

  /** A string among the enum's JSON names to its constant; {@code values} are the names it may be. */
  record EnumConstant(JsonType.EnumType target, java.util.Set<String> values) implements Conversion {
    public EnumConstant {
      values = java.util.Set.copyOf(values);
    }
  }

  /** Any value to a Jackson tree, without the nulls chatkit-python drops when it sends a widget. */
  record Json() implements Conversion {}

  /** A value record of a union ({@code Dimension.Numeric}) around the converted value. */
  record Wrap(JavaName record, Conversion inner) implements Conversion {}

  /** A value of the data ({@code record}) to a catalog record, field by field. */
  record FromData(JavaName data, WidgetModel.RecordWidget target, List<Field> fields) implements Conversion {
    public FromData {
      fields = List.copyOf(fields);
    }
  }

  /**
   * A field of a data record that fills {@code prop} (null when it fills a map entry named {@code
   * dataField}); {@code optional} when the data may leave it out or null it, so the prop is then absent.
   */
  record Field(Property prop, String dataField, Conversion conversion, boolean optional) {}

  /** Each element of a list; {@code element} is null for a list that never holds any. */
  record ListOf(Conversion element, JsonType.Sequence target) implements Conversion {}

  /** A JSON array the template writes, built element by element (each element has a conversion of its own). */
  record BuildList(JsonType.Sequence target) implements Conversion {}

  /** Each value of a map of the data. */
  record MapOf(Conversion value) implements Conversion {}

  /** A value of the data ({@code data}) to a map, one entry per field. */
  record FieldsToMap(JavaName data, List<Field> fields) implements Conversion {
    public FieldsToMap {
      fields = List.copyOf(fields);
    }
  }

  /** A JSON object or dict the template writes, to a map (each member's value has a conversion of its own). */
  record BuildMap() implements Conversion {}

  /**
   * A JSON object or dict the template writes, built as {@code target}: each member's value has a
   * conversion of its own.
   */
  record Build(WidgetModel.RecordWidget target) implements Conversion {}

  /** Dicts the template wrote, each already built as the prop needs (each has a conversion of its own). */
  record Built() implements Conversion {}

  /** A value that may be none (the prop is then left out), or else converted by {@code inner}. */
  record Nullable(Conversion inner) implements Conversion {}

  /** Always none: the prop is left out. */
  record Absent() implements Conversion {}

  /**
   * A value whose kind is known only at run time ({@code Object}): one conversion per kind it may
   * have, chosen by the value's class.
   */
  record ByKind(List<Alternative> alternatives) implements Conversion {
    public ByKind {
      alternatives = List.copyOf(alternatives);
    }
  }

  /** What a {@link ByKind} does with a value of one {@link ValueKind}. */
  record Alternative(ValueKind kind, Conversion conversion) {}

  /** The Java classes template values have at run time. */
  enum ValueKind {
    STRING,
    INTEGER,
    NUMBER,
    BOOLEAN,
    NONE,
    LIST,
    OTHER
  }
}
