package dev.widgetry.chatkit.server;

import dev.widgetry.chatkit.server.internal.ChatKitRequest;
import dev.widgetry.chatkit.server.internal.EventSink;
import dev.widgetry.chatkit.server.internal.Ids;
import dev.widgetry.chatkit.server.store.NotFoundException;
import dev.widgetry.chatkit.server.store.Order;
import dev.widgetry.chatkit.server.store.Page;
import dev.widgetry.chatkit.server.store.ThreadStore;
import dev.widgetry.chatkit.server.types.Attachment;
import dev.widgetry.chatkit.server.types.ClientToolCallItem;
import dev.widgetry.chatkit.server.types.StructuredInput;
import dev.widgetry.chatkit.server.types.StructuredInputItem;
import dev.widgetry.chatkit.server.types.Thread;
import dev.widgetry.chatkit.server.types.ThreadItem;
import dev.widgetry.chatkit.server.types.ThreadItemPage;
import dev.widgetry.chatkit.server.types.ThreadMetadata;
import dev.widgetry.chatkit.server.types.ThreadStreamEvent;
import dev.widgetry.chatkit.server.types.UserMessageInput;
import dev.widgetry.chatkit.server.types.UserMessageItem;
import dev.widgetry.runtime.ActionContext;
import dev.widgetry.runtime.ActionResponse;
import dev.widgetry.runtime.WidgetMiddleware;
import java.io.IOException;
import java.lang.System.Logger.Level;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The requests answered with thread events, custom actions aside: each checks what it names, keeps
 * the user's part (a message, a tool's output, answers), then lets the {@link Responder} answer.
 * What a request names that does not exist is an {@code error} event, sent before anything is kept.
 */
final class StreamedRequests {
  private static final System.Logger LOG = System.getLogger(ChatKitServer.class.getName());
  /** How far back a client tool's output looks for the call it answers. */
  private static final int TOOL_CALL_LOOKBACK = 20;
  private static final int RETRY_PAGE = 100;

  private final Responder responder;
  private final ThreadStore store;
  private final WidgetMiddleware middleware;

  StreamedRequests(Responder responder, ThreadStore store, WidgetMiddleware middleware) {
    this.responder = responder;
    this.store = store;
    this.middleware = middleware;
  }

  ActionResponse answer(ChatKitRequest request, ActionContext context) {
    return ActionResponse.stream(ActionResponse.EVENT_STREAM, out -> run(request, context, new EventSink(out)));
  }

  private void run(ChatKitRequest request, ActionContext context, EventSink sink) throws IOException {
    try {
      if (request instanceof ChatKitRequest.CreateThread create) {
        createThread(create.params().input(), context, sink);
      } else if (request instanceof ChatKitRequest.AddUserMessage add) {
        addUserMessage(add.params().threadId(), add.params().input(), context, sink);
      } else if (request instanceof ChatKitRequest.AddClientToolOutput output) {
        addToolOutput(output.params(), context, sink);
      } else if (request instanceof ChatKitRequest.AddStructuredInput answers) {
        addStructuredInput(answers.params(), context, sink);
      } else {
        retryAfter(((ChatKitRequest.RetryAfterItem) request).params(), context, sink);
      }
    } catch (NotFoundException | Refusal e) {
      sink.send(new ThreadStreamEvent.ErrorEvent(ThreadStreamEvent.ErrorEvent.ErrorCode.CUSTOM, e.getMessage(), false));
    } catch (RuntimeException e) {
      // A store of the application's may fail with any exception: the client still gets an error event.
      LOG.log(Level.ERROR, "The store failed while answering a ChatKit request", e);
      sink.send(new ThreadStreamEvent.ErrorEvent(ThreadStreamEvent.ErrorEvent.ErrorCode.STREAM_ERROR, null, true));
    }
  }

  private void createThread(UserMessageInput input, ActionContext context, EventSink sink) throws IOException {
    List<Attachment> attachments = attachments(input, null, context);
    ThreadMetadata thread = ThreadMetadata.of(Ids.thread(), Instant.now());
    store.saveThread(thread, context);
    sink.send(new ThreadStreamEvent.ThreadCreated(Thread.of(thread, ThreadItemPage.EMPTY)));
    respondTo(thread, input, attachments, context, sink);
  }

  private void addUserMessage(String threadId, UserMessageInput input, ActionContext context, EventSink sink)
      throws IOException {
    ThreadMetadata thread = store.loadThread(threadId, context);
    List<Attachment> attachments = attachments(input, thread.id(), context);
    respondTo(thread, input, attachments, context, sink);
  }

  /** Keeps the user's message, sends it done, and answers it. */
  private void respondTo(ThreadMetadata thread, UserMessageInput input, List<Attachment> attachments,
      ActionContext context, EventSink sink) throws IOException {
    List<Attachment> sent = new ArrayList<>(attachments.size());
    for (Attachment attachment : attachments) {
      Attachment inThread = attachment.inThread(thread.id());
      store.saveAttachment(inThread, context);
      sent.add(inThread);
    }
    UserMessageItem message = new UserMessageItem(Ids.message(), thread.id(), Instant.now(), input.content(), sent,
        input.quotedText(), input.inferenceOptions());
    store.addItem(message, context);
    sink.send(new ThreadStreamEvent.ItemDone(message));
    respond(thread, message, context, sink);
  }

  /**
   * The message's attachments: each must exist, and be in no thread yet or in this one ({@code
   * threadId}, null for a new thread), so a message never takes another thread's attachment.
   */
  private List<Attachment> attachments(UserMessageInput input, String threadId, ActionContext context) {
    List<Attachment> found = new ArrayList<>(input.attachments().size());
    for (String id : input.attachments()) {
      Attachment attachment = store.loadAttachment(id, context);
      if (attachment.threadId() != null && !attachment.threadId().equals(threadId)) {
        throw new Refusal("Attachment " + id + " belongs to another thread; upload it again to send it here.");
      }
      found.add(attachment);
    }
    return found;
  }

  private void addToolOutput(ChatKitRequest.Params.ToolOutput output, ActionContext context, EventSink sink)
      throws IOException {
    ThreadMetadata thread = store.loadThread(output.threadId(), context);
    Page<ThreadItem> recent = store.loadItems(thread.id(), null, TOOL_CALL_LOOKBACK, Order.DESC, context);
    ClientToolCallItem call = null;
    for (ThreadItem item : recent.data()) {
      if (item instanceof ClientToolCallItem candidate && candidate.status() == ClientToolCallItem.Status.PENDING) {
        call = candidate;
        break;
      }
    }
    if (call == null) {
      throw new Refusal("Thread " + thread.id() + " has no client tool call waiting for its output.");
    }
    store.saveItem(call.completed(output.result()), context);
    respond(thread, null, context, sink);
  }

  private void addStructuredInput(ChatKitRequest.Params.StructuredAnswers answers, ActionContext context,
      EventSink sink) throws IOException {
    ThreadMetadata thread = store.loadThread(answers.threadId(), context);
    ThreadItem item = store.loadItem(thread.id(), answers.itemId(), context);
    if (!(item instanceof StructuredInputItem questions)) {
      throw new Refusal("Item " + answers.itemId() + " is not a structured input.");
    }
    if (questions.status() != StructuredInputItem.Status.PENDING) {
      throw new Refusal("Item " + answers.itemId() + " was " + questions.status().name().toLowerCase(Locale.ROOT)
          + " already.");
    }
    boolean skipped = answers.input().status() == ChatKitRequest.Params.Submission.Status.SKIPPED;
    Map<String, ChatKitRequest.Params.SubmittedAnswer> given = answers.input().answers();
    List<StructuredInput> answered = new ArrayList<>(questions.inputs().size());
    for (StructuredInput question : questions.inputs()) {
      ChatKitRequest.Params.SubmittedAnswer answer = given.get(question.id());
      if (answer != null) {
        requireOffered(question, answer.values());
      }
      answered.add(answer == null ? question
          : question.answered(new StructuredInput.Answer(answer.values(), answer.skipped())));
    }
    for (String id : given.keySet()) {
      if (questions.inputs().stream().noneMatch(question -> question.id().equals(id))) {
        throw new Refusal("Item " + answers.itemId() + " asks no question " + id + ".");
      }
    }
    StructuredInputItem done = questions.with(
        skipped ? StructuredInputItem.Status.SKIPPED : StructuredInputItem.Status.ANSWERED, answered);
    store.saveItem(done, context);
    sink.send(new ThreadStreamEvent.ItemReplaced(done));
    respond(thread, null, context, sink);
  }

  /** Refuses values a multiple-choice question does not offer, or more than one where it takes one. */
  private static void requireOffered(StructuredInput question, List<String> values) {
    if (!(question instanceof StructuredInput.MultipleChoice choice) || values == null) {
      return;
    }
    if (values.size() > 1 && !Boolean.TRUE.equals(choice.multiple())) {
      throw new Refusal("Question " + choice.id() + " takes one option, not " + values.size() + ".");
    }
    for (String value : values) {
      if (choice.options().stream().noneMatch(option -> option.value().equals(value))) {
        throw new Refusal("Question " + choice.id() + " offers no option \"" + value + "\".");
      }
    }
  }

  /** Drops what followed a user message and answers it again. */
  private void retryAfter(ChatKitRequest.Params.ThreadItemRef ref, ActionContext context, EventSink sink)
      throws IOException {
    ThreadMetadata thread = store.loadThread(ref.threadId(), context);
    if (!(store.loadItem(thread.id(), ref.itemId(), context) instanceof UserMessageItem message)) {
      throw new Refusal("Item " + ref.itemId() + " is not a user message, so there is nothing to answer again.");
    }
    List<ThreadItem> after = new ArrayList<>();
    Page<ThreadItem> page = null;
    do {
      page = store.loadItems(thread.id(), page == null ? message.id() : page.after(), RETRY_PAGE, Order.ASC, context);
      after.addAll(page.data());
    } while (page.hasMore());
    for (ThreadItem item : after) {
      store.deleteItem(thread.id(), item.id(), context);
    }
    respond(thread, message, context, sink);
  }

  /** Runs the responder on a stream of the thread: the answer's events follow {@code stream_options}. */
  private void respond(ThreadMetadata thread, UserMessageItem message, ActionContext context, EventSink sink)
      throws IOException {
    sink.send(ThreadStream.CANCELLABLE);
    ActionContext threadContext = context.withThreadId(thread.id());
    ThreadStream stream = new ThreadStream(sink, store, threadContext, thread, middleware);
    try {
      responder.respond(thread, message, threadContext, stream);
      stream.finish();
    } catch (StreamCancelledException e) {
      stream.keepWhatWasDone();
      throw e.getCause();
    } catch (Exception | StackOverflowError | LinkageError | AssertionError e) {
      LOG.log(Level.ERROR, "The responder failed to answer in thread " + thread.id(), e);
      stream.keepWhatWasDone();
      try {
        stream.send(new ThreadStreamEvent.ErrorEvent(ThreadStreamEvent.ErrorEvent.ErrorCode.STREAM_ERROR, null, true));
      } catch (StreamCancelledException gone) {
        throw gone.getCause();
      }
    }
  }

  /** A request that names things that exist but cannot be done with them. */
  private static final class Refusal extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Refusal(String message) {
      super(message, null, false, false);
    }
  }
}
