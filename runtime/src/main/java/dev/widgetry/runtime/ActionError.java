package dev.widgetry.runtime;

/**
 * The ways an action request fails before, or instead of, reaching a handler. Each has a stable
 * code for clients to switch on, and the HTTP status it answers with.
 */
public enum ActionError {
  /** The body is not JSON, or not an action request. */
  MALFORMED_REQUEST("malformed_request", 400),
  /** A ChatKit request other than the two custom-action ones. */
  UNSUPPORTED_REQUEST("unsupported_request", 400),
  /** No handler declares this action type. */
  UNKNOWN_ACTION("unknown_action", 400),
  /** The payload does not parse into the handler's payload type, or breaks its constraints. */
  INVALID_PAYLOAD("invalid_payload", 422),
  /** The request names a thread, item or attachment that does not exist. */
  NOT_FOUND("not_found", 404),
  /** The body is larger than the dispatcher accepts. */
  REQUEST_TOO_LARGE("request_too_large", 413),
  /** The handler threw, or its result could not be written. */
  HANDLER_FAILED("handler_failed", 500),
  /** An HTTP request with a method other than POST. */
  METHOD_NOT_ALLOWED("method_not_allowed", 405),
  /** The server failed around the handler, e.g. while building the context; the request may not have reached it. */
  INTERNAL_ERROR("internal_error", 500);

  private final String code;
  private final int status;

  ActionError(String code, int status) {
    this.code = code;
    this.status = status;
  }

  public String code() {
    return code;
  }

  public int status() {
    return status;
  }
}
