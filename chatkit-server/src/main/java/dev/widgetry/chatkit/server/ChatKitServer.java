package dev.widgetry.chatkit.server;

import dev.widgetry.chatkit.server.internal.Answers;
import dev.widgetry.chatkit.server.internal.ChatKitRequest;
import dev.widgetry.chatkit.server.internal.Requests;
import dev.widgetry.chatkit.server.store.AttachmentStore;
import dev.widgetry.chatkit.server.store.NotFoundException;
import dev.widgetry.chatkit.server.store.SqliteStore;
import dev.widgetry.chatkit.server.store.ThreadStore;
import dev.widgetry.chatkit.server.types.Attachment;
import dev.widgetry.runtime.ActionContext;
import dev.widgetry.runtime.ActionDispatcher;
import dev.widgetry.runtime.ActionError;
import dev.widgetry.runtime.ActionResponse;
import dev.widgetry.runtime.RequestHandler;
import dev.widgetry.runtime.WidgetMiddleware;
import dev.widgetry.runtime.WidgetParseException;
import java.io.IOException;
import java.io.InputStream;
import java.lang.System.Logger.Level;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/**
 * A ChatKit backend: answers every request ChatKit's client posts to its one endpoint, as
 * chatkit-python does. Streaming requests (a new thread, a user message, a tool's output, a retry,
 * a widget's action) are answered with Server-Sent Events, the rest with JSON. The application
 * answers user messages with a {@link Responder}; widget actions reach its {@code @OnAction}
 * handlers through its {@link ActionDispatcher}; threads are kept in a {@link ThreadStore}.
 *
 * <pre>{@code
 * ChatKitServer server = ChatKitServer.builder(assistant)
 *     .actions(ActionDispatcher.of(new CartHandlers()))
 *     .store(SqliteStore.open(Path.of("chat.db")))
 *     .build();
 * ActionEndpoint.of(server).mountOn(httpServer, "/chatkit");        // over HTTP
 * ActionResponse response = server.handle(body, ActionContext.empty()); // or from any server
 * }</pre>
 *
 * With an {@link AttachmentStore}, {@code attachments.create} tells the client where to upload the
 * bytes; {@link #upload} and {@link #download} are what that address calls
 * ({@link dev.widgetry.chatkit.server.http.AttachmentEndpoint} on the JDK's server).
 *
 * A request that cannot be answered gets an error, never a stack trace: a body that is not a ChatKit
 * request, or too large, gets a JSON error ({@code malformed_request}, {@code unsupported_request},
 * {@code request_too_large}); a streaming request that names a thread or item that does not exist
 * gets an {@code error} event, and JSON requests a {@code not_found} error; such a request, and one
 * that cannot be done (an attachment of another thread, an answer to a question not asked), is
 * refused before anything is kept. A store that fails midway may leave what it kept before (a new
 * thread with no message yet, say): the client gets an {@code error} event that allows a retry.
 * Thread-safe; build one at start-up, and {@link #close} it at shut-down when it opened its own store.
 */
public final class ChatKitServer implements RequestHandler, AutoCloseable {
  private static final System.Logger LOG = System.getLogger(ChatKitServer.class.getName());

  private final ThreadStore store;
  /** The store this server opened itself (no {@link Builder#store} given), which it closes; else null. */
  private final SqliteStore ownStore;
  private final AttachmentStore attachments;
  private final int maxBodyBytes;
  private final long maxAttachmentBytes;
  private final StreamedRequests streamed;
  private final JsonRequests json;
  private final ActionRequests actions;

  private ChatKitServer(Builder builder, ThreadStore store, SqliteStore ownStore) {
    this.store = store;
    this.ownStore = ownStore;
    this.attachments = builder.attachments;
    this.maxBodyBytes = builder.maxBodyBytes;
    this.maxAttachmentBytes = builder.maxAttachmentBytes;
    this.streamed = new StreamedRequests(builder.responder, store, builder.middleware);
    this.json = new JsonRequests(builder.responder, store, builder.attachments, builder.transcriber,
        builder.maxAttachmentBytes);
    this.actions = new ActionRequests(builder.actions, store);
  }

  /** A builder for a server whose assistant is {@code responder}. */
  public static Builder builder(Responder responder) {
    return new Builder(Objects.requireNonNull(responder, "responder"));
  }

  /**
   * Answers one request. The stage never completes exceptionally; a streamed answer runs the
   * responder as it is written ({@link ActionResponse#writeTo}).
   */
  @Override
  public CompletionStage<ActionResponse> dispatch(byte[] body, ActionContext context) {
    Objects.requireNonNull(context, "context");
    if (body.length > maxBodyBytes) {
      return CompletableFuture.completedFuture(ActionResponse.error(ActionError.REQUEST_TOO_LARGE,
          "The body has " + body.length + " bytes; this endpoint accepts at most " + maxBodyBytes + "."));
    }
    ChatKitRequest request;
    try {
      request = Requests.read(body);
    } catch (WidgetParseException e) {
      return CompletableFuture.completedFuture(Answers.refused(e));
    }
    if (request instanceof ChatKitRequest.CustomAction action) {
      return actions.answer(body, action.params(), true, context);
    }
    if (request instanceof ChatKitRequest.SyncCustomAction action) {
      return actions.answer(body, action.params(), false, context);
    }
    ActionResponse response = request.streams() ? streamed.answer(request, context) : json.answer(request, context);
    return CompletableFuture.completedFuture(response);
  }

  /** Answers one request and waits for the answer to begin (a stream is written by {@link ActionResponse#writeTo}). */
  public ActionResponse handle(byte[] body, ActionContext context) {
    return dispatch(body, context).toCompletableFuture().join();
  }

  /** Answers one request given as text. */
  public ActionResponse handle(String body, ActionContext context) {
    return handle(body.getBytes(StandardCharsets.UTF_8), context);
  }

  @Override
  public int maxBodyBytes() {
    return maxBodyBytes;
  }

  /** Where this server keeps its threads. */
  public ThreadStore store() {
    return store;
  }

  /** The largest attachment this server takes, in bytes. */
  public long maxAttachmentBytes() {
    return maxAttachmentBytes;
  }

  /**
   * Keeps the bytes the client uploads for an attachment that {@code attachments.create} made: what
   * an upload route calls. A second upload replaces the first.
   *
   * @throws NotFoundException when there is no such attachment, or this server takes none
   * @throws UploadException when the client sent more than {@link #maxAttachmentBytes()}, or its
   *     bytes could not be read to their end; nothing is kept
   * @throws IOException when the store cannot keep them
   */
  public void upload(String attachmentId, InputStream bytes, ActionContext context) throws IOException {
    Attachment attachment = attachment(attachmentId, context);
    attachments.write(attachment, new BoundedInputStream(bytes, maxAttachmentBytes), context);
  }

  /**
   * What an upload route does with a client's upload: refuses one whose declared length (-1 when
   * not declared) is larger than {@link #maxAttachmentBytes()} before reading it, then keeps the bytes
   * as {@link #upload} does. Empty when they were kept; otherwise the error to answer with:
   * {@code request_too_large} (413), {@code not_found} (404), or {@code malformed_request} (400)
   * when the client's bytes could not be read to their end. A too large answer leaves the rest of
   * the body unread, so the route should close the connection after it.
   *
   * @throws IOException when the store cannot keep the bytes
   */
  public Optional<ActionResponse> receiveUpload(String attachmentId, long declaredLength, InputStream bytes,
      ActionContext context) throws IOException {
    long limit = maxAttachmentBytes;
    if (declaredLength > limit) {
      return Optional.of(ActionResponse.error(ActionError.REQUEST_TOO_LARGE,
          "The upload has " + declaredLength + " bytes; this server takes at most " + limit + "."));
    }
    try {
      upload(attachmentId, bytes, context);
      return Optional.empty();
    } catch (NotFoundException e) {
      return Optional.of(ActionResponse.error(ActionError.NOT_FOUND, e.getMessage() + "."));
    } catch (UploadException e) {
      if (e.reason() == UploadException.Reason.TOO_LARGE) {
        return Optional.of(ActionResponse.error(ActionError.REQUEST_TOO_LARGE,
            "The upload has more than " + limit + " bytes; this server takes at most " + limit + "."));
      }
      LOG.log(Level.DEBUG, "The upload of attachment " + attachmentId + " could not be read", e);
      return Optional.of(ActionResponse.error(ActionError.MALFORMED_REQUEST, "The upload could not be read to its end."));
    }
  }

  /**
   * The bytes of an attachment with the headers to serve them under, for a route that shows it;
   * the caller closes it.
   *
   * @throws NotFoundException when there is no such attachment, or none was uploaded
   */
  public AttachmentDownload download(String attachmentId, ActionContext context) throws IOException {
    Attachment attachment = attachment(attachmentId, context);
    return new AttachmentDownload(attachment, attachments.read(attachmentId, context));
  }

  /** An attachment's metadata, when this server takes attachments and holds this one. */
  public Attachment attachment(String attachmentId, ActionContext context) {
    if (attachments == null) {
      throw new NotFoundException("attachment", attachmentId);
    }
    return store.loadAttachment(attachmentId, context);
  }

  /**
   * Closes the store this server opened when the builder was given none ({@code chatkit.db});
   * a store the application gave stays open, its owner closes it. Closing twice does nothing more.
   *
   * @throws dev.widgetry.chatkit.server.store.StoreException when that store cannot be closed
   */
  @Override
  public void close() {
    if (ownStore != null) {
      ownStore.close();
    }
  }

  /** Sets up a {@link ChatKitServer}. */
  public static final class Builder {
    private final Responder responder;
    private ThreadStore store;
    private ActionDispatcher actions;
    private AttachmentStore attachments;
    private Transcriber transcriber;
    private WidgetMiddleware middleware;
    private int maxBodyBytes = 1 << 20;
    private long maxAttachmentBytes = 20L << 20;

    private Builder(Responder responder) {
      this.responder = responder;
    }

    /**
     * Where threads are kept; the caller closes it. When not set, the server opens {@code chatkit.db}
     * in the working folder, a SQLite file, and closes it in {@link ChatKitServer#close}.
     */
    public Builder store(ThreadStore store) {
      this.store = Objects.requireNonNull(store, "store");
      return this;
    }

    /** The handlers of widget actions: the same dispatcher a page's actions reach. */
    public Builder actions(ActionDispatcher actions) {
      this.actions = Objects.requireNonNull(actions, "actions");
      return this;
    }

    /** Where attachments' bytes go; without one, the server takes no attachments. */
    public Builder attachments(AttachmentStore attachments) {
      this.attachments = Objects.requireNonNull(attachments, "attachments");
      return this;
    }

    /**
     * What changes every widget the {@link Responder} emits, for the request's context, before it
     * is compared with the state before, kept and sent: whole widgets, each state of a streamed one,
     * and widget items added or replaced. A {@link dev.widgetry.runtime.WidgetPipeline} runs several
     * in order. The widgets that actions' handlers return go through the {@link ActionDispatcher}'s
     * own middleware ({@link ActionDispatcher#withMiddleware}): give both the same one.
     */
    public Builder middleware(WidgetMiddleware middleware) {
      this.middleware = Objects.requireNonNull(middleware, "middleware");
      return this;
    }

    /** What turns speech into text for {@code input.transcribe}; without one, that request is refused. */
    public Builder transcriber(Transcriber transcriber) {
      this.transcriber = Objects.requireNonNull(transcriber, "transcriber");
      return this;
    }

    /** The largest request body, 1 MiB unless set; a larger one is refused before it is read. */
    public Builder maxBodyBytes(int bytes) {
      if (bytes <= 0) {
        throw new IllegalArgumentException("maxBodyBytes must be positive, was " + bytes);
      }
      this.maxBodyBytes = bytes;
      return this;
    }

    /** The largest attachment, 20 MiB unless set. */
    public Builder maxAttachmentBytes(long bytes) {
      if (bytes <= 0) {
        throw new IllegalArgumentException("maxAttachmentBytes must be positive, was " + bytes);
      }
      this.maxAttachmentBytes = bytes;
      return this;
    }

    public ChatKitServer build() {
      if (store != null) {
        return new ChatKitServer(this, store, null);
      }
      SqliteStore own = SqliteStore.open(Path.of("chatkit.db"));
      return new ChatKitServer(this, own, own);
    }
  }
}
