package dev.widgetry.runtime.spi;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import java.io.IOException;
import java.util.Map;

/**
 * The wording of what stops Jackson's parser: malformed JSON, and input past one of the limits of
 * {@link dev.widgetry.runtime.ParseOptions}. A limit is quoted whole, with the figure it is past
 * and the option that sets it; malformed input is quoted short, since it may echo hostile text.
 */
public final class ParserFailures {
  /** What a document that stops the parser was expected to be. */
  public static final String EXPECTED = "well-formed JSON within the parser's limits";

  /** The limits a user can set, by the name Jackson's messages give their getter. */
  private static final Map<String, String> OPTIONS = Map.of(
      "getMaxNestingDepth", "ParseOptions.withMaxNestingDepth",
      "getMaxDocumentLength", "ParseOptions.withMaxDocumentLength",
      "getMaxStringLength", "ParseOptions.withMaxStringLength",
      "getMaxNameLength", "ParseOptions.withMaxStringLength");

  private ParserFailures() {}

  /** The failure in words: "input the parser cannot read (...)". */
  public static String found(IOException failure) {
    String message = firstLine(failure);
    if (isLimit(failure, message)) {
      // "... exceeds the maximum allowed (100, from `StreamReadConstraints.getMaxDocumentLength()`)":
      // Jackson's own sentence is short and bounded; only the getter it names means nothing here.
      int from = message.indexOf(", from `");
      if (from >= 0 && message.endsWith(")")) {
        message = message.substring(0, from) + ")";
      }
      return "input past a limit (" + message + ")";
    }
    return "input the parser cannot read (" + Texts.truncate(message) + ")";
  }

  /** For a limit a user can raise, the sentence that says how; else "". */
  public static String hint(IOException failure) {
    String message = firstLine(failure);
    if (isLimit(failure, message)) {
      for (Map.Entry<String, String> option : OPTIONS.entrySet()) {
        if (message.contains(option.getKey() + "()")) {
          return option.getValue() + " sets this limit.";
        }
      }
    }
    return "";
  }

  /** A limit of {@code StreamReadConstraints}, as opposed to Jackson's other refusals of this type. */
  private static boolean isLimit(IOException failure, String message) {
    return failure instanceof StreamConstraintsException && message.contains(" exceeds the maximum allowed (");
  }

  private static String firstLine(IOException failure) {
    String message = failure instanceof JsonProcessingException
        ? ((JsonProcessingException) failure).getOriginalMessage()
        : failure.getMessage();
    return message == null ? "unreadable input" : message.split("\n", 2)[0].trim();
  }
}
