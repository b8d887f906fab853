package dev.widgetry.processor.template.syntax;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * Splits a template into text and tags as Jinja's default lexer does: {@code {{ }}}, {@code {% %}}
 * and {@code {# #}} delimiters, a {@code -} beside a delimiter strips the whitespace on that side,
 * and one trailing newline is dropped ({@code keep_trailing_newline} off).
 */
final class Lexer {
  private static final String[] OPERATORS_2 = {"//", "**", "==", "!=", ">=", "<="};
  private static final String OPERATORS_1 = "+-/*%~[](){}><=.:|,;";

  private final String text;
  private final List<Segment> segments = new ArrayList<>();
  private int pos;
  /** Whether the tag before the current text ended with {@code -}, so the text's leading whitespace goes. */
  private boolean stripNext;

  private Lexer(String text) {
    this.text = text;
  }

  static List<Segment> lex(String template) throws TemplateSyntaxException {
    Lexer lexer = new Lexer(withoutTrailingNewline(template));
    lexer.run();
    return lexer.segments;
  }

  private static String withoutTrailingNewline(String template) {
    if (template.endsWith("\r\n")) {
      return template.substring(0, template.length() - 2);
    }
    if (template.endsWith("\n") || template.endsWith("\r")) {
      return template.substring(0, template.length() - 1);
    }
    return template;
  }

  private void run() throws TemplateSyntaxException {
    while (pos < text.length()) {
      int open = nextOpening(pos);
      int dataEnd = open < 0 ? text.length() : open;
      boolean stripBefore = open >= 0 && open + 2 < text.length() && text.charAt(open + 2) == '-';
      addData(pos, dataEnd, stripBefore);
      if (open < 0) {
        return;
      }
      char kind = text.charAt(open + 1);
      pos = open + 2;
      if (pos < text.length() && (text.charAt(pos) == '-' || text.charAt(pos) == '+')) {
        pos++;
      }
      if (kind == '#') {
        comment(open);
      } else {
        tag(open, kind == '{');
      }
    }
  }

  private int nextOpening(int from) {
    for (int i = from; i + 1 < text.length(); i++) {
      if (text.charAt(i) == '{') {
        char next = text.charAt(i + 1);
        if (next == '{' || next == '%' || next == '#') {
          return i;
        }
      }
    }
    return -1;
  }

  private void addData(int start, int end, boolean stripTrailing) {
    if (stripNext) {
      while (start < end && Character.isWhitespace(text.charAt(start))) {
        start++;
      }
    }
    if (stripTrailing) {
      while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
        end--;
      }
    }
    stripNext = false;
    if (end > start) {
      segments.add(new Segment.Data(text.substring(start, end), start));
    }
  }

  private void comment(int open) throws TemplateSyntaxException {
    int close = text.indexOf("#}", pos);
    if (close < 0) {
      throw TemplateSyntaxException.syntax("the comment is not closed with #}", open);
    }
    stripNext = close > pos && text.charAt(close - 1) == '-';
    pos = close + 2;
  }

  private void tag(int open, boolean output) throws TemplateSyntaxException {
    List<Token> tokens = new ArrayList<>();
    Deque<Character> brackets = new ArrayDeque<>();
    String end = output ? "}}" : "%}";
    while (true) {
      skipSpaces();
      if (pos >= text.length()) {
        throw TemplateSyntaxException.syntax(
            (output ? "the output" : "the tag") + " is not closed with " + end, open);
      }
      if (brackets.isEmpty() && closes(end)) {
        tokens.add(new Token(Token.Kind.END, end, pos));
        stripNext = text.charAt(pos) == '-';
        pos += stripNext || text.charAt(pos) == '+' ? 3 : 2;
        segments.add(new Segment.Tag(output, tokens, open));
        return;
      }
      Token token = token();
      tokens.add(token);
      if (token.kind() == Token.Kind.OPERATOR) {
        balance(brackets, (String) token.value(), token.pos());
      }
    }
  }

  private boolean closes(String end) {
    if (text.startsWith(end, pos)) {
      return true;
    }
    char c = text.charAt(pos);
    return (c == '-' || c == '+') && text.startsWith(end, pos + 1);
  }

  private static void balance(Deque<Character> brackets, String operator, int pos) throws TemplateSyntaxException {
    switch (operator) {
      case "(":
      case "[":
      case "{":
        brackets.push(operator.charAt(0));
        return;
      case ")":
      case "]":
      case "}":
        char expected = operator.equals(")") ? '(' : operator.equals("]") ? '[' : '{';
        if (brackets.isEmpty() || brackets.pop() != expected) {
          throw TemplateSyntaxException.syntax("unexpected '" + operator + "'", pos);
        }
        return;
      default:
    }
  }

  private void skipSpaces() {
    while (pos < text.length() && Character.isWhitespace(text.charAt(pos))) {
      pos++;
    }
  }

  private Token token() throws TemplateSyntaxException {
    char c = text.charAt(pos);
    int start = pos;
    if (Character.isLetter(c) || c == '_') {
      while (pos < text.length() && (Character.isLetterOrDigit(text.charAt(pos)) || text.charAt(pos) == '_')) {
        pos++;
      }
      return new Token(Token.Kind.NAME, text.substring(start, pos), start);
    }
    if (c >= '0' && c <= '9') {
      return number();
    }
    if (c == '\'' || c == '"') {
      return string();
    }
    if (text.startsWith("===", pos) || text.startsWith("!==", pos)) {
      throw TemplateSyntaxException.syntax(
          "'" + text.substring(pos, pos + 3) + "' is JavaScript; Jinja compares with '" + text.substring(pos, pos + 2) + "'", pos);
    }
    for (String operator : OPERATORS_2) {
      if (text.startsWith(operator, pos)) {
        pos += 2;
        return new Token(Token.Kind.OPERATOR, operator, start);
      }
    }
    if (OPERATORS_1.indexOf(c) >= 0) {
      pos++;
      return new Token(Token.Kind.OPERATOR, String.valueOf(c), start);
    }
    throw TemplateSyntaxException.syntax("unexpected character '" + c + "'", pos);
  }

  private Token number() throws TemplateSyntaxException {
    int start = pos;
    digits();
    boolean floating = false;
    if (pos + 1 < text.length() && text.charAt(pos) == '.' && Character.isDigit(text.charAt(pos + 1))) {
      floating = true;
      pos++;
      digits();
    }
    if (pos < text.length() && (text.charAt(pos) == 'e' || text.charAt(pos) == 'E')) {
      int mark = pos;
      pos++;
      if (pos < text.length() && (text.charAt(pos) == '+' || text.charAt(pos) == '-')) {
        pos++;
      }
      if (pos < text.length() && Character.isDigit(text.charAt(pos))) {
        floating = true;
        digits();
      } else {
        pos = mark;
      }
    }
    String written = text.substring(start, pos).replace("_", "");
    if (floating) {
      return new Token(Token.Kind.FLOAT, Double.parseDouble(written), start);
    }
    try {
      return new Token(Token.Kind.INTEGER, Long.parseLong(written), start);
    } catch (NumberFormatException e) {
      throw TemplateSyntaxException.unsupported("the integer " + written + ", beyond 64 bits,", start);
    }
  }

  private void digits() {
    while (pos < text.length() && (Character.isDigit(text.charAt(pos)) || text.charAt(pos) == '_')) {
      pos++;
    }
  }

  /** A string literal, with the escapes Python's unicode-escape decoding gives meaning to. */
  private Token string() throws TemplateSyntaxException {
    int start = pos;
    char quote = text.charAt(pos++);
    StringBuilder value = new StringBuilder();
    while (true) {
      if (pos >= text.length()) {
        throw TemplateSyntaxException.syntax("the string is not closed", start);
      }
      char c = text.charAt(pos++);
      if (c == quote) {
        return new Token(Token.Kind.STRING, value.toString(), start);
      }
      if (c != '\\') {
        value.append(c);
        continue;
      }
      if (pos >= text.length()) {
        throw TemplateSyntaxException.syntax("the string is not closed", start);
      }
      char escape = text.charAt(pos++);
      switch (escape) {
        case '\\':
        case '\'':
        case '"':
          value.append(escape);
          break;
        case 'n':
          value.append('\n');
          break;
        case 't':
          value.append('\t');
          break;
        case 'r':
          value.append('\r');
          break;
        case 'u':
          value.append(hex(4, start));
          break;
        case 'x':
          value.append(hex(2, start));
          break;
        default:
          throw TemplateSyntaxException.unsupported("the escape \\" + escape + " in a string", pos - 2);
      }
    }
  }

  private char hex(int digits, int start) throws TemplateSyntaxException {
    if (pos + digits > text.length()) {
      throw TemplateSyntaxException.syntax("a \\u or \\x escape needs hex digits", start);
    }
    try {
      char c = (char) Integer.parseInt(text.substring(pos, pos + digits), 16);
      pos += digits;
      return c;
    } catch (NumberFormatException e) {
      throw TemplateSyntaxException.syntax("a \\u or \\x escape needs hex digits", pos);
    }
  }
}
