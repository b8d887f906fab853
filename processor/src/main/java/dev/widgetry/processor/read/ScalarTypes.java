package dev.widgetry.processor.read;

import dev.widgetry.processor.model.ScalarKind;
import java.util.Map;

/** The declared (non-primitive) Java types that map to one JSON value. */
final class ScalarTypes {
  private static final Map<String, ScalarKind> BY_NAME =
      Map.ofEntries(
          Map.entry("java.lang.String", ScalarKind.STRING),
          Map.entry("java.lang.Character", ScalarKind.CHAR),
          Map.entry("java.lang.Boolean", ScalarKind.BOOLEAN),
          Map.entry("java.lang.Byte", ScalarKind.BYTE),
          Map.entry("java.lang.Short", ScalarKind.SHORT),
          Map.entry("java.lang.Integer", ScalarKind.INT),
          Map.entry("java.lang.Long", ScalarKind.LONG),
          Map.entry("java.lang.Float", ScalarKind.FLOAT),
          Map.entry("java.lang.Double", ScalarKind.DOUBLE),
          Map.entry("java.math.BigInteger", ScalarKind.BIG_INTEGER),
          Map.entry("java.math.BigDecimal", ScalarKind.BIG_DECIMAL),
          Map.entry("java.time.LocalDate", ScalarKind.LOCAL_DATE),
          Map.entry("java.time.LocalDateTime", ScalarKind.LOCAL_DATE_TIME),
          Map.entry("java.time.OffsetDateTime", ScalarKind.OFFSET_DATE_TIME),
          Map.entry("java.time.Instant", ScalarKind.INSTANT),
          Map.entry("com.fasterxml.jackson.databind.JsonNode", ScalarKind.JSON_NODE));

  private ScalarTypes() {}

  static ScalarKind byName(String qualifiedName) {
    return BY_NAME.get(qualifiedName);
  }
}
