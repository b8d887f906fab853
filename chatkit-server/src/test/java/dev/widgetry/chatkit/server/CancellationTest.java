package dev.widgetry.chatkit.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.widgetry.chatkit.Card;
import dev.widgetry.chatkit.Text;
import dev.widgetry.chatkit.server.store.Order;
import dev.widgetry.chatkit.server.store.SqliteStore;
import dev.widgetry.chatkit.server.types.AssistantMessageItem;
import dev.widgetry.chatkit.server.types.ThreadItem;
import dev.widgetry.chatkit.server.types.ThreadMetadata;
import dev.widgetry.chatkit.server.types.WidgetItem;
import dev.widgetry.runtime.ActionContext;
import dev.widgetry.runtime.ActionResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A client that leaves mid-answer stops the responder at its next emit; what was done is kept, and
 * what was streaming is kept as far as it got.
 */
class CancellationTest {
  private final SqliteStore store = SqliteStore.inMemory();
  private final AtomicInteger produced = new AtomicInteger();

  @AfterEach
  void close() {
    store.close();
  }

  /** Takes events until a set number has been flushed, then fails as a closed connection does. */
  private static final class LeavingClient extends ByteArrayOutputStream {
    private final int leaveAfter;
    private int flushed;

    LeavingClient(int leaveAfter) {
      this.leaveAfter = leaveAfter;
    }

    @Override
    public void write(byte[] bytes, int offset, int length) {
      if (flushed >= leaveAfter) {
        throw new IllegalStateException("written after the client left");
      }
      super.write(bytes, offset, length);
    }

    @Override
    public void flush() throws IOException {
      if (++flushed >= leaveAfter) {
        throw new IOException("Broken pipe");
      }
    }

    List<JsonNode> received() {
      return Conformance.events(new String(toByteArray(), StandardCharsets.UTF_8));
    }
  }

  @Test
  void theResponderStopsAndTheStreamedTextIsKeptAsFarAsItGot() throws IOException {
    ChatKitServer server = ChatKitServer.builder((thread, message, context, stream) -> {
      stream.text("Here is a long story.");
      try (TextStream story = stream.streamText()) {
        for (int i = 0; i < 1000; i++) {
          story.append("word" + i + " ");
          produced.incrementAndGet();
        }
      }
    }).store(store).build();
    LeavingClient client = new LeavingClient(12);

    ActionResponse response = server.handle(Bodies.create("tell me a story"), ActionContext.empty());
    assertThrows(IOException.class, () -> response.writeTo(client));

    List<JsonNode> received = client.received();
    received.forEach(event -> Conformance.valid(event, "ThreadStreamEvent"));
    assertTrue(produced.get() < 20, "the responder went on after the client left: " + produced.get());
    String threadId = received.get(0).path("thread").path("id").asText();
    List<ThreadItem> kept = store.loadItems(threadId, null, 10, Order.ASC, ActionContext.empty()).data();
    assertEquals(3, kept.size());
    assertEquals("Here is a long story.", text(kept.get(1)));
    StringBuilder seen = new StringBuilder();
    for (JsonNode event : received) {
      if (event.path("update").path("type").asText().equals("assistant_message.content_part.text_delta")) {
        seen.append(event.path("update").path("delta").asText());
      }
    }
    assertTrue(text(kept.get(2)).startsWith(seen.toString()) && seen.length() > 0,
        "kept \"" + text(kept.get(2)) + "\", sent \"" + seen + "\"");
  }

  @Test
  void aWidgetStreamingWhenTheClientLeftIsKeptInItsLastState() throws IOException {
    ChatKitServer server = ChatKitServer.builder((thread, message, context, stream) -> {
      try (WidgetStream widget = stream.streamWidget(progress(0))) {
        for (int i = 1; i <= 100; i++) {
          widget.update(progress(i));
          produced.incrementAndGet();
        }
      }
    }).store(store).build();
    LeavingClient client = new LeavingClient(8);

    ActionResponse response = server.handle(Bodies.create("build"), ActionContext.empty());
    assertThrows(IOException.class, () -> response.writeTo(client));

    ThreadMetadata thread = store.loadThreads(1, null, Order.DESC, ActionContext.empty()).data().get(0);
    List<ThreadItem> kept = store.loadItems(thread.id(), null, 10, Order.ASC, ActionContext.empty()).data();
    assertEquals(2, kept.size());
    WidgetItem widget = (WidgetItem) kept.get(1);
    assertEquals(progress(produced.get() + 1), widget.widget());
  }

  private static Card progress(int percent) {
    return Card.of(Text.builder().id("progress").value(percent + "%").build());
  }

  private static String text(ThreadItem item) {
    return ((AssistantMessageItem) item).content().get(0).text();
  }
}
