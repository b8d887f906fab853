package dev.widgetry.processor.template.syntax;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Parses a Jinja template into {@link Node}s: text, outputs, {@code if}/{@code elif}/{@code else},
 * {@code for}, {@code set} and block {@code set}. Tags Jinja knows but widget templates do not use
 * (macros, includes, blocks, {@code do}...) are refused by name.
 */
public final class TemplateParser {
  private static final Set<String> OTHER_JINJA_TAGS = Set.of(
      "macro", "call", "filter", "block", "extends", "include", "import", "from", "with", "autoescape",
      "raw", "do", "trans", "pluralize", "break", "continue", "print");
  private static final Set<String> CLOSING_TAGS = Set.of("elif", "else", "endif", "endfor", "endset", "endmacro",
      "endblock", "endwith", "endfilter", "endcall", "endautoescape", "endraw", "endtrans");

  private final List<Segment> segments;
  private int index;

  private TemplateParser(List<Segment> segments) {
    this.segments = segments;
  }

  public static List<Node> parse(String template) throws TemplateSyntaxException {
    TemplateParser parser = new TemplateParser(Lexer.lex(template));
    List<Node> nodes = parser.body(Set.of());
    if (parser.index < parser.segments.size()) {
      Segment.Tag tag = (Segment.Tag) parser.segments.get(parser.index);
      Token keyword = tag.tokens().get(0);
      throw TemplateSyntaxException.syntax("unexpected {% " + keyword.value() + " %}: no tag is open that it closes", tag.pos());
    }
    return nodes;
  }

  /** Nodes up to a block tag whose keyword is in {@code ends} (left unread), or the end of the template. */
  private List<Node> body(Set<String> ends) throws TemplateSyntaxException {
    List<Node> nodes = new ArrayList<>();
    while (index < segments.size()) {
      Segment segment = segments.get(index);
      if (segment instanceof Segment.Data) {
        nodes.add(new Node.Text(((Segment.Data) segment).text(), segment.pos()));
        index++;
        continue;
      }
      Segment.Tag tag = (Segment.Tag) segment;
      if (tag.output()) {
        ExpressionParser expression = new ExpressionParser(tag.tokens(), 0);
        if (expression.atEnd()) {
          throw TemplateSyntaxException.syntax("the output {{ }} is empty", tag.pos());
        }
        Expr expr = expression.expression();
        expression.expectEnd();
        nodes.add(new Node.Output(expr, tag.pos()));
        index++;
        continue;
      }
      Token keyword = tag.tokens().get(0);
      if (keyword.kind() != Token.Kind.NAME) {
        throw TemplateSyntaxException.syntax("expected a tag name after {%, found " + keyword.describe(), keyword.pos());
      }
      String name = (String) keyword.value();
      if (ends.contains(name) || CLOSING_TAGS.contains(name)) {
        if (!ends.contains(name)) {
          throw TemplateSyntaxException.syntax("unexpected {% " + name + " %}: no tag is open that it closes", tag.pos());
        }
        return nodes;
      }
      index++;
      switch (name) {
        case "if":
          nodes.add(ifTag(tag));
          break;
        case "for":
          nodes.add(forTag(tag));
          break;
        case "set":
          nodes.add(setTag(tag));
          break;
        default:
          if (OTHER_JINJA_TAGS.contains(name)) {
            throw TemplateSyntaxException.unsupported("the tag {% " + name + " %}", tag.pos());
          }
          throw TemplateSyntaxException.syntax("unknown tag '" + name + "'", keyword.pos());
      }
    }
    if (!ends.isEmpty()) {
      throw TemplateSyntaxException.syntax("the template ends before " + String.join(" or ", sorted(ends)), endPos());
    }
    return nodes;
  }

  private Node.If ifTag(Segment.Tag tag) throws TemplateSyntaxException {
    ExpressionParser expression = new ExpressionParser(tag.tokens(), 1);
    Expr test = expression.expression();
    expression.expectEnd();
    List<Node> then = bodyUntil(tag, "if", "elif", "else", "endif");
    Segment.Tag closing = (Segment.Tag) segments.get(index++);
    String closer = (String) closing.tokens().get(0).value();
    List<Node> otherwise = new ArrayList<>();
    if (closer.equals("elif")) {
      otherwise.add(ifTag(closing));
      return new Node.If(test, then, otherwise, tag.pos());
    }
    if (closer.equals("else")) {
      new ExpressionParser(closing.tokens(), 1).expectEnd();
      otherwise = bodyUntil(tag, "if", "endif");
      index++;
    }
    return new Node.If(test, then, otherwise, tag.pos());
  }

  private Node.For forTag(Segment.Tag tag) throws TemplateSyntaxException {
    ExpressionParser expression = new ExpressionParser(tag.tokens(), 1);
    Token target = expression.expectName();
    if (expression.current().isOperator(",")) {
      throw TemplateSyntaxException.unsupported("a loop over several names at once", expression.current().pos());
    }
    if (!expression.current().isName("in")) {
      throw TemplateSyntaxException.syntax("expected 'in', found " + expression.current().describe(), expression.current().pos());
    }
    expression.next();
    Expr iterable = expression.expression();
    if (expression.current().isName("if")) {
      throw TemplateSyntaxException.unsupported("a loop filter ('for ... if ...')", expression.current().pos());
    }
    if (expression.current().isName("recursive")) {
      throw TemplateSyntaxException.unsupported("a recursive loop", expression.current().pos());
    }
    expression.expectEnd();
    List<Node> body = bodyUntil(tag, "for", "else", "endfor");
    Segment.Tag closing = (Segment.Tag) segments.get(index++);
    if (closing.tokens().get(0).isName("else")) {
      throw TemplateSyntaxException.unsupported("{% else %} in a loop", closing.pos());
    }
    return new Node.For((String) target.value(), target.pos(), iterable, body, tag.pos());
  }

  private Node setTag(Segment.Tag tag) throws TemplateSyntaxException {
    ExpressionParser expression = new ExpressionParser(tag.tokens(), 1);
    Token name = expression.expectName();
    String attribute = null;
    if (expression.current().isOperator(".")) {
      expression.next();
      attribute = (String) expression.expectName().value();
    }
    if (expression.current().isOperator(",")) {
      throw TemplateSyntaxException.unsupported("setting several names at once", expression.current().pos());
    }
    if (expression.atEnd()) {
      if (attribute != null) {
        throw TemplateSyntaxException.syntax("a block set takes a plain name", name.pos());
      }
      List<Node> body = bodyUntil(tag, "set", "endset");
      index++;
      return new Node.SetBlock((String) name.value(), body, tag.pos());
    }
    if (expression.current().isOperator("|")) {
      throw TemplateSyntaxException.unsupported("a filtered block set", expression.current().pos());
    }
    expression.expectOperator("=");
    Expr value = expression.expression();
    expression.expectEnd();
    return new Node.Set((String) name.value(), attribute, value, tag.pos());
  }

  private List<Node> bodyUntil(Segment.Tag opening, String tag, String... ends) throws TemplateSyntaxException {
    List<Node> body;
    try {
      body = body(Set.of(ends));
    } catch (TemplateSyntaxException e) {
      if (index >= segments.size() && e.getMessage().startsWith("the template ends before")) {
        throw TemplateSyntaxException.syntax(
            "the {% " + tag + " %} is not closed: the template ends before {% " + ends[ends.length - 1] + " %}",
            opening.pos());
      }
      throw e;
    }
    return body;
  }

  private int endPos() {
    if (segments.isEmpty()) {
      return 0;
    }
    return segments.get(segments.size() - 1).pos();
  }

  private static List<String> sorted(Set<String> names) {
    List<String> list = new ArrayList<>(names);
    list.sort(null);
    List<String> tags = new ArrayList<>();
    for (String name : list) {
      tags.add("{% " + name + " %}");
    }
    return tags;
  }
}
