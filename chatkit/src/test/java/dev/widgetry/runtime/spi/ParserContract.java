package dev.widgetry.runtime.spi;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonPointer;
import dev.widgetry.runtime.ParseOptions;
import dev.widgetry.runtime.ParseProblem;
import dev.widgetry.runtime.WidgetCodec;
import dev.widgetry.runtime.WidgetParseException;
import dev.widgetry.runtime.Widgets;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * The contract of reading, checked for one input: {@code fromJson} of the bytes and of the text
 * they decode to either gives a value or throws {@link WidgetParseException}, never anything else;
 * each problem has a JSON Pointer and a line and column of 1 or more, or -1, and there are no more
 * problems than bytes; the two overloads
 * agree when the bytes are UTF-8; a value read writes back to JSON that reads as the same value;
 * and the work unions add is in proportion to the input.
 */
public final class ParserContract {
  /** Tokens recorded and replayed for unions, per byte of input, that no input may pass. */
  private static final int WORK_PER_BYTE = 3;

  private ParserContract() {}

  /** What broke the contract for {@code input} read as {@code type}, or null when it held. */
  public static String check(byte[] input, Class<?> type, ParseOptions options) {
    WidgetCodec<?> codec = Widgets.codec(type);
    Outcome fromBytes = Outcome.of(() -> codec.fromJson(input, options));
    String text = new String(input, StandardCharsets.UTF_8);
    Outcome fromText = Outcome.of(() -> codec.fromJson(text, options));
    String broken = firstNonNull(
        fromBytes.broken("fromJson(byte[])", input.length),
        fromText.broken("fromJson(String)", input.length));
    if (broken != null) {
      return broken;
    }
    if (isUtf8(input) && !fromBytes.sameAs(fromText)) {
      return "fromJson(byte[]) and fromJson(String) disagree: " + fromBytes + " and " + fromText;
    }
    return firstNonNull(
        fromBytes.value == null ? null : roundTrip(codec, fromBytes.value, options),
        work(input, codec, options));
  }

  @SuppressWarnings("unchecked") // the value was read by this very codec
  private static <T> String roundTrip(WidgetCodec<T> codec, Object value, ParseOptions options) {
    String written;
    try {
      written = codec.toJson((T) value);
    } catch (RuntimeException e) {
      return "a value read could not be written: " + stackTrace(e);
    }
    Outcome again = Outcome.of(() -> codec.fromJson(written, options));
    if (!Objects.equals(value, again.value)) {
      return "a value read wrote " + written + ", which reads as " + again;
    }
    return null;
  }

  private static String work(byte[] input, WidgetCodec<?> codec, ParseOptions options) {
    try (JsonParser parser = Documents.open(input, options)) {
      WidgetReader in = new WidgetReader(parser, options);
      try {
        in.beginDocument();
        ((GeneratedCodec<?>) codec).read(in);
      } catch (WidgetParseException e) {
        // Refused: the work done until then still counts.
      }
      long work = in.tokensRecorded() + in.tokensReplayed();
      return work <= (long) WORK_PER_BYTE * input.length ? null
          : "unions recorded and replayed " + work + " tokens for " + input.length + " bytes of input";
    } catch (WidgetParseException | IOException e) {
      return null;
    }
  }

  private static boolean isUtf8(byte[] input) {
    try {
      StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(input));
      return true;
    } catch (CharacterCodingException e) {
      return false;
    }
  }

  private static String firstNonNull(String... values) {
    for (String value : values) {
      if (value != null) {
        return value;
      }
    }
    return null;
  }

  private static String stackTrace(Throwable e) {
    StringWriter text = new StringWriter();
    e.printStackTrace(new PrintWriter(text));
    return text.toString();
  }

  /** What one read gave: a value, or what it threw. */
  private static final class Outcome {
    final Object value;
    final Throwable thrown;

    private Outcome(Object value, Throwable thrown) {
      this.value = value;
      this.thrown = thrown;
    }

    static Outcome of(Supplier<?> read) {
      try {
        return new Outcome(read.get(), null);
      } catch (Throwable e) {
        return new Outcome(null, e);
      }
    }

    /** What in this outcome of reading {@code length} bytes breaks the contract, or null. */
    String broken(String call, int length) {
      if (thrown == null) {
        return value == null ? call + " gave null" : null;
      }
      if (!(thrown instanceof WidgetParseException)) {
        return call + " threw " + stackTrace(thrown);
      }
      WidgetParseException e = (WidgetParseException) thrown;
      // No more problems than bytes: a reader out of step with the document reports the same one again and again.
      if (e.problems().isEmpty() || e.problems().size() > Math.max(1, length)) {
        return call + " reported " + e.problems().size() + " problems for " + length + " bytes";
      }
      for (ParseProblem problem : e.problems()) {
        String wrong = wrong(problem);
        if (wrong != null) {
          return call + ": " + wrong + " in " + problem;
        }
      }
      return null;
    }

    private static String wrong(ParseProblem problem) {
      String pointer = problem.pointer();
      if (!pointer.isEmpty() && !pointer.startsWith("/")) {
        return "a pointer that is not one";
      }
      try {
        JsonPointer.compile(pointer);
      } catch (IllegalArgumentException e) {
        return "a pointer that is not one";
      }
      if (problem.line() < 1 && problem.line() != -1) {
        return "line " + problem.line();
      }
      if (problem.column() < 1 && problem.column() != -1) {
        return "column " + problem.column();
      }
      return problem.expected().isEmpty() || problem.found().isEmpty() ? "an empty expectation or finding" : null;
    }

    boolean sameAs(Outcome other) {
      return thrown == null ? other.thrown == null && value.equals(other.value) : other.thrown != null;
    }

    @Override
    public String toString() {
      return thrown == null ? "the value " + value : "the refusal " + thrown.getMessage();
    }
  }
}
