package dev.widgetry.processor.template.syntax;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Parses the tokens of one tag into expressions, with Jinja's precedence: conditional, {@code or},
 * {@code and}, {@code not}, comparisons, {@code + -}, {@code ~}, {@code * /}, unary minus, then
 * postfix attributes, subscripts and calls, filters and tests.
 */
final class ExpressionParser {
  private static final Set<String> COMPARISONS = Set.of("==", "!=", ">", ">=", "<", "<=");
  private static final Set<String> KEYWORD_LITERALS = Set.of("true", "false", "none", "True", "False", "None");

  private final List<Token> tokens;
  private int index;

  ExpressionParser(List<Token> tokens, int start) {
    this.tokens = tokens;
    this.index = start;
  }

  Token current() {
    return tokens.get(index);
  }

  Token next() {
    return tokens.get(index++);
  }

  boolean atEnd() {
    return current().kind() == Token.Kind.END;
  }

  void expectEnd() throws TemplateSyntaxException {
    if (!atEnd()) {
      throw TemplateSyntaxException.syntax("expected the end of the tag, found " + current().describe(), current().pos());
    }
  }

  Token expectName() throws TemplateSyntaxException {
    if (current().kind() != Token.Kind.NAME) {
      throw TemplateSyntaxException.syntax("expected a name, found " + current().describe(), current().pos());
    }
    return next();
  }

  void expectOperator(String operator) throws TemplateSyntaxException {
    if (!current().isOperator(operator)) {
      throw TemplateSyntaxException.syntax("expected '" + operator + "', found " + current().describe(), current().pos());
    }
    index++;
  }

  Expr expression() throws TemplateSyntaxException {
    Expr then = or();
    while (current().isName("if")) {
      int pos = next().pos();
      Expr test = or();
      if (!current().isName("else")) {
        throw TemplateSyntaxException.unsupported(
            "an 'if' expression without 'else' (it gives an undefined value when the test fails)", pos);
      }
      index++;
      then = new Expr.Conditional(test, then, expression(), pos);
    }
    return then;
  }

  private Expr or() throws TemplateSyntaxException {
    Expr left = and();
    while (current().isName("or")) {
      int pos = next().pos();
      left = new Expr.Binary("or", left, and(), pos);
    }
    return left;
  }

  private Expr and() throws TemplateSyntaxException {
    Expr left = not();
    while (current().isName("and")) {
      int pos = next().pos();
      left = new Expr.Binary("and", left, not(), pos);
    }
    return left;
  }

  private Expr not() throws TemplateSyntaxException {
    if (current().isName("not")) {
      int pos = next().pos();
      return new Expr.Not(not(), pos);
    }
    return comparison();
  }

  private Expr comparison() throws TemplateSyntaxException {
    Expr left = sum();
    while (true) {
      Token token = current();
      String op;
      if (token.kind() == Token.Kind.OPERATOR && COMPARISONS.contains((String) token.value())) {
        op = (String) token.value();
        index++;
      } else if (token.isName("in")) {
        op = "in";
        index++;
      } else if (token.isName("not") && tokens.get(index + 1).isName("in")) {
        op = "not in";
        index += 2;
      } else {
        return left;
      }
      if (left instanceof Expr.Binary && COMPARISONS.contains(((Expr.Binary) left).op())) {
        throw TemplateSyntaxException.unsupported("a chained comparison", token.pos());
      }
      left = new Expr.Binary(op, left, sum(), token.pos());
    }
  }

  private Expr sum() throws TemplateSyntaxException {
    Expr left = concat();
    while (current().isOperator("+") || current().isOperator("-")) {
      Token op = next();
      left = new Expr.Binary((String) op.value(), left, concat(), op.pos());
    }
    return left;
  }

  private Expr concat() throws TemplateSyntaxException {
    Expr left = product();
    while (current().isOperator("~")) {
      int pos = next().pos();
      left = new Expr.Binary("~", left, product(), pos);
    }
    return left;
  }

  private Expr product() throws TemplateSyntaxException {
    Expr left = power();
    while (current().isOperator("*") || current().isOperator("/") || current().isOperator("//")
        || current().isOperator("%")) {
      Token op = next();
      left = new Expr.Binary((String) op.value(), left, power(), op.pos());
    }
    return left;
  }

  private Expr power() throws TemplateSyntaxException {
    Expr left = unary(true);
    while (current().isOperator("**")) {
      Token op = next();
      left = new Expr.Binary("**", left, unary(true), op.pos());
    }
    return left;
  }

  private Expr unary(boolean withFilters) throws TemplateSyntaxException {
    Expr node;
    if (current().isOperator("-")) {
      int pos = next().pos();
      Expr operand = unary(false);
      Object value = operand instanceof Expr.Literal ? ((Expr.Literal) operand).value() : null;
      if (value instanceof Long) {
        node = new Expr.Literal(-(Long) value, pos);
      } else if (value instanceof Double) {
        node = new Expr.Literal(-(Double) value, pos);
      } else {
        node = new Expr.Negative(operand, pos);
      }
    } else if (current().isOperator("+")) {
      index++;
      node = unary(false);
    } else {
      node = primary();
    }
    node = postfix(node);
    return withFilters ? filters(node) : node;
  }

  private Expr primary() throws TemplateSyntaxException {
    Token token = next();
    switch (token.kind()) {
      case NAME:
        String name = (String) token.value();
        if (KEYWORD_LITERALS.contains(name)) {
          Object value = name.equalsIgnoreCase("none") ? null : Boolean.valueOf(name.toLowerCase());
          return new Expr.Literal(value, token.pos());
        }
        return new Expr.Name(name, token.pos());
      case STRING:
        StringBuilder joined = new StringBuilder((String) token.value());
        while (current().kind() == Token.Kind.STRING) {
          joined.append((String) next().value());
        }
        return new Expr.Literal(joined.toString(), token.pos());
      case INTEGER:
      case FLOAT:
        return new Expr.Literal(token.value(), token.pos());
      case OPERATOR:
        return bracketed(token);
      default:
        throw TemplateSyntaxException.syntax("expected an expression, found " + token.describe(), token.pos());
    }
  }

  private Expr bracketed(Token token) throws TemplateSyntaxException {
    switch ((String) token.value()) {
      case "(":
        Expr inner = expression();
        if (current().isOperator(",")) {
          throw TemplateSyntaxException.unsupported("a tuple", token.pos());
        }
        expectOperator(")");
        return inner;
      case "[":
        List<Expr> items = new ArrayList<>();
        while (!current().isOperator("]")) {
          items.add(expression());
          if (!current().isOperator("]")) {
            expectOperator(",");
          }
        }
        index++;
        return new Expr.ListLiteral(items, token.pos());
      case "{":
        List<Expr.Entry> entries = new ArrayList<>();
        while (!current().isOperator("}")) {
          Expr key = expression();
          expectOperator(":");
          entries.add(new Expr.Entry(key, expression()));
          if (!current().isOperator("}")) {
            expectOperator(",");
          }
        }
        index++;
        return new Expr.DictLiteral(entries, token.pos());
      default:
        throw TemplateSyntaxException.syntax("expected an expression, found " + token.describe(), token.pos());
    }
  }

  private Expr postfix(Expr node) throws TemplateSyntaxException {
    while (true) {
      Token token = current();
      if (token.isOperator(".")) {
        index++;
        Token name = current();
        if (name.kind() == Token.Kind.INTEGER) {
          index++;
          node = new Expr.Item(node, new Expr.Literal(name.value(), name.pos()), token.pos());
        } else {
          node = new Expr.Attr(node, (String) expectName().value(), token.pos());
        }
      } else if (token.isOperator("[")) {
        index++;
        node = subscript(node, token.pos());
      } else if (token.isOperator("(")) {
        node = call(node);
      } else {
        return node;
      }
    }
  }

  private Expr subscript(Expr target, int pos) throws TemplateSyntaxException {
    Expr start = current().isOperator(":") ? null : expression();
    if (!current().isOperator(":")) {
      expectOperator("]");
      return new Expr.Item(target, start, pos);
    }
    index++;
    Expr stop = current().isOperator("]") || current().isOperator(":") ? null : expression();
    if (current().isOperator(":")) {
      throw TemplateSyntaxException.unsupported("a slice with a step", current().pos());
    }
    expectOperator("]");
    return new Expr.Slice(target, start, stop, pos);
  }

  private Expr.Call call(Expr callee) throws TemplateSyntaxException {
    int pos = next().pos();
    List<Expr> args = new ArrayList<>();
    List<Expr.Keyword> keywords = new ArrayList<>();
    arguments(args, keywords);
    return new Expr.Call(callee, args, keywords, pos);
  }

  /** The arguments after an opening parenthesis, up to and including the closing one. */
  private void arguments(List<Expr> args, List<Expr.Keyword> keywords) throws TemplateSyntaxException {
    while (!current().isOperator(")")) {
      if (current().isOperator("*") || current().isOperator("**")) {
        throw TemplateSyntaxException.unsupported("an unpacking argument", current().pos());
      }
      if (current().kind() == Token.Kind.NAME && tokens.get(index + 1).isOperator("=")) {
        Token name = next();
        index++;
        keywords.add(new Expr.Keyword((String) name.value(), expression(), name.pos()));
      } else {
        if (!keywords.isEmpty()) {
          throw TemplateSyntaxException.syntax("a positional argument follows a keyword argument", current().pos());
        }
        args.add(expression());
      }
      if (!current().isOperator(")")) {
        expectOperator(",");
      }
    }
    index++;
  }

  private Expr filters(Expr node) throws TemplateSyntaxException {
    while (true) {
      Token token = current();
      if (token.isOperator("|")) {
        index++;
        Token name = expectName();
        List<Expr> args = new ArrayList<>();
        List<Expr.Keyword> keywords = new ArrayList<>();
        if (current().isOperator("(")) {
          index++;
          arguments(args, keywords);
        }
        node = new Expr.Filter(node, (String) name.value(), args, keywords, name.pos());
      } else if (token.isName("is")) {
        index++;
        boolean negated = false;
        if (current().isName("not")) {
          index++;
          negated = true;
        }
        Token name = expectName();
        if (current().isOperator("(") || (!atEnd() && startsArgument(current()))) {
          throw TemplateSyntaxException.unsupported("the test '" + name.value() + "' with an argument", name.pos());
        }
        node = new Expr.Test(node, (String) name.value(), negated, name.pos());
      } else if (token.isOperator("(")) {
        node = call(node);
      } else {
        return node;
      }
    }
  }

  /** Whether a token can start the argument of a test written without parentheses ({@code is divisibleby 3}). */
  private static boolean startsArgument(Token token) {
    switch (token.kind()) {
      case STRING:
      case INTEGER:
      case FLOAT:
        return true;
      case NAME:
        return !Set.of("and", "or", "if", "else", "not", "in", "is").contains((String) token.value());
      default:
        return false;
    }
  }
}
