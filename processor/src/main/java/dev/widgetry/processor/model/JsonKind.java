package dev.widgetry.processor.model;

/** The kind of JSON value a type is written as; untagged unions tell members apart by it. */
public enum JsonKind {
  STRING("a string"),
  NUMBER("a number"),
  BOOLEAN("a boolean"),
  ARRAY("an array"),
  OBJECT("an object"),
  /** Any JSON at all ({@code JsonNode}): it overlaps every other kind. */
  ANY("any JSON value");

  private final String description;

  JsonKind(String description) {
    this.description = description;
  }

  public String description() {
    return description;
  }
}
