package dev.widgetry.runtime.spi;

/** The kind of the JSON value at the reader's current token: how an untagged union picks its member. */
public enum JsonKind {
  STRING,
  NUMBER,
  BOOLEAN,
  ARRAY,
  OBJECT,
  NULL
}
