package dev.widgetry.processor.template.shape;

import dev.widgetry.processor.template.syntax.Expr;
import dev.widgetry.processor.template.syntax.Node;
import java.util.List;

/** What the template does without writing anything: the {@code set}s, and the control flow around them. */
public sealed interface Statement {

  int pos();

  /** {@code {% set name = value %}}. */
  record Assign(String name, Expr value, int pos) implements Statement {}

  /** {@code {% set name.attribute = value %}} on a namespace. */
  record AssignAttribute(String name, String attribute, Expr value, int pos) implements Statement {}

  /** {@code {% set name %}...{% endset %}}: the body is read where the name is written. */
  record Capture(String name, List<Node> body, int pos) implements Statement {
    public Capture {
      body = List.copyOf(body);
    }
  }

  record CondStatements(Expr test, List<Statement> then, List<Statement> otherwise, int pos) implements Statement {
    public CondStatements {
      then = List.copyOf(then);
      otherwise = List.copyOf(otherwise);
    }
  }

  record LoopStatements(String target, Expr iterable, List<Statement> body, int pos) implements Statement {
    public LoopStatements {
      body = List.copyOf(body);
    }
  }
}
