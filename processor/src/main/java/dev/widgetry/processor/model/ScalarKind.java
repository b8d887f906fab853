package dev.widgetry.processor.model;

/** The types that map to one JSON value with no structure of their own. */
public enum ScalarKind {
  STRING(JsonKind.STRING),
  CHAR(JsonKind.STRING),
  BOOLEAN(JsonKind.BOOLEAN),
  BYTE(JsonKind.NUMBER),
  SHORT(JsonKind.NUMBER),
  INT(JsonKind.NUMBER),
  LONG(JsonKind.NUMBER),
  FLOAT(JsonKind.NUMBER),
  DOUBLE(JsonKind.NUMBER),
  BIG_INTEGER(JsonKind.NUMBER),
  BIG_DECIMAL(JsonKind.NUMBER),
  LOCAL_DATE(JsonKind.STRING),
  LOCAL_DATE_TIME(JsonKind.STRING),
  OFFSET_DATE_TIME(JsonKind.STRING),
  INSTANT(JsonKind.STRING),
  JSON_NODE(JsonKind.ANY);

  private final JsonKind kind;

  ScalarKind(JsonKind kind) {
    this.kind = kind;
  }

  public JsonKind jsonKind() {
    return kind;
  }

  /** Whole numbers: JSON Schema {@code integer}, with the Java type's range. */
  public boolean isIntegral() {
    return this == BYTE || this == SHORT || this == INT || this == LONG || this == BIG_INTEGER;
  }

  public boolean isNumeric() {
    return kind == JsonKind.NUMBER;
  }
}
