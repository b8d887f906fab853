package dev.widgetry.processor.template.shape;

import dev.widgetry.processor.template.syntax.Expr;
import dev.widgetry.processor.template.syntax.Node;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the JSON that a template's text spells out, through its control flow: what {@code if}s and
 * loops repeat or choose must line up with JSON values, object members or array elements (a branch
 * may not close a bracket it did not open). Captured blocks ({@code {% set _c %}}) are read where
 * they are written out, in the place they are written into.
 */
public final class Structurer {
  private enum Kind {
    OBJECT("object"),
    ARRAY("array"),
    STATEMENTS("statements");

    private final String word;

    Kind(String word) {
      this.word = word;
    }
  }

  private Structurer() {}

  /** The whole template: one JSON value, with statements before and after it. */
  public static Value.WithStatements read(List<Node> template, int length) throws ShapeException {
    Cursor cursor = new Cursor(template, length);
    return valueBranch(cursor, new Scope(), 0, "the template");
  }

  /** Captured blocks visible at a point, by name. */
  private static final class Scope {
    private final Map<String, Statement.Capture> captures;

    Scope() {
      this(new HashMap<>());
    }

    private Scope(Map<String, Statement.Capture> captures) {
      this.captures = captures;
    }

    Scope inner() {
      return new Scope(new HashMap<>(captures));
    }

    void assign(String name) {
      captures.remove(name);
    }

    void capture(Statement.Capture capture) {
      captures.put(capture.name(), capture);
    }

    Statement.Capture capture(String name) {
      return captures.get(name);
    }

    boolean has(String name) {
      return captures.containsKey(name);
    }
  }

  /** Statements, exactly one value, statements: a branch or a whole template where one value belongs. */
  private static Value.WithStatements valueBranch(Cursor cursor, Scope scope, int pos, String where)
      throws ShapeException {
    List<Statement> before = new ArrayList<>();
    Value value = value(cursor, scope, before, where);
    List<Statement> after = new ArrayList<>();
    while (true) {
      cursor.skipWhitespace();
      if (cursor.atEnd()) {
        return new Value.WithStatements(before, value, after);
      }
      if (cursor.atText()) {
        throw ShapeException.notJson(Structurer.describe(cursor.peekChar()) + " after the value; " + where
            + " must render exactly one JSON value", cursor.pos());
      }
      Node node = cursor.peekNode();
      Statement statement = statementOrNull(node, scope);
      if (statement == null) {
        throw ShapeException.notJson("a second value after the one " + where + " renders; it must render exactly one",
            node.pos());
      }
      after.add(statement);
      cursor.skipNode();
    }
  }

  /** One value at the cursor, after any statements (added to {@code before}). */
  private static Value value(Cursor cursor, Scope scope, List<Statement> before, String where) throws ShapeException {
    while (true) {
      cursor.skipWhitespace();
      if (cursor.atEnd()) {
        throw ShapeException.notJson(where + " renders no value where one belongs", cursor.pos());
      }
      if (cursor.atText()) {
        return literal(cursor, scope);
      }
      Node node = cursor.peekNode();
      if (node instanceof Node.Output) {
        cursor.skipNode();
        return output((Node.Output) node, scope);
      }
      if (node instanceof Node.If && Emission.emits(node)) {
        cursor.skipNode();
        Node.If branch = (Node.If) node;
        Value then = valueBranch(new Cursor(branch.then(), branch.pos()), scope.inner(), branch.pos(),
            "this branch of the if");
        Value otherwise = valueBranch(new Cursor(branch.otherwise(), branch.pos()), scope.inner(), branch.pos(),
            "the else branch of this if");
        return withBefore(before, new Value.CondValue(branch.test(), then, otherwise, branch.pos()));
      }
      if (node instanceof Node.For && Emission.emits(node)) {
        throw ShapeException.notJson("a loop renders here, where one value belongs", node.pos());
      }
      before.add(statement(node, scope));
      cursor.skipNode();
    }
  }

  private static Value withBefore(List<Statement> before, Value value) {
    return before.isEmpty() ? value : new Value.WithStatements(before, value, List.of());
  }

  private static Value output(Node.Output output, Scope scope) throws ShapeException {
    Splices.Use use = Splices.use(output.expr(), scope::has);
    if (use != null) {
      Statement.Capture capture = scope.capture(use.name());
      if (use.dropLeadingComma()) {
        throw ShapeException.unsupported("the leading-comma trick outside an object or an array", output.pos());
      }
      return valueBranch(new Cursor(capture.body(), output.pos()), scope.inner(), output.pos(),
          "the block " + use.name());
    }
    Splices.refuseOtherUses(output.expr(), scope::has);
    Expr expr = output.expr();
    if (expr instanceof Expr.Filter && ((Expr.Filter) expr).name().equals("tojson") && ((Expr.Filter) expr).args().isEmpty()
        && ((Expr.Filter) expr).keywords().isEmpty()) {
      return new Value.ExprValue(((Expr.Filter) expr).target(), true, output.pos());
    }
    return new Value.ExprValue(expr, false, output.pos());
  }

  private static Value literal(Cursor cursor, Scope scope) throws ShapeException {
    int pos = cursor.pos();
    char c = cursor.peekChar();
    switch (c) {
      case '{':
        cursor.advance(1);
        return new Value.ObjectValue(container(cursor, scope, Kind.OBJECT, '}', pos), pos);
      case '[':
        cursor.advance(1);
        return new Value.ArrayValue(container(cursor, scope, Kind.ARRAY, ']', pos), pos);
      case '"':
        cursor.advance(1);
        return new Value.StringValue(JsonStrings.parts(cursor, pos, false), pos);
      case 't':
        return word(cursor, "true", new Value.BooleanValue(true, pos));
      case 'f':
        return word(cursor, "false", new Value.BooleanValue(false, pos));
      case 'n':
        return word(cursor, "null", new Value.NullValue(pos));
      default:
        if (c == '-' || (c >= '0' && c <= '9')) {
          return new Value.NumberValue(JsonNumbers.read(cursor), pos);
        }
        throw ShapeException.notJson(describe(c) + " where a JSON value belongs", pos);
    }
  }

  private static Value word(Cursor cursor, String word, Value value) throws ShapeException {
    if (!cursor.textStartsWith(word)) {
      throw ShapeException.notJson("expected " + word + " where a JSON value belongs", cursor.pos());
    }
    cursor.advance(word.length());
    if (cursor.atText() && Character.isLetterOrDigit(cursor.peekChar())) {
      throw ShapeException.notJson("expected " + word + " where a JSON value belongs", cursor.pos());
    }
    return value;
  }

  /** The entries of an object or array up to its closing bracket, which it consumes. */
  private static List<Entry> container(Cursor cursor, Scope scope, Kind kind, char close, int open)
      throws ShapeException {
    List<Entry> entries = entries(cursor, scope.inner(), kind, false, open);
    if (cursor.atEnd() || cursor.peekChar() != close) {
      throw ShapeException.notJson("the " + kind.word + " opened here is not closed", open);
    }
    cursor.advance(1);
    return entries;
  }

  /**
   * Entries up to a closing bracket (left unread) or, inside a branch or loop ({@code nested}), to
   * the end of the nodes, where a closing bracket is an error.
   */
  private static List<Entry> entries(Cursor cursor, Scope scope, Kind kind, boolean nested, int open)
      throws ShapeException {
    List<Entry> entries = new ArrayList<>();
    while (true) {
      if (cursor.atEnd()) {
        if (nested) {
          return entries;
        }
        throw ShapeException.notJson("the " + kind.word + " opened here is not closed", open);
      }
      int pos = cursor.pos();
      if (cursor.atText()) {
        char c = cursor.peekChar();
        if (Cursor.isJsonWhitespace(c)) {
          cursor.skipWhitespace();
          entries.add(new Entry.Blank(pos));
        } else if (c == ',') {
          if (kind == Kind.STATEMENTS) {
            throw ShapeException.notJson("a comma where the template only runs statements", pos);
          }
          cursor.advance(1);
          entries.add(new Entry.Comma(pos));
        } else if (c == '}' || c == ']') {
          if (nested || kind == Kind.STATEMENTS) {
            throw ShapeException.notJson("'" + c + "' closes a bracket opened outside this if or loop", pos);
          }
          char expected = kind == Kind.OBJECT ? '}' : ']';
          if (c != expected) {
            throw ShapeException.notJson("'" + c + "' where the " + kind.word + " needs its own closing bracket", pos);
          }
          return entries;
        } else {
          entries.add(entry(cursor, scope, kind));
        }
        continue;
      }
      Node node = cursor.peekNode();
      if (node instanceof Node.Output && Commas.isComma(((Node.Output) node).expr())) {
        cursor.skipNode();
        entries.add(Commas.entry(((Node.Output) node).expr(), node.pos()));
        continue;
      }
      if (node instanceof Node.Output) {
        Splices.Use use = Splices.use(((Node.Output) node).expr(), scope::has);
        if (use != null) {
          cursor.skipNode();
          Statement.Capture capture = scope.capture(use.name());
          List<Entry> body = entries(new Cursor(capture.body(), node.pos()), scope.inner(), kind, true, node.pos());
          entries.add(new Entry.Splice(use.name(), use.dropLeadingComma(), body, node.pos()));
          continue;
        }
        entries.add(entry(cursor, scope, kind));
      } else if (node instanceof Node.If) {
        cursor.skipNode();
        Node.If branch = (Node.If) node;
        List<Entry> then = entries(new Cursor(branch.then(), branch.pos()), scope.inner(), kind, true, open);
        List<Entry> otherwise = entries(new Cursor(branch.otherwise(), branch.pos()), scope.inner(), kind, true, open);
        entries.add(new Entry.CondEntries(branch.test(), then, otherwise, branch.pos()));
      } else if (node instanceof Node.For) {
        cursor.skipNode();
        Node.For loop = (Node.For) node;
        List<Entry> body = entries(new Cursor(loop.body(), loop.pos()), scope.inner(), kind, true, open);
        entries.add(new Entry.LoopEntries(loop.target(), loop.iterable(), body, loop.pos()));
      } else {
        cursor.skipNode();
        entries.add(new Entry.StatementEntry(statement(node, scope)));
      }
    }
  }

  private static Entry entry(Cursor cursor, Scope scope, Kind kind) throws ShapeException {
    switch (kind) {
      case OBJECT:
        return member(cursor, scope);
      case ARRAY:
        return new Entry.Element(value(cursor, scope, new ArrayList<>(), "this element"));
      default:
        throw ShapeException.notJson("the template writes here, where it only runs statements", cursor.pos());
    }
  }

  private static Entry member(Cursor cursor, Scope scope) throws ShapeException {
    int pos = cursor.pos();
    if (!cursor.atText()) {
      throw ShapeException.unsupported("a property name written by {{ }} (names must be string literals)", pos);
    }
    if (cursor.peekChar() != '"') {
      throw ShapeException.notJson(describe(cursor.peekChar()) + " where a property name in double quotes belongs", pos);
    }
    cursor.advance(1);
    Value.StringValue name = new Value.StringValue(JsonStrings.parts(cursor, pos, false), pos);
    String key = name.constant();
    if (key == null) {
      throw ShapeException.unsupported("a property name with {{ }} or {% %} inside it (names must be string literals)", pos);
    }
    cursor.skipWhitespace();
    if (!cursor.atText() || cursor.peekChar() != ':') {
      throw ShapeException.notJson("expected ':' after the property name \"" + key + "\"", cursor.pos());
    }
    cursor.advance(1);
    List<Statement> before = new ArrayList<>();
    Value value = value(cursor, scope, before, "the property \"" + key + "\"");
    return new Entry.Member(key, pos, withBefore(before, value));
  }

  /** A node that renders nothing, as a statement; null when it renders something. */
  private static Statement statementOrNull(Node node, Scope scope) throws ShapeException {
    if (node instanceof Node.Text || node instanceof Node.Output || Emission.emits(node)) {
      return null;
    }
    return statement(node, scope);
  }

  private static Statement statement(Node node, Scope scope) throws ShapeException {
    if (node instanceof Node.Set) {
      Node.Set set = (Node.Set) node;
      if (set.attribute() == null) {
        scope.assign(set.name());
        return new Statement.Assign(set.name(), set.value(), set.pos());
      }
      return new Statement.AssignAttribute(set.name(), set.attribute(), set.value(), set.pos());
    }
    if (node instanceof Node.SetBlock) {
      Node.SetBlock block = (Node.SetBlock) node;
      Statement.Capture capture = new Statement.Capture(block.name(), block.body(), block.pos());
      scope.capture(capture);
      return capture;
    }
    if (node instanceof Node.If) {
      Node.If branch = (Node.If) node;
      return new Statement.CondStatements(branch.test(), statements(branch.then(), scope.inner()),
          statements(branch.otherwise(), scope.inner()), branch.pos());
    }
    if (node instanceof Node.For) {
      Node.For loop = (Node.For) node;
      return new Statement.LoopStatements(loop.target(), loop.iterable(), statements(loop.body(), scope.inner()),
          loop.pos());
    }
    throw ShapeException.notJson("the template writes here, where it only runs statements", node.pos());
  }

  private static List<Statement> statements(List<Node> nodes, Scope scope) throws ShapeException {
    List<Statement> statements = new ArrayList<>();
    for (Node node : nodes) {
      if (node instanceof Node.Text) {
        if (!((Node.Text) node).text().isBlank()) {
          throw ShapeException.notJson("the template writes here, where it only runs statements", node.pos());
        }
        continue;
      }
      statements.add(statement(node, scope));
    }
    return statements;
  }

  static String describe(char c) {
    return c < 0x20 ? String.format("the control character U+%04X", (int) c) : "'" + c + "'";
  }
}
