package dev.widgetry.chatkit.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.widgetry.chatkit.server.store.LocalAttachmentStore;
import dev.widgetry.chatkit.server.store.SqliteStore;
import dev.widgetry.chatkit.server.types.ClientToolCallItem;
import dev.widgetry.chatkit.server.types.FileAttachment;
import dev.widgetry.chatkit.server.types.StructuredInput;
import dev.widgetry.chatkit.server.types.StructuredInputItem;
import dev.widgetry.chatkit.server.types.ThreadMetadata;
import dev.widgetry.chatkit.server.types.UserMessageContent;
import dev.widgetry.chatkit.server.types.UserMessageItem;
import dev.widgetry.chatkit.server.types.WidgetItem;
import dev.widgetry.runtime.ActionContext;
import dev.widgetry.runtime.ActionDispatcher;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Requests of every type chatkit-python's {@code ChatKitRequest} allows, made from its schema in
 * three variants (required properties only; every property with pydantic's explicit nulls and
 * defaults; every property with a value), are accepted: each answers 200 with no error, and its
 * answer holds against chatkit-python's types.
 */
class RequestConformanceTest {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final String THREAD = "thr_fixture";
  private static final String USER_MESSAGE = "msg_user";
  private static final String WIDGET = "msg_widget";
  private static final String QUESTIONS = "msg_questions";
  private static final String ATTACHMENT = "atc_fixture";

  @TempDir
  Path attachmentsFolder;

  static Stream<Arguments> requests() {
    List<Arguments> all = new ArrayList<>();
    for (JsonNode branch : ServerSchema.definition("ChatKitRequest").path("oneOf")) {
      String definition = branch.path("$ref").asText().substring("#/$defs/".length());
      for (RequestGenerator.Variant variant : RequestGenerator.Variant.values()) {
        all.add(Arguments.of(definition, variant));
      }
    }
    return all.stream();
  }

  @ParameterizedTest(name = "{0}, {1}")
  @MethodSource("requests")
  void isAccepted(String definition, RequestGenerator.Variant variant) {
    JsonNode request = new RequestGenerator(known(definition), variant).request(definition);
    Conformance.valid(request, definition);
    try (SqliteStore store = SqliteStore.inMemory()) {
      CounterHandlers handlers = new CounterHandlers();
      ChatKitServer server = ChatKitServer.builder((thread, message, context, stream) -> stream.text("Answered"))
          .store(store)
          .actions(ActionDispatcher.of(handlers))
          .attachments(LocalAttachmentStore.in(attachmentsFolder, "http://127.0.0.1:8080/chatkit/attachments/"))
          .transcriber((audio, mimeType, context) -> "transcribed")
          .build();
      populate(store);

      Answer answer = new TestClient(server).post(request.toString());

      assertEquals(200, answer.status(), () -> request + " was refused: " + answer.json());
      assertFalse(answer.types().contains("error"), () -> request + " was answered with " + answer.events());
      if (definition.contains("CustomAction")) {
        assertEquals(1, handlers.calls.get(), "the action reached its handler");
      }
      if (definition.contains("ThreadsCreate") || definition.contains("AddUserMessage")
          || definition.contains("RetryAfterItem") || definition.contains("AddClientToolOutput")
          || definition.contains("AddStructuredInput")) {
        assertTrue(answer.types().contains("stream_options") && answer.types().contains("thread.item.done"),
            answer.types().toString());
      }
    }
  }

  /** What the generated values name: the fixture's thread, items and attachment, and an action handler. */
  private static Map<String, JsonNode> known(String definition) {
    Map<String, JsonNode> known = new HashMap<>();
    known.put("thread_id", NODES.textNode(THREAD));
    known.put("attachment_id", NODES.textNode(ATTACHMENT));
    known.put("attachments", NODES.arrayNode().add(ATTACHMENT));
    known.put("item_ids", NODES.arrayNode().add(WIDGET));
    known.put("type", NODES.textNode("counter.touch"));
    known.put("additional_key", NODES.textNode("q1"));
    known.put("values", NODES.arrayNode().add("yes"));
    known.put("audio_base64", NODES.textNode("AAAA"));
    known.put("limit", NODES.numberNode(5));
    String item = definition.contains("StructuredInput") ? QUESTIONS
        : definition.contains("RetryAfterItem") ? USER_MESSAGE
        : WIDGET;
    known.put("item_id", NODES.textNode(item));
    known.put("after", NODES.textNode(definition.contains("ThreadsList") ? THREAD : USER_MESSAGE));
    return known;
  }

  /** A thread holding a user message, a widget, a client tool call waiting for its output, and questions. */
  private static void populate(SqliteStore store) {
    ActionContext context = ActionContext.empty();
    Instant now = Instant.now();
    store.saveThread(ThreadMetadata.of(THREAD, now), context);
    store.addItem(new UserMessageItem(USER_MESSAGE, THREAD, now, List.of(new UserMessageContent.Text("Hi")), null,
        null, null), context);
    store.addItem(new WidgetItem(WIDGET, THREAD, now, CounterHandlers.card(0), null), context);
    store.addItem(new ClientToolCallItem("tc_call", THREAD, now, null, "call_1", "get_location", Map.of(), null),
        context);
    store.addItem(new StructuredInputItem(QUESTIONS, THREAD, now, null,
        List.of(new StructuredInput.Freeform("q1", "Why?", null, null))), context);
    store.saveAttachment(new FileAttachment(ATTACHMENT, "notes.txt", "text/plain", null, null, null), context);
  }
}
