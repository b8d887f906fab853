package dev.widgetry.tests.readme;

import java.util.Locale;

/**
 * A fenced code block of README.md and the role the HTML comment just above it gives it
 * ({@code <!-- snippet: quick-start/record -->}), or {@link Role#NONE} when it has none.
 *
 * @param role what the harness does with the block
 * @param id the name after the role, unique in README.md; empty for {@link Role#NONE}
 * @param language the fence's info string ({@code java}, {@code json}, ...), empty when it has none
 * @param text the block's lines, without the fences
 * @param line the README line of the opening fence, 1-based
 */
record ReadmeBlock(Role role, String id, String language, String text, int line) {

  enum Role {
    /** Java or XML code inserted verbatim into a scaffold, compiled and run. */
    SNIPPET,
    /** What an example prints under this name: compared with what it does print. */
    OUTPUT,
    /** Text an example reads, such as a model's answer. */
    INPUT,
    /** An HTTP request, a blank line and its answer: an example sends the one and must get the other. */
    EXCHANGE,
    /** An illustration the harness leaves alone (shell commands, say); Java and XML may not be one. */
    NONE
  }

  /** Where the block is, for messages: {@code README.md:42 (snippet quick-start/record)}. */
  String where() {
    return "README.md:" + line + (role == Role.NONE ? "" : " (" + role.name().toLowerCase(Locale.ROOT) + " " + id + ")");
  }

  /** The request of an exchange: the lines before its first blank line. */
  String request() {
    int blank = text.indexOf("\n\n");
    return blank < 0 ? text : text.substring(0, blank);
  }

  /** The answer of an exchange: the lines after its first blank line. */
  String answer() {
    int blank = text.indexOf("\n\n");
    return blank < 0 ? "" : text.substring(blank + 2);
  }
}
