package dev.widgetry.chatkit.server;

import dev.widgetry.chatkit.server.internal.Answers;
import dev.widgetry.chatkit.server.internal.ChatKitRequest;
import dev.widgetry.chatkit.server.internal.Ids;
import dev.widgetry.chatkit.server.store.AttachmentStore;
import dev.widgetry.chatkit.server.store.NotFoundException;
import dev.widgetry.chatkit.server.store.Order;
import dev.widgetry.chatkit.server.store.Page;
import dev.widgetry.chatkit.server.store.ThreadStore;
import dev.widgetry.chatkit.server.types.Attachment;
import dev.widgetry.chatkit.server.types.AttachmentWidgetCodec;
import dev.widgetry.chatkit.server.types.Thread;
import dev.widgetry.chatkit.server.types.ThreadItem;
import dev.widgetry.chatkit.server.types.ThreadItemPage;
import dev.widgetry.chatkit.server.types.ThreadItemPageWidgetCodec;
import dev.widgetry.chatkit.server.types.ThreadMetadata;
import dev.widgetry.chatkit.server.types.ThreadPage;
import dev.widgetry.chatkit.server.types.ThreadPageWidgetCodec;
import dev.widgetry.chatkit.server.types.ThreadWidgetCodec;
import dev.widgetry.chatkit.server.types.UserMessageItem;
import dev.widgetry.runtime.ActionContext;
import dev.widgetry.runtime.ActionError;
import dev.widgetry.runtime.ActionResponse;
import java.lang.System.Logger.Level;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/** The requests answered with one JSON document: reading and changing threads, items and attachments. */
final class JsonRequests {
  private static final System.Logger LOG = System.getLogger(ChatKitServer.class.getName());
  /** How many items a thread is sent with, and the page size when a list request names none. */
  static final int DEFAULT_PAGE = 20;
  private static final int MAX_PAGE = 100;

  private final Responder responder;
  private final ThreadStore store;
  private final AttachmentStore attachments;
  private final Transcriber transcriber;
  private final long maxAttachmentBytes;

  JsonRequests(Responder responder, ThreadStore store, AttachmentStore attachments, Transcriber transcriber,
      long maxAttachmentBytes) {
    this.responder = responder;
    this.store = store;
    this.attachments = attachments;
    this.transcriber = transcriber;
    this.maxAttachmentBytes = maxAttachmentBytes;
  }

  ActionResponse answer(ChatKitRequest request, ActionContext context) {
    try {
      if (request instanceof ChatKitRequest.GetThread get) {
        return thread(get.params().threadId(), context);
      }
      if (request instanceof ChatKitRequest.ListThreads list) {
        return threads(list.params(), context);
      }
      if (request instanceof ChatKitRequest.ListItems list) {
        return items(list.params(), context);
      }
      if (request instanceof ChatKitRequest.Feedback feedback) {
        store.loadThread(feedback.params().threadId(), context);
        responder.feedback(feedback.params().threadId(), feedback.params().itemIds(), feedback.params().kind(),
            context);
        return Answers.emptyObject();
      }
      if (request instanceof ChatKitRequest.UpdateThread update) {
        ThreadMetadata thread = store.loadThread(update.params().threadId(), context).withTitle(update.params().title());
        store.saveThread(thread, context);
        return ActionResponse.ok(ActionResponse.JSON,
            ThreadWidgetCodec.INSTANCE.toJsonBytes(Thread.of(thread, ThreadItemPage.EMPTY)));
      }
      if (request instanceof ChatKitRequest.DeleteThread delete) {
        return deleteThread(delete.params().threadId(), context);
      }
      if (request instanceof ChatKitRequest.CreateAttachment create) {
        return createAttachment(create.params(), context);
      }
      if (request instanceof ChatKitRequest.DeleteAttachment delete) {
        return deleteAttachment(delete.params().attachmentId(), context);
      }
      return transcribe(((ChatKitRequest.Transcribe) request).params(), context);
    } catch (NotFoundException e) {
      return ActionResponse.error(ActionError.NOT_FOUND, e.getMessage() + ".");
    } catch (Exception e) {
      LOG.log(Level.ERROR, "A ChatKit request failed", e);
      return ActionResponse.error(ActionError.INTERNAL_ERROR, "The request failed; the server logged why.");
    }
  }

  /** The thread with its first items, oldest first, the hidden ones left out. */
  private ActionResponse thread(String threadId, ActionContext context) {
    ThreadMetadata thread = store.loadThread(threadId, context);
    Page<ThreadItem> items = store.loadItems(threadId, null, DEFAULT_PAGE, Order.ASC, context);
    Thread whole = Thread.of(thread, visible(items));
    return ActionResponse.ok(ActionResponse.JSON, ThreadWidgetCodec.INSTANCE.toJsonBytes(whole));
  }

  private ActionResponse threads(ChatKitRequest.Params.ThreadList list, ActionContext context) {
    Page<ThreadMetadata> page = store.loadThreads(limit(list.limit()), list.after(), order(list.order()), context);
    List<Thread> threads = new ArrayList<>(page.data().size());
    for (ThreadMetadata thread : page.data()) {
      threads.add(Thread.of(thread, ThreadItemPage.EMPTY));
    }
    ThreadPage answer = new ThreadPage(threads, page.hasMore(), page.after());
    return ActionResponse.ok(ActionResponse.JSON, ThreadPageWidgetCodec.INSTANCE.toJsonBytes(answer));
  }

  private ActionResponse items(ChatKitRequest.Params.ItemList params, ActionContext context) {
    Page<ThreadItem> page = store.loadItems(params.threadId(), params.after(), limit(params.limit()),
        order(params.order()), context);
    return ActionResponse.ok(ActionResponse.JSON, ThreadItemPageWidgetCodec.INSTANCE.toJsonBytes(visible(page)));
  }

  private ActionResponse createAttachment(ChatKitRequest.Params.NewAttachment params, ActionContext context) {
    if (attachments == null) {
      return ActionResponse.error(ActionError.UNSUPPORTED_REQUEST,
          "This ChatKit server takes no attachments: give it an AttachmentStore.");
    }
    if (params.size() < 0) {
      return ActionResponse.error(ActionError.MALFORMED_REQUEST,
          "params.size is " + params.size() + ": an attachment's size is its number of bytes, 0 or more.");
    }
    if (params.size() > maxAttachmentBytes) {
      return ActionResponse.error(ActionError.REQUEST_TOO_LARGE, "The attachment has " + params.size()
          + " bytes; this server takes at most " + maxAttachmentBytes + ".");
    }
    Attachment attachment = attachments.create(Ids.attachment(), params.name(), params.size(), params.mimeType(),
        context);
    store.saveAttachment(attachment, context);
    return ActionResponse.ok(ActionResponse.JSON, AttachmentWidgetCodec.INSTANCE.toJsonBytes(attachment));
  }

  /** Deletes the thread, its items, and the attachments its messages carried: their metadata and bytes. */
  private ActionResponse deleteThread(String threadId, ActionContext context) throws Exception {
    store.loadThread(threadId, context);
    List<String> carried = new ArrayList<>();
    String after = null;
    Page<ThreadItem> page;
    do {
      page = store.loadItems(threadId, after, MAX_PAGE, Order.ASC, context);
      for (ThreadItem item : page.data()) {
        if (item instanceof UserMessageItem message) {
          for (Attachment attachment : message.attachments()) {
            carried.add(attachment.id());
          }
        }
      }
      after = page.after();
    } while (page.hasMore());
    store.deleteThread(threadId, context);
    for (String attachmentId : carried) {
      if (attachments != null) {
        attachments.delete(attachmentId, context);
      }
      store.deleteAttachment(attachmentId, context);
    }
    return Answers.emptyObject();
  }

  private ActionResponse deleteAttachment(String attachmentId, ActionContext context) throws Exception {
    store.loadAttachment(attachmentId, context);
    if (attachments != null) {
      attachments.delete(attachmentId, context);
    }
    store.deleteAttachment(attachmentId, context);
    return Answers.emptyObject();
  }

  private ActionResponse transcribe(ChatKitRequest.Params.Audio audio, ActionContext context) throws Exception {
    if (transcriber == null) {
      return ActionResponse.error(ActionError.UNSUPPORTED_REQUEST,
          "This ChatKit server does not transcribe speech: give it a Transcriber.");
    }
    byte[] bytes;
    try {
      bytes = Base64.getDecoder().decode(audio.audioBase64());
    } catch (IllegalArgumentException e) {
      return ActionResponse.error(ActionError.MALFORMED_REQUEST, "params.audio_base64 is not Base64: " + e.getMessage());
    }
    return Answers.text(transcriber.transcribe(bytes, audio.mimeType(), context));
  }

  /** The page without the items the client never sees. */
  private static ThreadItemPage visible(Page<ThreadItem> page) {
    List<ThreadItem> shown = new ArrayList<>(page.data().size());
    for (ThreadItem item : page.data()) {
      if (!item.hidden()) {
        shown.add(item);
      }
    }
    return new ThreadItemPage(shown, page.hasMore(), page.after());
  }

  private static int limit(Integer asked) {
    return asked == null || asked <= 0 ? DEFAULT_PAGE : Math.min(asked, MAX_PAGE);
  }

  private static Order order(Order asked) {
    return asked == null ? Order.DESC : asked;
  }
}
