package dev.widgetry.a2ui;

import dev.widgetry.annotations.Widget;

/**
 * A string: a literal ({@code "Hello"}), a binding to the data model ({@code {"path":
 * "/user/name"}}), or a call of a function that returns a string ({@code {"call": "formatString",
 * ...}}). A binding to a number or a function that returns a boolean is not a {@code DynamicString}:
 * javac refuses it where a string is expected.
 */
@Widget
public sealed interface DynamicString permits StringLiteral, StringPath, StringFunction {

  /** The literal string {@code text}. */
  static DynamicString of(String text) {
    return new StringLiteral(text);
  }

  /** The same value where any kind is accepted: an event's context, {@code formatDate}'s value. */
  DynamicValue toValue();
}
