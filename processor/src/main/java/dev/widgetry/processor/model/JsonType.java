package dev.widgetry.processor.model;

import java.util.List;

/** How a Java type maps to JSON: the type mapping of DESIGN.md, one variant per row. */
public sealed interface JsonType {

  /** The kind of JSON value this type is written as. */
  JsonKind kind();

  /** A string, number, boolean, date or tree: one JSON value. */
  record Scalar(ScalarKind scalar, boolean primitive) implements JsonType {
    @Override
    public JsonKind kind() {
      return scalar.jsonKind();
    }
  }

  /** An enum, written as one of its constants' JSON names; described by its Javadoc. */
  record EnumType(JavaName name, List<EnumConstant> constants, String description) implements JsonType {
    public EnumType {
      constants = List.copyOf(constants);
    }

    @Override
    public JsonKind kind() {
      return JsonKind.STRING;
    }

    /** Whether some constant exists in some A2UI versions only ({@code @A2uiSince} or {@code @A2uiUntil} on it). */
    public boolean versioned() {
      return constants.stream().anyMatch(EnumConstant::versioned);
    }
  }

  /**
   * An enum constant and the string that stands for it in JSON.
   *
   * @param since the {@code A2uiVersion} constant of {@code @A2uiSince} on it: the first A2UI version that has
   *     it, or null
   * @param until the {@code A2uiVersion} constant of {@code @A2uiUntil} on it: the last A2UI version that has
   *     it, or null
   */
  record EnumConstant(String javaName, String jsonName, String since, String until) {
    /** A constant every version has. */
    public EnumConstant(String javaName, String jsonName) {
      this(javaName, jsonName, null, null);
    }

    /** Whether only some A2UI versions have it. */
    public boolean versioned() {
      return since != null || until != null;
    }
  }

  /** {@code List<T>}, {@code Set<T>} or {@code T[]}: a JSON array. */
  record Sequence(SequenceKind sequence, TypeUse element) implements JsonType {
    @Override
    public JsonKind kind() {
      return JsonKind.ARRAY;
    }
  }

  enum SequenceKind {
    LIST,
    SET,
    ARRAY
  }

  /** {@code Map<String, T>}: a JSON object with arbitrary keys. */
  record MapOf(TypeUse value) implements JsonType {
    @Override
    public JsonKind kind() {
      return JsonKind.OBJECT;
    }
  }

  /** {@code Optional<T>} or a primitive optional: the property is absent when empty. */
  record OptionalOf(OptionalKind optional, TypeUse element) implements JsonType {
    @Override
    public JsonKind kind() {
      return element.type().kind();
    }
  }

  enum OptionalKind {
    OPTIONAL,
    OPTIONAL_INT,
    OPTIONAL_LONG,
    OPTIONAL_DOUBLE
  }

  /**
   * Another {@code @Widget} type, written by its own codec.
   *
   * @param kind the JSON kind its codec writes: an object for records and tagged unions
   */
  record WidgetRef(JavaName name, JsonKind kind) implements JsonType {}
}
