package dev.widgetry.chatkit.server;

import dev.widgetry.chatkit.server.store.Order;
import dev.widgetry.chatkit.server.store.Page;
import dev.widgetry.chatkit.server.store.ThreadStore;
import dev.widgetry.chatkit.server.types.Attachment;
import dev.widgetry.chatkit.server.types.ThreadItem;
import dev.widgetry.chatkit.server.types.ThreadMetadata;
import dev.widgetry.runtime.ActionContext;

/** A store that passes every call to another: a test overrides the calls it needs to watch or break. */
class DelegatingStore implements ThreadStore {
  private final ThreadStore store;

  DelegatingStore(ThreadStore store) {
    this.store = store;
  }

  @Override
  public void saveThread(ThreadMetadata thread, ActionContext context) {
    store.saveThread(thread, context);
  }

  @Override
  public ThreadMetadata loadThread(String threadId, ActionContext context) {
    return store.loadThread(threadId, context);
  }

  @Override
  public Page<ThreadMetadata> loadThreads(int limit, String after, Order order, ActionContext context) {
    return store.loadThreads(limit, after, order, context);
  }

  @Override
  public void deleteThread(String threadId, ActionContext context) {
    store.deleteThread(threadId, context);
  }

  @Override
  public Page<ThreadItem> loadItems(String threadId, String after, int limit, Order order, ActionContext context) {
    return store.loadItems(threadId, after, limit, order, context);
  }

  @Override
  public void addItem(ThreadItem item, ActionContext context) {
    store.addItem(item, context);
  }

  @Override
  public void saveItem(ThreadItem item, ActionContext context) {
    store.saveItem(item, context);
  }

  @Override
  public ThreadItem loadItem(String threadId, String itemId, ActionContext context) {
    return store.loadItem(threadId, itemId, context);
  }

  @Override
  public void deleteItem(String threadId, String itemId, ActionContext context) {
    store.deleteItem(threadId, itemId, context);
  }

  @Override
  public void saveAttachment(Attachment attachment, ActionContext context) {
    store.saveAttachment(attachment, context);
  }

  @Override
  public Attachment loadAttachment(String attachmentId, ActionContext context) {
    return store.loadAttachment(attachmentId, context);
  }

  @Override
  public void deleteAttachment(String attachmentId, ActionContext context) {
    store.deleteAttachment(attachmentId, context);
  }
}
