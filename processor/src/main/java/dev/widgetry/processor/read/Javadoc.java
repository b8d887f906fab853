package dev.widgetry.processor.read;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The parts of a doc comment that become schema descriptions: the main text, and the
 * {@code @param} lines of a record, which describe its components.
 */
public final class Javadoc {
  private static final Pattern INLINE_TAG = Pattern.compile("\\{@(?:code|link|linkplain|literal)\\s+([^}]*)}");
  private static final Pattern HTML_TAG = Pattern.compile("</?[a-zA-Z][^>]*>");
  private static final Javadoc NONE = new Javadoc("", Map.of());

  private final String description;
  private final Map<String, String> params;

  private Javadoc(String description, Map<String, String> params) {
    this.description = description;
    this.params = params;
  }

  public static Javadoc parse(String comment) {
    if (comment == null || comment.isBlank()) {
      return NONE;
    }
    String main = comment;
    Map<String, String> params = new LinkedHashMap<>();
    int firstTag = blockTagStart(comment, 0);
    if (firstTag >= 0) {
      main = comment.substring(0, firstTag);
      int start = firstTag;
      while (start >= 0) {
        int next = blockTagStart(comment, start + 1);
        String block = next < 0 ? comment.substring(start) : comment.substring(start, next);
        addParam(block, params);
        start = next;
      }
    }
    return new Javadoc(clean(main), params);
  }

  public String description() {
    return description;
  }

  /** The description of a record component, from its {@code @param} line; "" when there is none. */
  public String param(String name) {
    return params.getOrDefault(name, "");
  }

  private static void addParam(String block, Map<String, String> params) {
    if (!block.startsWith("@param")) {
      return;
    }
    String rest = block.substring("@param".length()).trim();
    int space = indexOfWhitespace(rest);
    if (space > 0) {
      params.put(rest.substring(0, space), clean(rest.substring(space)));
    }
  }

  /** Where the next line-leading block tag ({@code @param}, {@code @see}...) starts, or -1. */
  private static int blockTagStart(String comment, int from) {
    for (int i = from; i < comment.length(); i++) {
      if (comment.charAt(i) == '@' && isLineStart(comment, i)) {
        return i;
      }
    }
    return -1;
  }

  private static boolean isLineStart(String text, int index) {
    for (int i = index - 1; i >= 0; i--) {
      char c = text.charAt(i);
      if (c == '\n') {
        return true;
      }
      if (!Character.isWhitespace(c)) {
        return false;
      }
    }
    return true;
  }

  private static int indexOfWhitespace(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (Character.isWhitespace(text.charAt(i))) {
        return i;
      }
    }
    return -1;
  }

  private static String clean(String text) {
    Matcher inline = INLINE_TAG.matcher(text);
    String plain = inline.replaceAll(match -> Matcher.quoteReplacement(match.group(1).trim()));
    plain = HTML_TAG.matcher(plain).replaceAll(" ");
    return plain.replaceAll("\\s+", " ").trim();
  }
}
