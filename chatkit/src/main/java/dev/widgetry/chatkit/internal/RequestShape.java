package dev.widgetry.chatkit.internal;

import com.fasterxml.jackson.core.JsonParser;
import dev.widgetry.runtime.ActionError;
import dev.widgetry.runtime.spi.ActionFailure;
import dev.widgetry.runtime.spi.Texts;

/**
 * Which of ChatKit's request shapes a body is, told from the envelope properties its reader met: a
 * page's {@code "action"}, or a server request's {@code "type"} and {@code "params"}. A body that
 * is neither, or both, is malformed; a server request of another type is unsupported.
 */
final class RequestShape {
  static final String SYNC = "threads.sync_custom_action";
  static final String STREAM = "threads.custom_action";

  private RequestShape() {}

  /**
   * The shape, once the whole body has been read.
   *
   * @param pageAction whether the body has a page's {@code "action"}
   * @param serverRequest whether it has a server request's {@code "type"} or {@code "params"}
   * @param requestType the server request's {@code "type"}, or null
   * @param parser the request's parser, where a malformed one is reported
   */
  static ChatKitCall.Shape decide(boolean pageAction, boolean serverRequest, String requestType,
      JsonParser parser) {
    if (pageAction) {
      if (serverRequest) {
        throw MalformedRequests.at(
            parser, "", "either a page's {\"action\": {...}} or a ChatKit server request", "both");
      }
      return ChatKitCall.Shape.PAGE;
    }
    if (SYNC.equals(requestType)) {
      return ChatKitCall.Shape.SYNC;
    }
    if (STREAM.equals(requestType)) {
      return ChatKitCall.Shape.STREAM;
    }
    if (requestType != null) {
      throw new ActionFailure(ActionError.UNSUPPORTED_REQUEST, "A ChatKit request of type \""
          + Texts.truncate(requestType) + "\" has no action to dispatch: only " + STREAM + " and " + SYNC + " do.");
    }
    throw MalformedRequests.at(parser, "", "{\"action\": {...}} or a ChatKit " + STREAM + " request");
  }
}
