package dev.widgetry.tests.readme;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * JSON as README.md shows it, compared with JSON a snippet printed. Whitespace is free; members
 * must come in the order shown (Widgetry writes {@code "type"} first, and the README says so); a
 * number must be written as shown ({@code 4} is not {@code 4.0}). Three conventions, and no others,
 * let the README leave things out:
 *
 * <ul>
 *   <li>{@code ...} (or {@code …}) in place of members or elements: any number of them there, none
 *       included. {@code {...}} is any object and {@code [...]} any array.
 *   <li>{@code …} inside a string: any characters there. {@code "…"} is any string, {@code
 *       "item_…"} any string that starts with {@code item_}.
 *   <li>A string that is an ISO-8601 instant ({@code "2026-11-30T01:37:10.368413911Z"}): any
 *       instant, since a server writes the time it answers.
 * </ul>
 */
final class JsonPattern {
  private static final ObjectMapper STRICT = new ObjectMapper()
      .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
      .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
      .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
      .setNodeFactory(JsonNodeFactory.withExactBigDecimals(true));
  private static final Pattern INSTANT = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?Z");
  private static final String ELLIPSIS = "…";

  /** A value as the README shows it; an object's members and an array's elements may include {@link Gap#ANY}. */
  private sealed interface Node {}

  private record Obj(List<Object> members) implements Node {}

  private record Member(String name, Node value) {}

  private record Arr(List<Object> elements) implements Node {}

  private record Str(String value) implements Node {}

  private record Num(String text) implements Node {}

  private record Literal(String text) implements Node {}

  /** Any number of members or elements. */
  private enum Gap { ANY }

  private final Node root;

  private JsonPattern(Node root) {
    this.root = root;
  }

  /** Reads README JSON with its conventions. */
  static JsonPattern parse(String text) {
    Reader reader = new Reader(text);
    Node root = reader.value();
    reader.skipSpace();
    if (reader.at < text.length()) {
      throw reader.error("text after the JSON value");
    }
    return new JsonPattern(root);
  }

  /** Why {@code json} does not match, or empty when it does. */
  Optional<String> mismatch(String json) {
    JsonNode actual;
    try {
      actual = STRICT.readTree(json);
    } catch (JsonProcessingException e) {
      return Optional.of("the output is not JSON: " + e.getOriginalMessage());
    }
    return mismatch(root, actual, "");
  }

  private static Optional<String> mismatch(Node pattern, JsonNode actual, String pointer) {
    String at = at(pointer);
    if (pattern instanceof Obj object) {
      if (!actual.isObject()) {
        return Optional.of(at + ": expected an object, found " + actual);
      }
      List<Object> members = new ArrayList<>(actual.properties());
      return sequenceMismatch(object.members(), members, pointer, "the members " + names(members));
    }
    if (pattern instanceof Arr array) {
      if (!actual.isArray()) {
        return Optional.of(at + ": expected an array, found " + actual);
      }
      List<Object> elements = new ArrayList<>();
      actual.elements().forEachRemaining(elements::add);
      return sequenceMismatch(array.elements(), elements, pointer, "the " + elements.size() + " elements");
    }
    if (pattern instanceof Str string) {
      return actual.isTextual() && matches(string.value(), actual.textValue())
          ? Optional.empty()
          : Optional.of(at + ": expected \"" + string.value() + "\", found " + actual);
    }
    if (pattern instanceof Num number) {
      return numberMatches(number.text(), actual)
          ? Optional.empty()
          : Optional.of(at + ": expected " + number.text() + ", found " + actual);
    }
    String literal = ((Literal) pattern).text();
    return actual.toString().equals(literal) ? Optional.empty() : Optional.of(at + ": expected " + literal + ", found " + actual);
  }

  private static String at(String pointer) {
    return pointer.isEmpty() ? "at the root" : "at " + pointer;
  }

  /** Whether {@code actual[a..]} matches {@code pattern[p..]}, a gap standing for any run. */
  private static boolean sequence(List<Object> pattern, int p, List<Object> actual, int a, String pointer) {
    if (p == pattern.size()) {
      return a == actual.size();
    }
    if (pattern.get(p) == Gap.ANY) {
      for (int skip = a; skip <= actual.size(); skip++) {
        if (sequence(pattern, p + 1, actual, skip, pointer)) {
          return true;
        }
      }
      return false;
    }
    return a < actual.size() && item(pattern.get(p), actual.get(a), a, pointer).isEmpty()
        && sequence(pattern, p + 1, actual, a + 1, pointer);
  }

  @SuppressWarnings("unchecked") // object members come as entries, array elements as nodes
  private static Optional<String> item(Object pattern, Object actual, int index, String pointer) {
    if (pattern instanceof Member member) {
      Map.Entry<String, JsonNode> entry = (Map.Entry<String, JsonNode>) actual;
      if (!entry.getKey().equals(member.name())) {
        return Optional.of(at(pointer) + ": expected the member \"" + member.name() + "\", found \"" + entry.getKey() + "\"");
      }
      return mismatch(member.value(), entry.getValue(), pointer + "/" + member.name().replace("~", "~0").replace("/", "~1"));
    }
    return mismatch((Node) pattern, (JsonNode) actual, pointer + "/" + index);
  }

  /**
   * Why the members or elements differ. Without gaps, the first pair that differs says more than the
   * whole list, and when the lists are as long as each other it is all there is to say.
   */
  private static Optional<String> sequenceMismatch(List<Object> pattern, List<Object> actual, String pointer, String found) {
    if (sequence(pattern, 0, actual, 0, pointer)) {
      return Optional.empty();
    }
    String whole = at(pointer) + ": " + found + " do not match " + shown(pattern);
    if (pattern.contains(Gap.ANY)) {
      return Optional.of(whole);
    }
    for (int i = 0; i < Math.min(pattern.size(), actual.size()); i++) {
      Optional<String> difference = item(pattern.get(i), actual.get(i), i, pointer);
      if (difference.isPresent()) {
        return pattern.size() == actual.size() ? difference : Optional.of(whole + "; first " + difference.get());
      }
    }
    return Optional.of(whole);
  }

  @SuppressWarnings("unchecked") // object members come as entries
  private static List<String> names(List<Object> members) {
    return members.stream().map(member -> ((Map.Entry<String, JsonNode>) member).getKey()).toList();
  }

  private static String shown(List<Object> pattern) {
    return pattern.stream().map(item -> item == Gap.ANY ? "..." : item instanceof Member m ? m.name() : "a value").toList().toString();
  }

  private static boolean matches(String pattern, String actual) {
    if (pattern.contains(ELLIPSIS)) {
      StringBuilder regex = new StringBuilder();
      for (String part : pattern.split(ELLIPSIS, -1)) {
        regex.append(Pattern.quote(part)).append("(?s:.*)");
      }
      regex.setLength(regex.length() - "(?s:.*)".length());
      return Pattern.matches(regex.toString(), actual);
    }
    if (INSTANT.matcher(pattern).matches()) {
      return isInstant(actual);
    }
    return pattern.equals(actual);
  }

  private static boolean isInstant(String text) {
    try {
      return INSTANT.matcher(text).matches() && Instant.parse(text) != null;
    } catch (DateTimeParseException e) {
      return false;
    }
  }

  private static boolean numberMatches(String text, JsonNode actual) {
    if (!actual.isNumber()) {
      return false;
    }
    boolean integral = text.indexOf('.') < 0 && text.indexOf('e') < 0 && text.indexOf('E') < 0;
    if (integral) {
      return actual.isIntegralNumber() && actual.bigIntegerValue().equals(new BigInteger(text));
    }
    return !actual.isIntegralNumber() && actual.decimalValue().equals(new BigDecimal(text));
  }

  /** A recursive-descent reader of JSON with gaps. */
  private static final class Reader {
    private final String text;
    private int at;

    Reader(String text) {
      this.text = text;
    }

    Node value() {
      skipSpace();
      if (at >= text.length()) {
        throw error("a value");
      }
      char c = text.charAt(at);
      if (c == '{') {
        return new Obj(items('}', true));
      }
      if (c == '[') {
        return new Arr(items(']', false));
      }
      if (c == '"') {
        return new Str(string());
      }
      for (String literal : List.of("true", "false", "null")) {
        if (text.startsWith(literal, at)) {
          at += literal.length();
          return new Literal(literal);
        }
      }
      int start = at;
      while (at < text.length() && "+-0123456789.eE".indexOf(text.charAt(at)) >= 0) {
        at++;
      }
      if (start == at) {
        throw error("a value");
      }
      return new Num(text.substring(start, at));
    }

    private List<Object> items(char close, boolean members) {
      at++;
      List<Object> items = new ArrayList<>();
      skipSpace();
      if (peek(close)) {
        at++;
        return items;
      }
      while (true) {
        skipSpace();
        if (gap()) {
          items.add(Gap.ANY);
        } else if (members) {
          skipSpace();
          if (!peek('"')) {
            throw error("a member name");
          }
          String name = string();
          skipSpace();
          expect(':');
          items.add(new Member(name, value()));
        } else {
          items.add(value());
        }
        skipSpace();
        if (peek(close)) {
          at++;
          return items;
        }
        expect(',');
      }
    }

    private boolean gap() {
      for (String gap : List.of("...", ELLIPSIS)) {
        if (text.startsWith(gap, at)) {
          at += gap.length();
          return true;
        }
      }
      return false;
    }

    private String string() {
      expect('"');
      StringBuilder value = new StringBuilder();
      while (at < text.length() && text.charAt(at) != '"') {
        char c = text.charAt(at++);
        if (c != '\\') {
          value.append(c);
          continue;
        }
        char escaped = text.charAt(at++);
        switch (escaped) {
          case 'n' -> value.append('\n');
          case 't' -> value.append('\t');
          case 'r' -> value.append('\r');
          case 'b' -> value.append('\b');
          case 'f' -> value.append('\f');
          case 'u' -> {
            value.append((char) Integer.parseInt(text.substring(at, at + 4), 16));
            at += 4;
          }
          default -> value.append(escaped);
        }
      }
      expect('"');
      return value.toString();
    }

    private boolean peek(char c) {
      return at < text.length() && text.charAt(at) == c;
    }

    private void expect(char c) {
      if (!peek(c)) {
        throw error("'" + c + "'");
      }
      at++;
    }

    void skipSpace() {
      while (at < text.length() && Character.isWhitespace(text.charAt(at))) {
        at++;
      }
    }

    IllegalArgumentException error(String expected) {
      String context = text.substring(Math.max(0, at - 30), Math.min(text.length(), at + 30));
      return new IllegalArgumentException("README JSON: expected " + expected + " at character " + at + ", near: " + context);
    }
  }
}
