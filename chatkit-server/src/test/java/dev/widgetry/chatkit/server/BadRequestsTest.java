package dev.widgetry.chatkit.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.widgetry.chatkit.server.store.Order;
import dev.widgetry.chatkit.server.store.SqliteStore;
import dev.widgetry.runtime.ActionContext;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * What cannot be answered gets ChatKit's {@code error} event (streaming requests) or a JSON error,
 * never a stack trace, and changes nothing in the thread.
 */
class BadRequestsTest {
  private final SqliteStore store = SqliteStore.inMemory();
  private final AtomicInteger answered = new AtomicInteger();
  private final TestClient client = new TestClient(ChatKitServer.builder((thread, message, context, stream) -> {
        answered.incrementAndGet();
        stream.text("ok");
      })
      .store(store)
      .maxBodyBytes(4096)
      .build());

  @AfterEach
  void close() {
    store.close();
  }

  @Test
  void aBodyThatIsNotJsonIsMalformed() {
    Answer answer = client.post("{\"type\": \"threads.list\", ");

    assertEquals(400, answer.status());
    assertEquals("malformed_request", answer.errorCode(), answer.json().toString());
  }

  @Test
  void anUnknownTypeIsUnsupportedAndSaysWhichTypesThereAre() {
    Answer answer = client.post("{\"type\": \"threads.archive\", \"params\": {}}");

    assertEquals(400, answer.status());
    assertEquals("unsupported_request", answer.errorCode());
    assertTrue(answer.json().path("error").path("message").asText().contains("threads.list"),
        answer.json().toString());
  }

  @Test
  void missingParamsAreMalformedWithTheirPointer() {
    Answer noParams = client.post("{\"type\": \"threads.get_by_id\"}");
    Answer noThreadId = client.post("{\"type\": \"threads.get_by_id\", \"params\": {}}");
    Answer wrongKind = client.post("{\"type\": \"threads.add_user_message\", \"params\": {\"thread_id\": 7}}");

    assertEquals("malformed_request", noParams.errorCode());
    assertEquals("/params", noParams.json().path("error").path("problems").path(0).path("pointer").asText());
    assertEquals("/params/thread_id",
        noThreadId.json().path("error").path("problems").path(0).path("pointer").asText());
    assertEquals("malformed_request", wrongKind.errorCode());
    assertEquals(0, answered.get());
  }

  @Test
  void aBodyOverTheLimitIsRefusedUnread() {
    Answer answer = client.post(Bodies.create("x".repeat(5000)));

    assertEquals(413, answer.status());
    assertEquals("request_too_large", answer.errorCode());
    assertEquals(0, store.loadThreads(10, null, Order.DESC, ActionContext.empty()).data().size());
  }

  @Test
  void aMessageToAnUnknownThreadIsAnErrorEventAndKeepsNothing() {
    Answer answer = client.post(Bodies.addMessage("thr_0000000000000000", "hello"));

    assertEquals(List.of("error"), answer.types());
    assertTrue(answer.event("error").path("message").asText().contains("thr_0000000000000000"));
    assertFalse(answer.event("error").path("allow_retry").asBoolean());
    assertEquals(0, answered.get());
  }

  @Test
  void jsonRequestsAboutUnknownThingsAreNotFound() {
    String threadId = client.post(Bodies.create("hi")).createdThreadId();

    for (String body : List.of(Bodies.getThread("thr_0000000000000000"),
        Bodies.listItems("thr_0000000000000000", null, "asc", null),
        Bodies.listItems(threadId, null, "asc", "msg_0000000000000000"),
        Bodies.update("thr_0000000000000000", "x"), Bodies.delete("thr_0000000000000000"),
        Bodies.feedback("thr_0000000000000000", "msg_1", "positive"), Bodies.deleteAttachment("atc_1"))) {
      Answer answer = client.post(body);
      assertEquals(404, answer.status(), body);
      assertEquals("not_found", answer.errorCode(), body);
    }
  }

  @Test
  void aMessageWithAnUnknownAttachmentKeepsNothing() {
    String body = Bodies.create("see attached").replace("\"attachments\":[]", "\"attachments\":[\"atc_missing\"]");

    Answer answer = client.post(body);

    assertEquals(List.of("error"), answer.types());
    assertEquals(0, store.loadThreads(10, null, Order.DESC, ActionContext.empty()).data().size());
  }

  @Test
  void retryingAfterAnItemThatIsNotAUserMessageIsRefused() {
    Answer created = client.post(Bodies.create("hi"));
    String threadId = created.createdThreadId();
    String assistantId = created.events().get(created.events().size() - 1).path("item").path("id").asText();

    Answer answer = client.post(Bodies.retry(threadId, assistantId));

    assertEquals(List.of("error"), answer.types());
    assertEquals(2, client.post(Bodies.listItems(threadId, null, "asc", null)).json().path("data").size());
  }

  @Test
  void whatTheServerWasNotGivenIsUnsupported() {
    assertEquals("unsupported_request", client.post(Bodies.createAttachment("a.txt", 3, "text/plain")).errorCode());
    assertEquals("unsupported_request", client.post(Bodies.transcribe("AAAA", "audio/webm")).errorCode());
  }

  @Test
  void aFailingResponderSendsAnErrorThatOffersARetryAndKeepsTheMessage() {
    TestClient failing = new TestClient(ChatKitServer.builder((thread, message, context, stream) -> {
      try (TextStream text = stream.streamText()) {
        text.append("Half an ans");
        throw new IllegalStateException("the model went away");
      }
    }).store(store).build());

    Answer answer = failing.post(Bodies.create("hi"));

    assertEquals("error", answer.types().get(answer.types().size() - 1));
    assertEquals("stream.error", answer.event("error").path("code").asText());
    assertTrue(answer.event("error").path("allow_retry").asBoolean());
    Answer items = failing.post(Bodies.listItems(answer.createdThreadId(), null, "asc", null));
    assertEquals(2, items.json().path("data").size());
    assertEquals("Half an ans", items.json().path("data").path(1).path("content").path(0).path("text").asText());
  }
}
