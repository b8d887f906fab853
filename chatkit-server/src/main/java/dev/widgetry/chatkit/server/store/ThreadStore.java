package dev.widgetry.chatkit.server.store;

import dev.widgetry.chatkit.server.types.Attachment;
import dev.widgetry.chatkit.server.types.ThreadItem;
import dev.widgetry.chatkit.server.types.ThreadMetadata;
import dev.widgetry.runtime.ActionContext;

/**
 * Where a ChatKit server keeps threads, their items and attachments' metadata. {@link SqliteStore}
 * is the default, in one file; {@link PostgresStore} lets several instances of an application share
 * one database.
 *
 * <p>Neither keeps threads per user: they ignore the context, so every request lists every thread
 * and reaches any thread, item or attachment whose id it names. Every method gets the request's
 * context so that a store of the application's can: with the signed-in user in the context, it
 * keeps the owner beside each thread, lists only the user's own, and throws {@link
 * NotFoundException} for what belongs to someone else.
 *
 * <p>Items keep the order they were added in, whoever adds them: two requests writing to one
 * thread at once lose nothing. Saving an item that exists changes it in place. Implementations are
 * thread-safe.
 *
 * @see AttachmentStore for attachments' bytes
 */
public interface ThreadStore {

  /** Adds the thread, or changes it when it exists. */
  void saveThread(ThreadMetadata thread, ActionContext context);

  /** @throws NotFoundException when there is no such thread */
  ThreadMetadata loadThread(String threadId, ActionContext context);

  /**
   * A page of threads, newest first for {@link Order#DESC}.
   *
   * @param after the id of the thread the page starts after, or null for the first page
   */
  Page<ThreadMetadata> loadThreads(int limit, String after, Order order, ActionContext context);

  /** Deletes the thread and all of its items; nothing when there is no such thread. */
  void deleteThread(String threadId, ActionContext context);

  /**
   * A page of the thread's items, in the order they were added ({@link Order#ASC}) or the reverse.
   *
   * @param after the id of the item the page starts after, or null for the first page
   * @throws NotFoundException when there is no such thread, or {@code after} names no item of it
   */
  Page<ThreadItem> loadItems(String threadId, String after, int limit, Order order, ActionContext context);

  /**
   * Adds an item at the end of its thread ({@link ThreadItem#threadId()}).
   *
   * @throws NotFoundException when there is no such thread
   */
  void addItem(ThreadItem item, ActionContext context);

  /**
   * Changes an item in place, keeping its position; adds it at the end of its thread when it is new.
   *
   * @throws NotFoundException when there is no such thread
   * @throws StoreException when another thread holds an item of this id (an item's id names one item
   *     across all threads), leaving that item as it was
   */
  void saveItem(ThreadItem item, ActionContext context);

  /** @throws NotFoundException when the thread holds no such item */
  ThreadItem loadItem(String threadId, String itemId, ActionContext context);

  /** Deletes an item; nothing when the thread holds no such item. */
  void deleteItem(String threadId, String itemId, ActionContext context);

  /** Adds an attachment's metadata, or changes it when it exists. */
  void saveAttachment(Attachment attachment, ActionContext context);

  /** @throws NotFoundException when there is no such attachment */
  Attachment loadAttachment(String attachmentId, ActionContext context);

  /** Deletes an attachment's metadata; nothing when there is no such attachment. */
  void deleteAttachment(String attachmentId, ActionContext context);
}
