package dev.widgetry.chatkit.server;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.widgetry.chatkit.server.store.LocalAttachmentStore;
import dev.widgetry.chatkit.server.store.NotFoundException;
import dev.widgetry.chatkit.server.store.SqliteStore;
import dev.widgetry.runtime.ActionContext;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Attachments in two phases, as ChatKit's client sends them: {@code attachments.create} gives the
 * metadata and where to upload; the bytes go through the attachment store; a message carries the
 * attachment into its thread; {@code attachments.delete} removes both.
 */
class AttachmentsTest {
  private static final String BASE = "https://chat.example.com/chatkit/attachments/";
  private final SqliteStore store = SqliteStore.inMemory();
  @TempDir
  Path folder;

  @AfterEach
  void close() {
    store.close();
  }

  private ChatKitServer server() {
    return ChatKitServer.builder((thread, message, context, stream) -> stream.text(
            "Got " + message.attachments().size() + " file"))
        .store(store)
        .attachments(LocalAttachmentStore.in(folder, BASE))
        .maxAttachmentBytes(16)
        .build();
  }

  @Test
  void aFileIsCreatedUploadedSentAndDeleted() throws IOException {
    ChatKitServer server = server();
    TestClient client = new TestClient(server);
    Answer created = client.post(Bodies.createAttachment("notes.txt", 5, "text/plain"));
    String id = created.json().path("id").asText();
    assertEquals("file", created.json().path("type").asText());
    assertEquals(BASE + id, created.json().path("upload_descriptor").path("url").asText());

    server.upload(id, bytes("hello"), ActionContext.empty());
    try (AttachmentDownload kept = server.download(id, ActionContext.empty())) {
      assertArrayEquals("hello".getBytes(StandardCharsets.UTF_8), kept.bytes().readAllBytes());
      assertEquals("notes.txt", kept.attachment().name());
    }

    Answer answer = client.post(Bodies.create("see attached").replace("\"attachments\":[]", "\"attachments\":[\"" + id + "\"]"));
    String threadId = answer.createdThreadId();
    assertEquals(id, answer.events().get(1).path("item").path("attachments").path(0).path("id").asText());
    assertEquals(threadId, answer.events().get(1).path("item").path("attachments").path(0).path("thread_id").asText());
    assertEquals(threadId, server.attachment(id, ActionContext.empty()).threadId());

    assertEquals(200, client.post(Bodies.deleteAttachment(id)).status());
    assertThrows(NotFoundException.class, () -> server.download(id, ActionContext.empty()));
    assertEquals(404, client.post(Bodies.deleteAttachment(id)).status());
  }

  @Test
  void anAttachmentOfOneThreadIsRefusedInAnotherAndKeepsItsThread() {
    ChatKitServer server = server();
    TestClient client = new TestClient(server);
    String id = client.post(Bodies.createAttachment("notes.txt", 5, "text/plain")).json().path("id").asText();
    String first = client.post(withAttachment(Bodies.create("see attached"), id)).createdThreadId();
    String second = client.post(Bodies.create("another")).createdThreadId();

    Answer again = client.post(withAttachment(Bodies.addMessage(first, "once more"), id));
    Answer elsewhere = client.post(withAttachment(Bodies.addMessage(second, "take it"), id));
    Answer inANewThread = client.post(withAttachment(Bodies.create("take it too"), id));

    assertEquals("thread.item.done", again.types().get(0));
    assertEquals(List.of("error"), elsewhere.types());
    assertEquals(List.of("error"), inANewThread.types());
    assertEquals(first, server.attachment(id, ActionContext.empty()).threadId());
    assertEquals(2, client.post(Bodies.listItems(second, 10, "asc", null)).json().path("data").size());
  }

  @Test
  void deletingAThreadDeletesTheAttachmentsItsMessagesCarriedAndNoOthers() throws IOException {
    ChatKitServer server = server();
    TestClient client = new TestClient(server);
    String sent = client.post(Bodies.createAttachment("notes.txt", 5, "text/plain")).json().path("id").asText();
    String unsent = client.post(Bodies.createAttachment("other.txt", 5, "text/plain")).json().path("id").asText();
    server.upload(sent, bytes("hello"), ActionContext.empty());
    server.upload(unsent, bytes("world"), ActionContext.empty());
    String threadId = client.post(withAttachment(Bodies.create("see attached"), sent)).createdThreadId();

    assertEquals(200, client.post(Bodies.delete(threadId)).status());

    assertThrows(NotFoundException.class, () -> server.attachment(sent, ActionContext.empty()));
    assertFalse(Files.exists(folder.resolve(sent)));
    assertEquals("other.txt", server.attachment(unsent, ActionContext.empty()).name());
    assertTrue(Files.exists(folder.resolve(unsent)));
  }

  @Test
  void anAttachmentsSizeIsRequiredAndNotNegative() {
    TestClient client = new TestClient(server());

    Answer missing = client.post(
        "{\"type\":\"attachments.create\",\"params\":{\"name\":\"a.txt\",\"mime_type\":\"text/plain\"}}");
    Answer negative = client.post(Bodies.createAttachment("a.txt", -1, "text/plain"));

    assertEquals(400, missing.status());
    assertEquals("malformed_request", missing.errorCode());
    assertEquals(400, negative.status());
    assertEquals("malformed_request", negative.errorCode());
  }

  @Test
  void anImageIsShownFromItsUploadAddress() {
    Answer created = new TestClient(server()).post(Bodies.createAttachment("cat.png", 10, "image/png"));

    assertEquals("image", created.json().path("type").asText());
    assertEquals(created.json().path("upload_descriptor").path("url"), created.json().path("preview_url"));
  }

  @Test
  void anUploadMustBeOfAnAttachmentAndWithinTheLimit() throws IOException {
    ChatKitServer server = server();
    TestClient client = new TestClient(server);
    String id = client.post(Bodies.createAttachment("notes.txt", 5, "text/plain")).json().path("id").asText();

    assertThrows(NotFoundException.class, () -> server.upload("atc_unknown", bytes("x"), ActionContext.empty()));
    UploadException tooLarge = assertThrows(UploadException.class,
        () -> server.upload(id, bytes("more than sixteen bytes"), ActionContext.empty()));
    assertEquals(UploadException.Reason.TOO_LARGE, tooLarge.reason());
    assertThrows(NotFoundException.class, () -> server.download(id, ActionContext.empty()));
    assertEquals("request_too_large", client.post(Bodies.createAttachment("big.bin", 17, "application/octet-stream"))
        .errorCode());
    assertEquals(16, server.maxAttachmentBytes());

    server.upload(id, bytes("sixteen bytes ok"), ActionContext.empty());
    try (AttachmentDownload kept = server.download(id, ActionContext.empty())) {
      assertEquals("sixteen bytes ok", new String(kept.bytes().readAllBytes(), StandardCharsets.UTF_8));
    }
  }

  @Test
  void anUploadWhoseClientFailsIsUnreadableAndKeepsNothing() {
    ChatKitServer server = server();
    String id = new TestClient(server).post(Bodies.createAttachment("notes.txt", 5, "text/plain")).json().path("id").asText();
    InputStream broken = new InputStream() {
      private int sent;

      @Override
      public int read() throws IOException {
        if (sent++ < 3) {
          return 'x';
        }
        throw new IOException("the client left");
      }
    };

    UploadException e = assertThrows(UploadException.class, () -> server.upload(id, broken, ActionContext.empty()));

    assertEquals(UploadException.Reason.UNREADABLE, e.reason());
    assertThrows(NotFoundException.class, () -> server.download(id, ActionContext.empty()));
  }

  @Test
  void theUploadAddressMayDependOnTheRequestAndTheFolderIsMadeAtTheFirstUpload() throws IOException {
    Path later = folder.resolve("not-yet");
    ChatKitServer server = ChatKitServer.builder((thread, message, context, stream) -> stream.text("ok"))
        .store(store)
        .attachments(LocalAttachmentStore.in(later,
            context -> "https://" + context.get(String.class).orElse("chat.example.com") + "/files/"))
        .build();

    Answer created = new TestClient(server, ActionContext.empty().with(String.class, "eu.example.com"))
        .post(Bodies.createAttachment("notes.txt", 5, "text/plain"));
    String id = created.json().path("id").asText();

    assertEquals("https://eu.example.com/files/" + id, created.json().path("upload_descriptor").path("url").asText());
    assertEquals("PUT", created.json().path("upload_descriptor").path("method").asText());
    assertFalse(Files.exists(later));
    server.upload(id, bytes("hello"), ActionContext.empty());
    assertTrue(Files.exists(later.resolve(id)));
  }

  @Test
  void aBaseUrlThatIsNotAbsoluteIsRefused() {
    assertThrows(IllegalArgumentException.class, () -> LocalAttachmentStore.in(folder, "/files/"));
    assertThrows(IllegalArgumentException.class, () -> LocalAttachmentStore.in(folder, "https://chat.example.com/files"));
    LocalAttachmentStore relative = LocalAttachmentStore.in(folder, context -> "/files/");
    assertThrows(IllegalArgumentException.class,
        () -> relative.create("atc_1", "a.txt", 1, "text/plain", ActionContext.empty()));
  }

  private static String withAttachment(String body, String attachmentId) {
    return body.replace("\"attachments\":[]", "\"attachments\":[\"" + attachmentId + "\"]");
  }

  private static InputStream bytes(String text) {
    return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
  }
}
