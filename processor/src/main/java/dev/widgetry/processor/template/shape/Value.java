package dev.widgetry.processor.template.shape;

import dev.widgetry.processor.template.syntax.Expr;
import java.util.List;

/**
 * A JSON value the template renders, as the structure its text spells out: objects and arrays
 * whose entries may be conditional or repeated, strings with inserted values, literals, and values
 * computed by expressions. Positions are indices in the template.
 */
public sealed interface Value {

  int pos();

  /** {@code { ... }}: its entries are {@link Entry.Member}s (and commas, blanks, control and statements). */
  record ObjectValue(List<Entry> entries, int pos) implements Value {
    public ObjectValue {
      entries = List.copyOf(entries);
    }
  }

  /** {@code [ ... ]}: its entries are {@link Entry.Element}s (and commas, blanks, control and statements). */
  record ArrayValue(List<Entry> entries, int pos) implements Value {
    public ArrayValue {
      entries = List.copyOf(entries);
    }
  }

  /** A string literal, with values inserted into it by {@code {{ }}}. */
  record StringValue(List<StringPart> parts, int pos) implements Value {
    public StringValue {
      parts = List.copyOf(parts);
    }

    /** The text when nothing is inserted; otherwise null. */
    public String constant() {
      StringBuilder text = new StringBuilder();
      for (StringPart part : parts) {
        if (!(part instanceof StringPart.Chars)) {
          return null;
        }
        text.append(((StringPart.Chars) part).text());
      }
      return text.toString();
    }
  }

  /** A number literal, as written. */
  record NumberValue(String text, int pos) implements Value {}

  record BooleanValue(boolean value, int pos) implements Value {}

  record NullValue(int pos) implements Value {}

  /**
   * {@code {{ expr | tojson }}} ({@code tojson} true, {@code expr} without the filter) or a bare
   * {@code {{ expr }}}, whose text is Python's {@code str()} of the value.
   */
  record ExprValue(Expr expr, boolean tojson, int pos) implements Value {}

  /** {@code {% if test %}then{% else %}otherwise{% endif %}} where one value belongs. */
  record CondValue(Expr test, Value then, Value otherwise, int pos) implements Value {}

  /** A value with statements run before and after it. */
  record WithStatements(List<Statement> before, Value value, List<Statement> after) implements Value {
    public WithStatements {
      before = List.copyOf(before);
      after = List.copyOf(after);
    }

    @Override
    public int pos() {
      return value.pos();
    }
  }
}
