package dev.widgetry.processor.template.shape;

import dev.widgetry.processor.template.syntax.Expr;
import java.util.List;

/** A piece of a string literal in the template. */
public sealed interface StringPart {

  int pos();

  /** Literal characters, JSON escapes already decoded. */
  record Chars(String text, int pos) implements StringPart {}

  /** {@code {{ expr }}} inside the quotes; {@code tojson} when the expression ends with that filter (removed). */
  record Insert(Expr expr, boolean tojson, int pos) implements StringPart {}

  record CondPart(Expr test, List<StringPart> then, List<StringPart> otherwise, int pos) implements StringPart {
    public CondPart {
      then = List.copyOf(then);
      otherwise = List.copyOf(otherwise);
    }
  }
}
