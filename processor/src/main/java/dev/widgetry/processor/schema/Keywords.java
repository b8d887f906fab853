package dev.widgetry.processor.schema;

import dev.widgetry.processor.model.Constraint;
import dev.widgetry.processor.model.JsonType;
import dev.widgetry.processor.model.ScalarKind;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The schema keywords of scalar types and of the constraints on them. */
final class Keywords {
  static final String LOCAL_DATE_TIME_PATTERN = "^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d{1,9})?$";

  private Keywords() {}

  static Map<String, Object> scalar(ScalarKind kind, List<Constraint> constraints) {
    Map<String, Object> schema = new LinkedHashMap<>();
    switch (kind) {
      case STRING:
        schema.put("type", "string");
        break;
      case CHAR:
        schema.put("type", "string");
        schema.put("minLength", 1L);
        schema.put("maxLength", 1L);
        break;
      case BOOLEAN:
        schema.put("type", "boolean");
        break;
      case BYTE:
        integer(schema, Byte.MIN_VALUE, Byte.MAX_VALUE);
        break;
      case SHORT:
        integer(schema, Short.MIN_VALUE, Short.MAX_VALUE);
        break;
      case INT:
        integer(schema, Integer.MIN_VALUE, Integer.MAX_VALUE);
        break;
      case LONG:
        integer(schema, Long.MIN_VALUE, Long.MAX_VALUE);
        break;
      case BIG_INTEGER:
        schema.put("type", "integer");
        break;
      case FLOAT:
      case DOUBLE:
      case BIG_DECIMAL:
        schema.put("type", "number");
        break;
      case LOCAL_DATE:
        schema.put("type", "string");
        schema.put("format", "date");
        break;
      case LOCAL_DATE_TIME:
        // RFC 3339 "date-time" requires an offset, which a LocalDateTime does not have.
        schema.put("type", "string");
        schema.put("pattern", LOCAL_DATE_TIME_PATTERN);
        break;
      case OFFSET_DATE_TIME:
      case INSTANT:
        schema.put("type", "string");
        schema.put("format", "date-time");
        break;
      case JSON_NODE:
        break;
      default:
        throw new IllegalArgumentException(kind.name());
    }
    constrain(schema, constraints, Target.STRING);
    return schema;
  }

  private static void integer(Map<String, Object> schema, long min, long max) {
    schema.put("type", "integer");
    schema.put("minimum", min);
    schema.put("maximum", max);
  }

  /** What a {@code @Size} counts in the type it is on. */
  enum Target {
    STRING("minLength", "maxLength"),
    ARRAY("minItems", "maxItems"),
    OBJECT("minProperties", "maxProperties");

    final String min;
    final String max;

    Target(String min, String max) {
      this.min = min;
      this.max = max;
    }

    static Target of(JsonType type) {
      if (type instanceof JsonType.Sequence) {
        return ARRAY;
      }
      return type instanceof JsonType.MapOf ? OBJECT : STRING;
    }
  }

  static void constrain(Map<String, Object> schema, List<Constraint> constraints, Target target) {
    boolean hasPattern = constraints.stream().anyMatch(c -> c instanceof Constraint.Pattern);
    for (Constraint constraint : constraints) {
      if (constraint instanceof Constraint.NotBlank) {
        atLeast(schema, "minLength", 1);
        if (!hasPattern) {
          schema.put("pattern", "\\S");
        }
      } else if (constraint instanceof Constraint.Size) {
        Constraint.Size size = (Constraint.Size) constraint;
        if (size.min() > 0) {
          atLeast(schema, target.min, size.min());
        }
        if (size.max() != Integer.MAX_VALUE) {
          schema.put(target.max, (long) size.max());
        }
      } else if (constraint instanceof Constraint.Pattern) {
        schema.put("pattern", "^(?:" + ((Constraint.Pattern) constraint).regex() + ")$");
      } else if (constraint instanceof Constraint.Email) {
        schema.put("format", "email");
      } else if (constraint instanceof Constraint.Bound) {
        bound(schema, (Constraint.Bound) constraint);
      }
    }
  }

  private static void atLeast(Map<String, Object> schema, String keyword, int value) {
    Object current = schema.get(keyword);
    if (current == null || ((Number) current).longValue() < value) {
      schema.put(keyword, (long) value);
    }
  }

  /** A bound replaces the type's own range on its side when it is at least as tight. */
  private static void bound(Map<String, Object> schema, Constraint.Bound bound) {
    String inclusive = bound.lower() ? "minimum" : "maximum";
    String exclusive = bound.lower() ? "exclusiveMinimum" : "exclusiveMaximum";
    Object typeLimit = schema.get(inclusive);
    if (typeLimit != null) {
      int order = bound.value().compareTo(new BigDecimal(typeLimit.toString()));
      boolean tighter = bound.lower() ? order >= 0 : order <= 0;
      if (!tighter) {
        return;
      }
      schema.remove(inclusive);
    }
    schema.put(bound.exclusive() ? exclusive : inclusive, number(bound.value()));
  }

  private static Object number(BigDecimal value) {
    BigDecimal stripped = value.stripTrailingZeros();
    if (stripped.scale() <= 0 && stripped.precision() - stripped.scale() < 19) {
      return stripped.longValueExact();
    }
    return stripped;
  }
}
