package dev.widgetry.processor.template.shape;

import dev.widgetry.processor.template.syntax.Expr;
import java.util.List;

/**
 * What an object or array holds, in template order: members or elements, the commas and blank text
 * between them (which decide whether the JSON is well formed), and the template's control flow.
 */
public sealed interface Entry {

  /** {@code "key": value} in an object. */
  record Member(String key, int keyPos, Value value) implements Entry {}

  /** A value in an array. */
  record Element(Value value) implements Entry {}

  record Comma(int pos) implements Entry {}

  /** Text that is only whitespace: it matters only where a captured text is tested for a leading comma. */
  record Blank(int pos) implements Entry {}

  record CondEntries(Expr test, List<Entry> then, List<Entry> otherwise, int pos) implements Entry {
    public CondEntries {
      then = List.copyOf(then);
      otherwise = List.copyOf(otherwise);
    }
  }

  record LoopEntries(String target, Expr iterable, List<Entry> body, int pos) implements Entry {
    public LoopEntries {
      body = List.copyOf(body);
    }
  }

  record StatementEntry(Statement statement) implements Entry {}

  /**
   * The text captured by {@code {% set block %}} written here: {@code {{ block }}}, or the Builder's
   * comma trick {@code {{ block[1:] if block and block[0] == ',' else block }}} ({@code
   * dropLeadingComma}). Its entries are the captured body read where it is written.
   */
  record Splice(String block, boolean dropLeadingComma, List<Entry> body, int pos) implements Entry {
    public Splice {
      body = List.copyOf(body);
    }
  }
}
