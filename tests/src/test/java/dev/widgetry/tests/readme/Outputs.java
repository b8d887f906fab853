package dev.widgetry.tests.readme;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Compares what an example printed with the README block that shows it, by the block's kind: a
 * {@code json} block as a {@link JsonPattern}; an {@code http} answer (an exchange's, or an output
 * in {@code http}) by its status line and then its body, JSON or a stream of {@code data:} events,
 * each a {@link JsonPattern}; anything else line by line, where {@code …} in a README line stands
 * for any characters.
 */
final class Outputs {
  private Outputs() {}

  /** Why {@code actual} is not what {@code block} shows, or empty when it is. */
  static Optional<String> mismatch(ReadmeBlock block, String actual) {
    if (block.role() == ReadmeBlock.Role.EXCHANGE) {
      return http(block.answer(), actual);
    }
    return switch (block.language()) {
      case "json" -> JsonPattern.parse(block.text()).mismatch(actual);
      case "http" -> http(block.text(), actual);
      default -> text(block.text(), actual);
    };
  }

  /** The status line (status and the headers shown), then the body. */
  private static Optional<String> http(String expected, String actual) {
    String[] shown = expected.strip().split("\n", 2);
    String[] got = actual.strip().split("\n", 2);
    if (!glob(shown[0]).matcher(got[0]).matches()) {
      return Optional.of("the answer's status line is \"" + got[0] + "\", not \"" + shown[0] + "\"");
    }
    String shownBody = shown.length > 1 ? shown[1].strip() : "";
    String gotBody = got.length > 1 ? got[1].strip() : "";
    if (!shownBody.startsWith("data:")) {
      return shownBody.isEmpty() && gotBody.isEmpty()
          ? Optional.empty()
          : JsonPattern.parse(shownBody).mismatch(gotBody);
    }
    List<String> shownEvents = events(shownBody);
    List<String> gotEvents = events(gotBody);
    if (shownEvents.size() != gotEvents.size()) {
      return Optional.of("the answer has " + gotEvents.size() + " events, not " + shownEvents.size() + ":\n" + gotBody);
    }
    for (int i = 0; i < shownEvents.size(); i++) {
      Optional<String> mismatch = JsonPattern.parse(shownEvents.get(i)).mismatch(gotEvents.get(i));
      if (mismatch.isPresent()) {
        return Optional.of("event " + (i + 1) + ": " + mismatch.get());
      }
    }
    return Optional.empty();
  }

  /** The JSON of each {@code data:} line of a Server-Sent Events body. */
  private static List<String> events(String body) {
    List<String> events = new ArrayList<>();
    for (String line : body.split("\n")) {
      if (line.startsWith("data:")) {
        events.add(line.substring("data:".length()).strip());
      } else if (!line.isBlank()) {
        events.add(line);
      }
    }
    return events;
  }

  private static Optional<String> text(String expected, String actual) {
    List<String> shown = expected.strip().lines().map(String::stripTrailing).toList();
    List<String> got = actual.strip().lines().map(String::stripTrailing).toList();
    for (int i = 0; i < Math.max(shown.size(), got.size()); i++) {
      String want = i < shown.size() ? shown.get(i) : "(no line)";
      String have = i < got.size() ? got.get(i) : "(no line)";
      if (i >= shown.size() || i >= got.size() || !glob(want).matcher(have).matches()) {
        return Optional.of("line " + (i + 1) + " is\n  " + have + "\nnot\n  " + want);
      }
    }
    return Optional.empty();
  }

  /** A line in which {@code …} stands for any characters. */
  private static Pattern glob(String line) {
    StringBuilder regex = new StringBuilder();
    String[] parts = line.split("…", -1);
    for (int i = 0; i < parts.length; i++) {
      regex.append(i == 0 ? "" : ".*").append(Pattern.quote(parts[i]));
    }
    return Pattern.compile(regex.toString());
  }
}
