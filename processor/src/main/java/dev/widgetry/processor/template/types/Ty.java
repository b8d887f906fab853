package dev.widgetry.processor.template.types;

import dev.widgetry.processor.template.data.DataType;
import dev.widgetry.processor.template.syntax.Expr;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The type of a template value: what Jinja may hold there on some path, from the data's schema
 * and from what the template computes. A {@link Union} lists the alternatives; {@link Undefined} is
 * the value StrictUndefined refuses to use (a field left out, an element past the end).
 */
public sealed interface Ty {

  /** A string: one of {@code values}, or any when null; {@code nonEmpty} when it cannot be "". */
  record Str(Set<String> values, boolean nonEmpty) implements Ty {
    public Str {
      values = values == null ? null : Set.copyOf(values);
    }
  }

  record Int() implements Ty {}

  /** A float: what a schema {@code number} reads as (written with a fraction or exponent). */
  record Num() implements Ty {}

  /** A boolean: {@code value} when known. */
  record Bool(Boolean value) implements Ty {}

  record None() implements Ty {}

  /**
   * No value, and why: "subtitle may be left out of the data"; {@code source} is the expression
   * that gives it, to guard ({@code flight.note}), or null until the checker knows it.
   */
  record Undefined(String why, String source) implements Ty {}

  /**
   * A list; {@code minItems} of them are sure to exist. {@code literal} is the list literal that
   * made it when the template built it (and may append to it), else null.
   */
  record Lst(Ty element, int minItems, Expr.ListLiteral literal) implements Ty {}

  /** An object of the data, with the schema of its fields; {@code path} names it in messages ({@code items[]}). */
  record Obj(DataType.ObjectType schema, String path) implements Ty {}

  /** An object of the data with free keys. */
  record MapOf(Ty values, String path) implements Ty {}

  /** A dict the template writes: a literal, with the types of its entries. */
  record Dict(Expr.DictLiteral literal, Map<String, Ty> entries) implements Ty {
    public Dict {
      entries = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(entries));
    }
  }

  /** Any JSON the schema leaves open; {@code path} names it. */
  record Any(String path) implements Ty {}

  /** A {@code namespace(...)} object, known by the call that made it; its attributes live in the environment. */
  record Namespace(Expr.Call creation) implements Ty {}

  /** A loop's {@code loop} variable. */
  record Loop() implements Ty {}

  /** One of several types; never nested, never fewer than two. */
  record Union(List<Ty> members) implements Ty {
    public Union {
      members = List.copyOf(members);
    }
  }
}
