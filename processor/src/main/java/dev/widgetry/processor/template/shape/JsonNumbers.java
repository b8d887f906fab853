package dev.widgetry.processor.template.shape;

/** Reads a JSON number in template text. */
final class JsonNumbers {
  private JsonNumbers() {}

  static String read(Cursor cursor) throws ShapeException {
    StringBuilder text = new StringBuilder();
    if (cursor.peekChar() == '-') {
      take(cursor, text);
    }
    if (!digit(cursor)) {
      throw ShapeException.notJson("expected a digit in a number", cursor.pos());
    }
    if (cursor.peekChar() == '0') {
      take(cursor, text);
    } else {
      digits(cursor, text);
    }
    if (cursor.atText() && cursor.peekChar() == '.') {
      take(cursor, text);
      if (!digit(cursor)) {
        throw ShapeException.notJson("expected a digit after the decimal point", cursor.pos());
      }
      digits(cursor, text);
    }
    if (cursor.atText() && (cursor.peekChar() == 'e' || cursor.peekChar() == 'E')) {
      take(cursor, text);
      if (cursor.atText() && (cursor.peekChar() == '+' || cursor.peekChar() == '-')) {
        take(cursor, text);
      }
      if (!digit(cursor)) {
        throw ShapeException.notJson("expected a digit in the exponent", cursor.pos());
      }
      digits(cursor, text);
    }
    if (cursor.atText() && (Character.isLetterOrDigit(cursor.peekChar()) || cursor.peekChar() == '.')) {
      throw ShapeException.notJson("a number runs into '" + cursor.peekChar() + "'", cursor.pos());
    }
    return text.toString();
  }

  private static boolean digit(Cursor cursor) {
    return cursor.atText() && cursor.peekChar() >= '0' && cursor.peekChar() <= '9';
  }

  private static void digits(Cursor cursor, StringBuilder text) {
    while (digit(cursor)) {
      take(cursor, text);
    }
  }

  private static void take(Cursor cursor, StringBuilder text) {
    text.append(cursor.peekChar());
    cursor.advance(1);
  }
}
