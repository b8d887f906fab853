package dev.widgetry.a2ui;

/**
 * A place in a surface's data model: a JSON Pointer (RFC 6901), absolute ({@code /order/total}) or,
 * inside a template, relative to the current item ({@code total}). Typed paths come from the
 * {@code <Record>Paths} classes Widgetry generates for {@code @Widget} records, so a binding names
 * a property that exists, of the kind the component needs.
 */
public interface DataPath {

  /** The JSON Pointer, escaped as RFC 6901 says ({@code ~0} for {@code ~}, {@code ~1} for {@code /}). */
  String pointer();

  /** A binding to the same place where any kind of value is accepted. */
  default ValuePath asValue() {
    return new ValuePath(pointer());
  }
}
