package dev.widgetry.processor.template.syntax;

import java.util.List;

/** A piece of a Jinja template: text, an output, or a statement. */
public sealed interface Node {

  int pos();

  /** Template text, as it renders after whitespace control. */
  record Text(String text, int pos) implements Node {}

  /** {@code {{ expr }}}. */
  record Output(Expr expr, int pos) implements Node {}

  /** {@code {% if %}...{% else %}...{% endif %}}; an {@code elif} is an {@code If} inside {@code otherwise}. */
  record If(Expr test, List<Node> then, List<Node> otherwise, int pos) implements Node {
    public If {
      then = List.copyOf(then);
      otherwise = List.copyOf(otherwise);
    }
  }

  /** {@code {% for target in iterable %}...{% endfor %}}. */
  record For(String target, int targetPos, Expr iterable, List<Node> body, int pos) implements Node {
    public For {
      body = List.copyOf(body);
    }
  }

  /** {@code {% set name = value %}}, or {@code {% set name.attribute = value %}} when {@code attribute} is not null. */
  record Set(String name, String attribute, Expr value, int pos) implements Node {}

  /** {@code {% set name %}...{% endset %}}: the rendered body, as a string. */
  record SetBlock(String name, List<Node> body, int pos) implements Node {
    public SetBlock {
      body = List.copyOf(body);
    }
  }
}
