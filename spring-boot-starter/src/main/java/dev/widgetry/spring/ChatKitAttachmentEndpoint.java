package dev.widgetry.spring;

import dev.widgetry.chatkit.server.AttachmentDownload;
import dev.widgetry.chatkit.server.ChatKitServer;
import dev.widgetry.chatkit.server.store.NotFoundException;
import dev.widgetry.runtime.ActionContext;
import dev.widgetry.runtime.ActionError;
import dev.widgetry.runtime.ActionResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.web.HttpRequestHandler;
import org.springframework.web.servlet.HandlerMapping;

/**
 * Serves a ChatKit server's attachments at {@code <widgetry.chatkit.path>/attachments/<id>}, the
 * address {@code attachments.create} gives the client, as the JDK server's {@code
 * AttachmentEndpoint} does: {@code PUT} keeps the body as the attachment's bytes ({@code 204}),
 * bounded by the server's attachment limit on the declared length and as the bytes come; {@code
 * GET} sends them under headers that never let a browser run them. An unknown attachment is {@code
 * 404 not_found}; a failure of the store or of a customizer is {@code 500 internal_error} under
 * the request's id. The store gets the request's context, as the ChatKit endpoint's handler does.
 */
final class ChatKitAttachmentEndpoint implements HttpRequestHandler {
  private static final Log LOG = LogFactory.getLog(ChatKitAttachmentEndpoint.class);
  private static final String ALLOW = "GET, HEAD, PUT, OPTIONS";

  private final ChatKitServer server;
  private final List<ActionContextCustomizer> customizers;

  ChatKitAttachmentEndpoint(ChatKitServer server, List<ActionContextCustomizer> customizers) {
    this.server = server;
    this.customizers = List.copyOf(customizers);
  }

  @Override
  public void handleRequest(HttpServletRequest request, HttpServletResponse response) throws IOException {
    try {
      switch (request.getMethod()) {
        case "PUT" -> upload(request, response, attachmentId(request));
        case "GET", "HEAD" -> download(request, response, attachmentId(request));
        case "OPTIONS" -> EndpointReplies.allowed(response, ALLOW);
        default -> EndpointReplies.methodNotAllowed(response, ALLOW, request.getMethod());
      }
    } catch (NotFoundException e) {
      EndpointReplies.error(response, ActionError.NOT_FOUND, e.getMessage() + ".");
    } catch (RuntimeException e) {
      EndpointReplies.failed(LOG, request, response, e);
    }
  }

  private void upload(HttpServletRequest request, HttpServletResponse response, String id) throws IOException {
    ActionContext context = RequestContexts.of(request, customizers);
    Optional<ActionResponse> refused;
    try {
      refused = server.receiveUpload(id, request.getContentLengthLong(), request.getInputStream(), context);
    } catch (IOException e) {
      EndpointReplies.failed(LOG, request, response, e);
      return;
    }
    if (refused.isPresent()) {
      EndpointReplies.error(response, refused.get());
      return;
    }
    response.setStatus(HttpServletResponse.SC_NO_CONTENT);
    response.setHeader("Cache-Control", "no-store");
  }

  private void download(HttpServletRequest request, HttpServletResponse response, String id) throws IOException {
    AttachmentDownload download;
    try {
      download = server.download(id, RequestContexts.of(request, customizers));
    } catch (IOException e) {
      EndpointReplies.failed(LOG, request, response, e);
      return;
    }
    try (download) {
      download.headers().forEach(response::setHeader);
      response.setStatus(HttpServletResponse.SC_OK);
      download.bytes().transferTo(response.getOutputStream());
    } catch (IOException e) {
      LOG.debug("The attachment of " + EndpointReplies.describe(request) + " could not be sent to its end", e);
    }
  }

  /** The path's last segment, which the handler mapping matched as {@code *}. */
  private static String attachmentId(HttpServletRequest request) {
    Object within = request.getAttribute(HandlerMapping.PATH_WITHIN_HANDLER_MAPPING_ATTRIBUTE);
    if (!(within instanceof String id) || id.isEmpty() || id.contains("/")) {
      throw new NotFoundException("attachment", String.valueOf(within));
    }
    return id;
  }
}
