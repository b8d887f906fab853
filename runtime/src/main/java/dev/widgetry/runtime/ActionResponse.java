package dev.widgetry.runtime;

import dev.widgetry.runtime.internal.ErrorAnswers;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The answer to an action request, ready for HTTP: a status, a content type and a body, either
 * complete or {@linkplain #stream streamed} as it is produced. An error carries a stable {@link
 * #errorCode()} and a JSON body {@code {"error": {"code", "message", "problems"?}}}; no stack trace
 * ever reaches it.
 */
public final class ActionResponse {
  public static final String JSON = "application/json; charset=utf-8";
  public static final String EVENT_STREAM = "text/event-stream; charset=utf-8";

  private final int status;
  private final String contentType;
  private final String errorCode;
  /** The message of an error whose body Widgetry wrote; null otherwise. */
  private final String errorMessage;
  /** The complete body; null for a stream. */
  private final byte[] body;
  /** What writes a streamed body; null for a complete one. */
  private final BodyWriter stream;
  /** A stream's body once {@link #body()} has run it to its end. */
  private byte[] collected;

  private ActionResponse(int status, String contentType, byte[] body, BodyWriter stream, String errorCode,
      String errorMessage) {
    this.status = status;
    this.contentType = contentType;
    this.body = body;
    this.stream = stream;
    this.errorCode = errorCode;
    this.errorMessage = errorMessage;
  }

  /** A success: 200 with this body, which the response keeps (the caller must not change it). */
  public static ActionResponse ok(String contentType, byte[] body) {
    return new ActionResponse(200, contentType, body, null, null, null);
  }

  /**
   * A success whose body {@code writer} produces over time, such as Server-Sent Events: an HTTP
   * server sends each part as it is flushed.
   */
  public static ActionResponse stream(String contentType, BodyWriter writer) {
    return new ActionResponse(200, contentType, null, writer, null, null);
  }

  /** An error with its status and code, and a body that describes it. */
  public static ActionResponse error(ActionError error, byte[] body) {
    return new ActionResponse(error.status(), JSON, body, null, error.code(), null);
  }

  /**
   * An error with the body every Widgetry endpoint writes, {@code {"error": {"code", "message"}}}:
   * for a server or framework integration that refuses a request before any handler sees it.
   *
   * @param message a sentence for the client, saying what was wrong
   */
  public static ActionResponse error(ActionError error, String message) {
    return error(error, message, List.of());
  }

  /**
   * An error with the body every Widgetry endpoint writes, and a JSON Pointer to each problem of
   * the request: {@code {"error": {"code", "message", "problems"}}} (no {@code problems} when empty).
   */
  public static ActionResponse error(ActionError error, String message, List<ParseProblem> problems) {
    Objects.requireNonNull(error, "error");
    Objects.requireNonNull(message, "message");
    return new ActionResponse(error.status(), JSON, ErrorAnswers.error(error, message, problems), null, error.code(),
        message);
  }

  /** The HTTP status: 200, or the error's. */
  public int status() {
    return status;
  }

  public String contentType() {
    return contentType;
  }

  /** Whether the body is produced over time; write it with {@link #writeTo}. */
  public boolean isStream() {
    return stream != null;
  }

  /**
   * Writes the body to {@code out}: at once when it is complete, part by part as it is produced
   * when it is a stream, returning when it has ended.
   */
  public void writeTo(OutputStream out) throws IOException {
    if (stream == null) {
      out.write(body);
    } else {
      stream.writeTo(out);
    }
  }

  /**
   * The whole body; callers must not change the array. A stream is run to its end first (once:
   * later calls return the same bytes), which suits tests and clients that want it whole.
   */
  public byte[] body() {
    return stream == null ? body : collected();
  }

  private synchronized byte[] collected() {
    if (collected == null) {
      ByteArrayOutputStream whole = new ByteArrayOutputStream();
      try {
        stream.writeTo(whole);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      collected = whole.toByteArray();
    }
    return collected;
  }

  public String bodyText() {
    return new String(body(), StandardCharsets.UTF_8);
  }

  /** The error code, such as {@code invalid_payload}, or empty for a success. */
  public Optional<String> errorCode() {
    return Optional.ofNullable(errorCode);
  }

  /**
   * The message of an error built with its message ({@link #error(ActionError, String)} and every
   * error Widgetry answers); empty for a success and for an error given as a ready body.
   */
  public Optional<String> errorMessage() {
    return Optional.ofNullable(errorMessage);
  }

  @Override
  public String toString() {
    return "ActionResponse[" + status + (errorCode == null ? "" : " " + errorCode) + "]";
  }
}
