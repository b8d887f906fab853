package dev.widgetry.a2ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The JSON a model wrote inside text: fenced blocks ({@code ```json ... ```}, or a fence with no
 * language) and {@code <a2ui-json>...</a2ui-json>} tags, in the order they appear. Found with one
 * forward scan, so text without a closing fence costs no more than text with one.
 */
final class TextBlocks {
  private static final String FENCE = "```";
  private static final String OPEN_TAG = "<a2ui-json>";
  private static final String CLOSE_TAG = "</a2ui-json>";
  private static final Set<String> JSON_LANGUAGES = Set.of("", "json", "jsonl", "a2ui");

  private TextBlocks() {}

  /**
   * One block: its text, the line of the text it starts on (0-based, to add to a line number
   * within it), and how to name it in a message ("the 2nd ```json block").
   */
  record Block(String json, int lineOffset, String label) {}

  static List<Block> find(String text) {
    List<Block> blocks = new ArrayList<>();
    Lines lines = new Lines(text);
    int fences = 0;
    int tags = 0;
    int at = 0;
    while (at < text.length()) {
      int fence = fenceAt(text, at);
      int tag = text.indexOf(OPEN_TAG, at);
      if (fence < 0 && tag < 0) {
        break;
      }
      if (tag >= 0 && (fence < 0 || tag < fence)) {
        int start = tag + OPEN_TAG.length();
        int end = text.indexOf(CLOSE_TAG, start);
        if (end < 0) {
          end = text.length();
        }
        tags++;
        String content = text.substring(start, end);
        int innerFence = content.indexOf(FENCE);
        if (content.strip().startsWith(FENCE) && innerFence >= 0) {
          // A fence inside the tags: the JSON is the fence's.
          int newline = content.indexOf('\n', innerFence);
          int close = newline < 0 ? -1 : content.indexOf(FENCE, newline);
          start += newline < 0 ? content.length() : newline + 1;
          content = newline < 0 ? "" : content.substring(newline + 1, close < 0 ? content.length() : close);
        }
        blocks.add(new Block(content, lines.before(start), ordinal(tags) + " <a2ui-json> block"));
        at = Math.min(text.length(), end + CLOSE_TAG.length());
        continue;
      }
      int newline = text.indexOf('\n', fence);
      if (newline < 0) {
        break;
      }
      String language = text.substring(fence + FENCE.length(), newline).strip().toLowerCase(Locale.ROOT);
      int close = fenceAt(text, newline + 1);
      int end = close < 0 ? text.length() : close;
      if (JSON_LANGUAGES.contains(language)) {
        fences++;
        blocks.add(new Block(text.substring(newline + 1, end), lines.before(newline + 1),
            ordinal(fences) + " ```" + (language.isEmpty() ? "" : language) + " block"));
      }
      at = close < 0 ? text.length() : close + FENCE.length();
    }
    return blocks;
  }

  /**
   * The first fence from {@code from} on that starts a line (after three spaces at most, as in
   * CommonMark), or -1: three backticks within a line of prose open no block.
   */
  private static int fenceAt(String text, int from) {
    for (int fence = text.indexOf(FENCE, from); fence >= 0; fence = text.indexOf(FENCE, fence + 1)) {
      int start = fence;
      while (start > 0 && fence - start < 3 && text.charAt(start - 1) == ' ') {
        start--;
      }
      if (start == 0 || text.charAt(start - 1) == '\n') {
        return fence;
      }
    }
    return -1;
  }

  /** Counts the lines before an index of the text, for indexes that only grow: one pass in all. */
  private static final class Lines {
    private final String text;
    private int index;
    private int count;

    Lines(String text) {
      this.text = text;
    }

    int before(int end) {
      for (; index < end; index++) {
        if (text.charAt(index) == '\n') {
          count++;
        }
      }
      return count;
    }
  }

  static String ordinal(int n) {
    int tens = n % 100;
    if (tens >= 11 && tens <= 13) {
      return "the " + n + "th";
    }
    switch (n % 10) {
      case 1:
        return "the " + n + "st";
      case 2:
        return "the " + n + "nd";
      case 3:
        return "the " + n + "rd";
      default:
        return "the " + n + "th";
    }
  }
}
