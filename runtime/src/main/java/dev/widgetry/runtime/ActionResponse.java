package dev.widgetry.runtime;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * The answer to an action request, ready for HTTP: a status, a content type and a body. An error
 * carries a stable {@link #errorCode()} and a JSON body
 * {@code {"error": {"code", "message", "problems"?}}}; no stack trace ever reaches it.
 */
public final class ActionResponse {
  public static final String JSON = "application/json; charset=utf-8";
  public static final String EVENT_STREAM = "text/event-stream; charset=utf-8";

  private final int status;
  private final String contentType;
  private final byte[] body;
  private final String errorCode;

  private ActionResponse(int status, String contentType, byte[] body, String errorCode) {
    this.status = status;
    this.contentType = contentType;
    this.body = body;
    this.errorCode = errorCode;
  }

  /** A success: 200 with this body, which the response keeps (the caller must not change it). */
  public static ActionResponse ok(String contentType, byte[] body) {
    return new ActionResponse(200, contentType, body, null);
  }

  /** An error with its status and code, and a body that describes it. */
  public static ActionResponse error(ActionError error, byte[] body) {
    return new ActionResponse(error.status(), JSON, body, error.code());
  }

  /** The HTTP status: 200, or the error's. */
  public int status() {
    return status;
  }

  public String contentType() {
    return contentType;
  }

  /** The body; callers must not change the array. */
  public byte[] body() {
    return body;
  }

  public String bodyText() {
    return new String(body, StandardCharsets.UTF_8);
  }

  /** The error code, such as {@code invalid_payload}, or empty for a success. */
  public Optional<String> errorCode() {
    return Optional.ofNullable(errorCode);
  }

  @Override
  public String toString() {
    return "ActionResponse[" + status + (errorCode == null ? "" : " " + errorCode) + "]";
  }
}
