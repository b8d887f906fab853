package dev.widgetry.chatkit.server.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.widgetry.chatkit.IconName;
import dev.widgetry.chatkit.server.types.Annotation;
import dev.widgetry.chatkit.server.types.AssistantMessageContent;
import dev.widgetry.chatkit.server.types.AssistantMessageItem;
import dev.widgetry.chatkit.server.types.Attachment;
import dev.widgetry.chatkit.server.types.ClientToolCallItem;
import dev.widgetry.chatkit.server.types.EndOfTurnItem;
import dev.widgetry.chatkit.server.types.FileAttachment;
import dev.widgetry.chatkit.server.types.GeneratedImageItem;
import dev.widgetry.chatkit.server.types.HiddenContextItem;
import dev.widgetry.chatkit.server.types.ImageAttachment;
import dev.widgetry.chatkit.server.types.InferenceOptions;
import dev.widgetry.chatkit.server.types.SdkHiddenContextItem;
import dev.widgetry.chatkit.server.types.Source;
import dev.widgetry.chatkit.server.types.StructuredInput;
import dev.widgetry.chatkit.server.types.StructuredInputItem;
import dev.widgetry.chatkit.server.types.Task;
import dev.widgetry.chatkit.server.types.TaskItem;
import dev.widgetry.chatkit.server.types.ThreadItem;
import dev.widgetry.chatkit.server.types.ThreadMetadata;
import dev.widgetry.chatkit.server.types.ThreadStatus;
import dev.widgetry.chatkit.server.types.UploadDescriptor;
import dev.widgetry.chatkit.server.types.UserMessageContent;
import dev.widgetry.chatkit.server.types.UserMessageItem;
import dev.widgetry.chatkit.server.types.WidgetItem;
import dev.widgetry.chatkit.server.types.Workflow;
import dev.widgetry.chatkit.server.types.WorkflowItem;
import dev.widgetry.chatkit.Card;
import dev.widgetry.chatkit.Text;
import dev.widgetry.runtime.ActionContext;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** What every {@link ThreadStore} does, run against each implementation on its real database. */
abstract class ThreadStoreContract {
  static final ActionContext CONTEXT = ActionContext.empty();
  static final Instant NOW = Instant.now().truncatedTo(ChronoUnit.MILLIS);

  /** A store on an empty database. */
  abstract ThreadStore store();

  @Test
  void aThreadIsSavedLoadedAndChanged() {
    ThreadStore store = store();
    ThreadMetadata thread = thread("thr_a");
    store.saveThread(thread, CONTEXT);
    assertEquals(thread, store.loadThread("thr_a", CONTEXT));

    ThreadMetadata closed = thread.withTitle("Groceries").withStatus(new ThreadStatus.Closed("done"))
        .withMetadata(Map.of("owner", JsonNodeFactory.instance.textNode("ada")));
    store.saveThread(closed, CONTEXT);
    assertEquals(closed, store.loadThread("thr_a", CONTEXT));
    assertEquals(1, store.loadThreads(10, null, Order.ASC, CONTEXT).data().size());
    assertThrows(NotFoundException.class, () -> store.loadThread("thr_none", CONTEXT));
  }

  @Test
  void threadsArePagedByCursorInBothOrders() {
    ThreadStore store = store();
    for (int i = 0; i < 5; i++) {
      store.saveThread(thread("thr_" + i), CONTEXT);
    }

    Page<ThreadMetadata> first = store.loadThreads(2, null, Order.DESC, CONTEXT);
    Page<ThreadMetadata> second = store.loadThreads(2, first.after(), Order.DESC, CONTEXT);
    Page<ThreadMetadata> last = store.loadThreads(2, second.after(), Order.DESC, CONTEXT);
    Page<ThreadMetadata> ascending = store.loadThreads(3, "thr_1", Order.ASC, CONTEXT);

    assertEquals(List.of("thr_4", "thr_3"), threadIds(first));
    assertTrue(first.hasMore());
    assertEquals("thr_3", first.after());
    assertEquals(List.of("thr_2", "thr_1"), threadIds(second));
    assertEquals(List.of("thr_0"), threadIds(last));
    assertFalse(last.hasMore());
    assertEquals(List.of("thr_2", "thr_3", "thr_4"), threadIds(ascending));
    assertFalse(ascending.hasMore());
    assertThrows(NotFoundException.class, () -> store.loadThreads(2, "thr_none", Order.DESC, CONTEXT));
  }

  @Test
  void itemsArePagedByCursorInBothOrders() {
    ThreadStore store = store();
    store.saveThread(thread("thr_a"), CONTEXT);
    for (int i = 0; i < 5; i++) {
      store.addItem(message("msg_" + i, "thr_a", "m" + i), CONTEXT);
    }

    Page<ThreadItem> first = store.loadItems("thr_a", null, 3, Order.ASC, CONTEXT);
    Page<ThreadItem> rest = store.loadItems("thr_a", first.after(), 3, Order.ASC, CONTEXT);
    Page<ThreadItem> newest = store.loadItems("thr_a", null, 2, Order.DESC, CONTEXT);
    Page<ThreadItem> older = store.loadItems("thr_a", "msg_3", 10, Order.DESC, CONTEXT);

    assertEquals(List.of("msg_0", "msg_1", "msg_2"), itemIds(first));
    assertTrue(first.hasMore());
    assertEquals(List.of("msg_3", "msg_4"), itemIds(rest));
    assertFalse(rest.hasMore());
    assertEquals("msg_4", rest.after());
    assertEquals(List.of("msg_4", "msg_3"), itemIds(newest));
    assertEquals(List.of("msg_2", "msg_1", "msg_0"), itemIds(older));
    assertThrows(NotFoundException.class, () -> store.loadItems("thr_a", "msg_none", 2, Order.ASC, CONTEXT));
    assertThrows(NotFoundException.class, () -> store.loadItems("thr_none", null, 2, Order.ASC, CONTEXT));
  }

  @Test
  void anEmptyThreadHasAnEmptyPageWithNoCursor() {
    ThreadStore store = store();
    store.saveThread(thread("thr_a"), CONTEXT);

    Page<ThreadItem> page = store.loadItems("thr_a", null, 20, Order.DESC, CONTEXT);

    assertEquals(List.of(), page.data());
    assertFalse(page.hasMore());
    assertEquals(null, page.after());
  }

  @Test
  void savingAnItemChangesItInPlaceAndAddingAfterwardsStillAppends() {
    ThreadStore store = store();
    store.saveThread(thread("thr_a"), CONTEXT);
    store.addItem(message("msg_0", "thr_a", "first"), CONTEXT);
    store.addItem(widget("msg_1", "thr_a", "before"), CONTEXT);
    store.addItem(message("msg_2", "thr_a", "third"), CONTEXT);

    store.saveItem(widget("msg_1", "thr_a", "after"), CONTEXT);
    store.saveItem(message("msg_3", "thr_a", "new"), CONTEXT);

    assertEquals(List.of("msg_0", "msg_1", "msg_2", "msg_3"), itemIds(store.loadItems("thr_a", null, 10, Order.ASC,
        CONTEXT)));
    assertEquals(widget("msg_1", "thr_a", "after"), store.loadItem("thr_a", "msg_1", CONTEXT));
  }

  @Test
  void savingAnItemNeverRewritesAnotherThreadsItemOfThatId() {
    ThreadStore store = store();
    store.saveThread(thread("thr_a"), CONTEXT);
    store.saveThread(thread("thr_b"), CONTEXT);
    store.addItem(message("msg_0", "thr_a", "ada's"), CONTEXT);

    assertThrows(StoreException.class, () -> store.saveItem(message("msg_0", "thr_b", "bob's"), CONTEXT));

    assertEquals(message("msg_0", "thr_a", "ada's"), store.loadItem("thr_a", "msg_0", CONTEXT));
    assertTrue(store.loadItems("thr_b", null, 10, Order.ASC, CONTEXT).data().isEmpty());
  }

  @Test
  void itemsAreLoadedAndDeletedByThreadAndId() {
    ThreadStore store = store();
    store.saveThread(thread("thr_a"), CONTEXT);
    store.saveThread(thread("thr_b"), CONTEXT);
    store.addItem(message("msg_0", "thr_a", "hi"), CONTEXT);

    assertEquals(message("msg_0", "thr_a", "hi"), store.loadItem("thr_a", "msg_0", CONTEXT));
    assertThrows(NotFoundException.class, () -> store.loadItem("thr_b", "msg_0", CONTEXT));
    assertThrows(NotFoundException.class, () -> store.addItem(message("msg_9", "thr_none", "x"), CONTEXT));

    store.deleteItem("thr_a", "msg_0", CONTEXT);
    assertThrows(NotFoundException.class, () -> store.loadItem("thr_a", "msg_0", CONTEXT));
  }

  @Test
  void deletingAThreadDeletesItsItemsAndNoOthers() {
    ThreadStore store = store();
    store.saveThread(thread("thr_a"), CONTEXT);
    store.saveThread(thread("thr_b"), CONTEXT);
    store.addItem(message("msg_a", "thr_a", "a"), CONTEXT);
    store.addItem(message("msg_b", "thr_b", "b"), CONTEXT);

    store.deleteThread("thr_a", CONTEXT);

    assertThrows(NotFoundException.class, () -> store.loadThread("thr_a", CONTEXT));
    assertThrows(NotFoundException.class, () -> store.loadItem("thr_a", "msg_a", CONTEXT));
    assertEquals(List.of("msg_b"), itemIds(store.loadItems("thr_b", null, 10, Order.ASC, CONTEXT)));
    store.saveThread(thread("thr_a"), CONTEXT);
    assertEquals(List.of(), store.loadItems("thr_a", null, 10, Order.ASC, CONTEXT).data());
  }

  @Test
  void attachmentsAreSavedLoadedAndDeleted() {
    ThreadStore store = store();
    Attachment image = new ImageAttachment("atc_1", "cat.png", "image/png",
        new UploadDescriptor("https://example.com/up/atc_1", UploadDescriptor.Method.PUT, Map.of("x-k", "v")),
        "thr_a", Map.of(), "https://example.com/up/atc_1");
    store.saveAttachment(image, CONTEXT);
    assertEquals(image, store.loadAttachment("atc_1", CONTEXT));

    Attachment file = new FileAttachment("atc_1", "cat.txt", "text/plain", null, null, null);
    store.saveAttachment(file, CONTEXT);
    assertEquals(file, store.loadAttachment("atc_1", CONTEXT));

    store.deleteAttachment("atc_1", CONTEXT);
    assertThrows(NotFoundException.class, () -> store.loadAttachment("atc_1", CONTEXT));
  }

  @Test
  void everyKindOfItemComesBackAsItWasKept() {
    ThreadStore store = store();
    store.saveThread(thread("thr_a"), CONTEXT);
    List<ThreadItem> items = everyKindOfItem("thr_a");
    for (ThreadItem item : items) {
      store.addItem(item, CONTEXT);
    }

    assertEquals(items, store.loadItems("thr_a", null, 50, Order.ASC, CONTEXT).data());
  }

  @Test
  void concurrentWritersToOneThreadLoseNothingAndKeepTheirOrder() throws Exception {
    ThreadStore store = store();
    store.saveThread(thread("thr_a"), CONTEXT);
    store.addItem(widget("msg_shared", "thr_a", "0"), CONTEXT);
    int writers = 8;
    int each = 40;
    ExecutorService pool = Executors.newFixedThreadPool(writers);
    CountDownLatch start = new CountDownLatch(1);
    List<Future<?>> done = new ArrayList<>();
    for (int w = 0; w < writers; w++) {
      int writer = w;
      done.add(pool.submit(() -> {
        start.await();
        for (int i = 0; i < each; i++) {
          store.addItem(message("msg_" + writer + "_" + i, "thr_a", "w" + writer + " " + i), CONTEXT);
          // Another kind of write to the same thread in between: an item changed in place.
          store.saveItem(widget("msg_shared", "thr_a", writer + ":" + i), CONTEXT);
        }
        return null;
      }));
    }
    start.countDown();
    for (Future<?> future : done) {
      future.get();
    }
    pool.shutdown();

    List<String> ids = new ArrayList<>();
    String after = null;
    Page<ThreadItem> page;
    do {
      page = store.loadItems("thr_a", after, 37, Order.ASC, CONTEXT);
      ids.addAll(itemIds(page));
      after = page.after();
    } while (page.hasMore());
    assertEquals(writers * each + 1, ids.size());
    assertEquals(ids.size(), ids.stream().distinct().count());
    assertEquals("msg_shared", ids.get(0));
    for (int w = 0; w < writers; w++) {
      String prefix = "msg_" + w + "_";
      List<String> mine = ids.stream().filter(id -> id.startsWith(prefix)).collect(Collectors.toList());
      List<String> expected = new ArrayList<>();
      for (int i = 0; i < each; i++) {
        expected.add(prefix + i);
      }
      assertEquals(expected, mine, "writer " + w + "'s items in the order it added them");
    }
  }

  static ThreadMetadata thread(String id) {
    return ThreadMetadata.of(id, NOW);
  }

  static UserMessageItem message(String id, String threadId, String text) {
    return new UserMessageItem(id, threadId, NOW, List.of(new UserMessageContent.Text(text)), null, null, null);
  }

  static WidgetItem widget(String id, String threadId, String text) {
    return new WidgetItem(id, threadId, NOW, Card.of(Text.of(text)), "copy " + text);
  }

  /** One item of each kind, with most of their optional parts. */
  static List<ThreadItem> everyKindOfItem(String threadId) {
    JsonNodeFactory json = JsonNodeFactory.instance;
    List<ThreadItem> items = new ArrayList<>();
    items.add(new UserMessageItem("msg_u", threadId, NOW,
        List.of(new UserMessageContent.Text("Book "), new UserMessageContent.Tag("city-1", "Lisbon",
            Map.of("iata", json.textNode("LIS")), "cities", true)),
        List.of(new FileAttachment("atc_f", "plan.pdf", "application/pdf", null, threadId, Map.of())),
        "the quote", new InferenceOptions(new InferenceOptions.ToolChoice("search"), "gpt-test")));
    items.add(new AssistantMessageItem("msg_a", threadId, NOW, List.of(new AssistantMessageContent("See [1]",
        List.of(new Annotation(new Source.Url("Docs", null, null, null, "https://example.com", "Example"), 4))))));
    items.add(new ClientToolCallItem("tc_c", threadId, NOW, ClientToolCallItem.Status.COMPLETED, "call_1", "locate",
        Map.of("precise", json.booleanNode(true)), json.objectNode().put("lat", 38.7)));
    items.add(new WidgetItem("msg_w", threadId, NOW, Card.of(Text.builder().value("x").id("t").build()), null));
    items.add(new GeneratedImageItem("msg_g", threadId, NOW,
        new GeneratedImageItem.GeneratedImage("img_1", "https://example.com/i.png")));
    items.add(new StructuredInputItem("msg_s", threadId, NOW, StructuredInputItem.Status.ANSWERED, List.of(
        new StructuredInput.MultipleChoice("q1", "Which?", new StructuredInput.Answer(List.of("a"), false),
            List.of(new StructuredInput.Option("a"), new StructuredInput.Option("b")), true),
        new StructuredInput.Freeform("q2", "Why?", null, "a hint"))));
    items.add(new WorkflowItem("wf_1", threadId, NOW, new Workflow(Workflow.Kind.REASONING, List.of(
        new Task.Thought(Task.StatusIndicator.COMPLETE, "Thinking", "First, ..."),
        new Task.Search(null, "Searching", "flights", List.of("lis"), List.of()),
        new Task.Custom(null, "Custom", IconName.BOLT, "**done**")),
        new Workflow.Summary.Duration(12), true)));
    items.add(new TaskItem("tsk_1", threadId, NOW, new Task.Files(Task.StatusIndicator.LOADING, "Reading",
        List.of(new Source.File("Plan", null, null, null, "plan.pdf")))));
    items.add(new HiddenContextItem("msg_h", threadId, NOW, json.objectNode().put("note", "for the model")));
    items.add(new SdkHiddenContextItem("msg_sdk", threadId, NOW, "The user cancelled the answer."));
    items.add(new EndOfTurnItem("msg_e", threadId, NOW));
    return Collections.unmodifiableList(items);
  }

  static List<String> threadIds(Page<ThreadMetadata> page) {
    return page.data().stream().map(ThreadMetadata::id).collect(Collectors.toList());
  }

  static List<String> itemIds(Page<ThreadItem> page) {
    return page.data().stream().map(ThreadItem::id).collect(Collectors.toList());
  }
}
