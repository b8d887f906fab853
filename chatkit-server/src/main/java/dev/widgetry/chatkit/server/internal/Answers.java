package dev.widgetry.chatkit.server.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.widgetry.chatkit.server.types.ThreadStreamEvent;
import dev.widgetry.runtime.ActionError;
import dev.widgetry.runtime.ActionResponse;
import dev.widgetry.runtime.ParseProblem;
import dev.widgetry.runtime.WidgetParseException;
import dev.widgetry.runtime.internal.ErrorAnswers;
import dev.widgetry.runtime.internal.Utf8Writers;
import java.io.IOException;
import java.util.List;

/** The answers a ChatKit server writes besides its wire types: empty objects, text, and errors. */
public final class Answers {
  private static final byte[] EMPTY_OBJECT = {'{', '}'};
  private static final ObjectMapper JSON = new ObjectMapper();

  private Answers() {}

  /** {@code {}}: what a request that changes something answers when it has nothing to tell. */
  public static ActionResponse emptyObject() {
    return ActionResponse.ok(ActionResponse.JSON, EMPTY_OBJECT);
  }

  /** {@code {"text": ...}}: a transcription. */
  public static ActionResponse text(String text) {
    return ActionResponse.ok(ActionResponse.JSON, Utf8Writers.toBytes(out -> {
      out.beginObject();
      out.name("text");
      out.value(text);
      out.endObject();
    }));
  }

  /** A JSON error: {@code {"error": {"code", "message"}}} with the error's status. */
  public static ActionResponse error(ActionError error, String message) {
    return ActionResponse.error(error, message);
  }

  public static ActionResponse error(ActionError error, String message, List<ParseProblem> problems) {
    return ActionResponse.error(error, ErrorAnswers.error(error, message, problems));
  }

  /**
   * The answer to a body that is not a ChatKit request: {@code unsupported_request} when only its
   * type is wrong, {@code malformed_request} with a JSON Pointer per problem otherwise.
   */
  public static ActionResponse refused(WidgetParseException e) {
    // An unknown type is reported at /type with the type found, quoted; a syntax error may be located there too.
    boolean onlyType = e.problems().stream()
        .allMatch(problem -> problem.pointer().equals("/type") && problem.found().startsWith("\""));
    if (onlyType && !e.problems().isEmpty()) {
      return error(ActionError.UNSUPPORTED_REQUEST, "The body is not a ChatKit request this server knows: "
          + e.problems().get(0).message(), e.problems());
    }
    return error(ActionError.MALFORMED_REQUEST, "The body is not a ChatKit request: " + e.getMessage(), e.problems());
  }

  /**
   * A stream that only says a request failed, for a streaming request refused before it began:
   * ChatKit's client shows the message in the thread.
   */
  public static ActionResponse errorStream(String message, boolean allowRetry) {
    ThreadStreamEvent error =
        new ThreadStreamEvent.ErrorEvent(ThreadStreamEvent.ErrorEvent.ErrorCode.CUSTOM, message, allowRetry);
    return ActionResponse.stream(ActionResponse.EVENT_STREAM, out -> new EventSink(out).send(error));
  }

  /** A JSON error answer turned into an error stream, for a client that reads events. */
  public static ActionResponse asErrorStream(ActionResponse error) {
    return errorStream(messageOf(error), error.status() >= 500);
  }

  private static String messageOf(ActionResponse error) {
    try {
      JsonNode message = JSON.readTree(error.body()).path("error").path("message");
      return message.isTextual() ? message.asText() : "The request failed.";
    } catch (IOException e) {
      return "The request failed.";
    }
  }
}
