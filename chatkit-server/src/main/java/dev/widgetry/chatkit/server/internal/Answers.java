package dev.widgetry.chatkit.server.internal;

import dev.widgetry.chatkit.server.types.ThreadStreamEvent;
import dev.widgetry.runtime.ActionError;
import dev.widgetry.runtime.ActionResponse;
import dev.widgetry.runtime.WidgetParseException;
import dev.widgetry.runtime.internal.Utf8Writers;

/** The answers a ChatKit server writes besides its wire types: empty objects, text, and errors. */
public final class Answers {
  private static final byte[] EMPTY_OBJECT = {'{', '}'};

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

  /**
   * The answer to a body that is not a ChatKit request: {@code unsupported_request} when only its
   * type is wrong, {@code malformed_request} with a JSON Pointer per problem otherwise.
   */
  public static ActionResponse refused(WidgetParseException e) {
    // An unknown type is reported at /type with the type found, quoted; a syntax error may be located there too.
    boolean onlyType = e.problems().stream()
        .allMatch(problem -> problem.pointer().equals("/type") && problem.found().startsWith("\""));
    if (onlyType && !e.problems().isEmpty()) {
      return ActionResponse.error(ActionError.UNSUPPORTED_REQUEST, "The body is not a ChatKit request this server knows: "
          + e.problems().get(0).message(), e.problems());
    }
    return ActionResponse.error(ActionError.MALFORMED_REQUEST, "The body is not a ChatKit request: " + e.getMessage(), e.problems());
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
    return errorStream(error.errorMessage().orElse("The request failed."), error.status() >= 500);
  }
}
