package dev.widgetry.a2ui;

import dev.widgetry.a2ui.basic.Text;

/**
 * Text headings as A2UI v1.0 writes them. v1.0's Text has only the variants {@code caption} and
 * {@code body}; a heading is Markdown, as the official v1.0 examples write theirs: a literal gets
 * {@code #} per level and a space, a binding becomes a {@code formatString} with that prefix, a
 * {@code formatString} gets the prefix on its template, and other calls lose the level.
 */
final class Headings {
  private Headings() {}

  /** {@code component} as v1.0 has it: the same, unless it is a Text with a heading variant. */
  static A2uiComponent forV1(A2uiComponent component) {
    if (!(component instanceof Text)) {
      return component;
    }
    Text text = (Text) component;
    int level = level(text.variant());
    if (level == 0) {
      return component;
    }
    String marks = "#".repeat(level) + " ";
    return new Text(text.id(), heading(text.text(), marks), null, text.accessibility(), text.weight(), text.catalogId(),
        text.metadata());
  }

  private static DynamicString heading(DynamicString text, String marks) {
    if (text instanceof StringLiteral) {
      String literal = ((StringLiteral) text).value();
      return isHeading(literal) ? text : new StringLiteral(marks + literal);
    }
    if (text instanceof StringPath) {
      String pointer = ((StringPath) text).pointer();
      // A "}" would end the ${...} expression early: such a binding stays a binding, without its level.
      return pointer.indexOf('}') >= 0 ? text : template(marks + "${" + pointer + "}");
    }
    if (text instanceof FormatStringCall && ((FormatStringCall) text).args().value() instanceof StringLiteral) {
      FormatStringCall call = (FormatStringCall) text;
      String template = ((StringLiteral) call.args().value()).value();
      return isHeading(template) ? text : template(marks + template).withCatalogId(call.catalogId());
    }
    return text;
  }

  /** Whether Markdown reads {@code text} as a heading already: one to six {@code #}, then a space or the end. */
  private static boolean isHeading(String text) {
    int marks = 0;
    while (marks < text.length() && text.charAt(marks) == '#') {
      marks++;
    }
    return marks >= 1 && marks <= 6 && (marks == text.length() || text.charAt(marks) == ' ');
  }

  private static FormatStringCall template(String template) {
    return new FormatStringCall(new FormatStringCall.Args(new StringLiteral(template)), null, null);
  }

  private static int level(Text.Variant variant) {
    if (variant == null) {
      return 0;
    }
    switch (variant) {
      case H1:
        return 1;
      case H2:
        return 2;
      case H3:
        return 3;
      case H4:
        return 4;
      case H5:
        return 5;
      default:
        return 0;
    }
  }
}
