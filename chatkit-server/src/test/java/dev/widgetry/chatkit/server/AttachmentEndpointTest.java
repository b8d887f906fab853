package dev.widgetry.chatkit.server;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpServer;
import dev.widgetry.chatkit.server.http.AttachmentEndpoint;
import dev.widgetry.chatkit.server.store.AttachmentStore;
import dev.widgetry.chatkit.server.store.LocalAttachmentStore;
import dev.widgetry.chatkit.server.store.NotFoundException;
import dev.widgetry.chatkit.server.store.SqliteStore;
import dev.widgetry.chatkit.server.types.Attachment;
import dev.widgetry.chatkit.server.types.FileAttachment;
import dev.widgetry.chatkit.server.types.UploadDescriptor;
import dev.widgetry.runtime.ActionContext;
import dev.widgetry.runtime.http.ActionEndpoint;
import dev.widgetry.runtime.http.ActionServers;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Attachments' bytes over HTTP on the JDK's server, as ChatKit's client moves them: {@code
 * attachments.create} at {@code /chatkit} names an address, the bytes are {@code PUT} there, and
 * the same address serves them back; what is too large, unknown or failing is a JSON error.
 */
class AttachmentEndpointTest {
  private static final int LIMIT = 16;

  private final SqliteStore store = SqliteStore.inMemory();
  private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
  private HttpServer http;
  private String base;
  @TempDir
  Path folder;

  @AfterEach
  void close() {
    if (http != null) {
      http.stop(0);
    }
    store.close();
  }

  /** Serves a server whose attachments go to {@code attachments}, made once the port is known. */
  private void serve(Function<String, AttachmentStore> attachments, UnaryOperator<AttachmentEndpoint> contexts)
      throws IOException {
    http = ActionServers.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 2);
    base = "http://127.0.0.1:" + http.getAddress().getPort();
    ChatKitServer chatKit = ChatKitServer.builder((thread, message, context, stream) -> stream.text("ok"))
        .store(store)
        .attachments(attachments.apply(base + "/chatkit/attachments/"))
        .maxAttachmentBytes(LIMIT)
        .build();
    ActionEndpoint.of(chatKit).mountOn(http, "/chatkit");
    contexts.apply(AttachmentEndpoint.of(chatKit)).mountOn(http, "/chatkit/attachments/");
    http.start();
  }

  private void serve() throws IOException {
    serve(url -> LocalAttachmentStore.in(folder, url), endpoint -> endpoint);
  }

  @Test
  void aFileIsUploadedToTheAddressCreateGaveAndServedBackAsBytesToSave() throws Exception {
    serve();
    JsonNode created = create("notes.txt", "text/plain");
    URI address = URI.create(created.path("upload_descriptor").path("url").asText());

    HttpResponse<String> put = send(HttpRequest.newBuilder(address).PUT(HttpRequest.BodyPublishers.ofString("hello")));
    HttpResponse<byte[]> get = client.send(HttpRequest.newBuilder(address).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    HttpResponse<String> head = send(HttpRequest.newBuilder(address).method("HEAD", HttpRequest.BodyPublishers.noBody()));

    assertEquals(base + "/chatkit/attachments/" + created.path("id").asText(), address.toString());
    assertEquals("PUT", created.path("upload_descriptor").path("method").asText());
    assertEquals(204, put.statusCode());
    assertEquals(200, get.statusCode());
    assertArrayEquals("hello".getBytes(StandardCharsets.UTF_8), get.body());
    assertEquals(Optional.of("application/octet-stream"), get.headers().firstValue("Content-Type"));
    assertEquals(Optional.of("attachment; filename=\"notes.txt\"; filename*=UTF-8''notes.txt"),
        get.headers().firstValue("Content-Disposition"));
    assertEquals(Optional.of("nosniff"), get.headers().firstValue("X-Content-Type-Options"));
    assertEquals(200, head.statusCode());
    assertEquals("", head.body());
  }

  @Test
  void anImageIsShownInPlaceFromItsPreviewAddress() throws Exception {
    serve();
    JsonNode created = create("cat.png", "image/png");
    URI preview = URI.create(created.path("preview_url").asText());
    byte[] png = {(byte) 0x89, 'P', 'N', 'G'};

    send(HttpRequest.newBuilder(preview).PUT(HttpRequest.BodyPublishers.ofByteArray(png)));
    HttpResponse<byte[]> get = client.send(HttpRequest.newBuilder(preview).GET().build(), HttpResponse.BodyHandlers.ofByteArray());

    assertArrayEquals(png, get.body());
    assertEquals(Optional.of("image/png"), get.headers().firstValue("Content-Type"));
    assertTrue(get.headers().firstValue("Content-Disposition").orElseThrow().startsWith("inline;"));
  }

  @Test
  void anUploadOverTheLimitIsRefusedOnItsLengthOrOncePastItAndNothingIsKept() throws Exception {
    serve();
    URI address = URI.create(create("big.bin", "application/octet-stream").path("upload_descriptor").path("url").asText());
    byte[] big = new byte[LIMIT + 1];

    HttpResponse<String> declared = send(HttpRequest.newBuilder(address).PUT(HttpRequest.BodyPublishers.ofByteArray(big)));
    HttpResponse<String> chunked = send(HttpRequest.newBuilder(address)
        .PUT(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(big))));
    HttpResponse<String> get = send(HttpRequest.newBuilder(address).GET());

    assertEquals(413, declared.statusCode());
    assertEquals("{\"error\":{\"code\":\"request_too_large\",\"message\":\"The upload has 17 bytes; this server takes at most 16.\"}}",
        declared.body());
    assertEquals(Optional.of("close"), declared.headers().firstValue("Connection"));
    assertEquals(413, chunked.statusCode());
    assertTrue(chunked.body().contains("The upload has more than 16 bytes; this server takes at most 16."), chunked.body());
    assertEquals(404, get.statusCode());
  }

  @Test
  void whatIsNotAnAttachmentIsNotFoundAndOtherMethodsAreRefused() throws Exception {
    serve();

    HttpResponse<String> unknown = send(request("/chatkit/attachments/atc_0123456789abcdef").GET());
    HttpResponse<String> none = send(request("/chatkit/attachments/").GET());
    HttpResponse<String> deeper = send(request("/chatkit/attachments/a/b").PUT(HttpRequest.BodyPublishers.ofString("x")));
    HttpResponse<String> post = send(request("/chatkit/attachments/atc_1").POST(HttpRequest.BodyPublishers.ofString("x")));
    HttpResponse<String> options = send(request("/chatkit/attachments/atc_1").method("OPTIONS", HttpRequest.BodyPublishers.noBody()));

    assertEquals(404, unknown.statusCode());
    assertEquals("{\"error\":{\"code\":\"not_found\",\"message\":\"No attachment with id \\\"atc_0123456789abcdef\\\".\"}}",
        unknown.body());
    assertEquals(404, none.statusCode());
    assertEquals(404, deeper.statusCode());
    assertEquals(405, post.statusCode());
    assertEquals(Optional.of("GET, HEAD, PUT, OPTIONS"), post.headers().firstValue("Allow"));
    assertTrue(post.body().contains("\"code\":\"method_not_allowed\""), post.body());
    assertEquals(204, options.statusCode());
  }

  @Test
  void aStoreThatFailsIsAnInternalErrorUnderTheRequestsId() throws Exception {
    serve(Failing::new, endpoint -> endpoint);
    URI address = URI.create(create("notes.txt", "text/plain").path("upload_descriptor").path("url").asText());

    HttpResponse<String> put = send(HttpRequest.newBuilder(address).header("X-Request-Id", "req-7")
        .PUT(HttpRequest.BodyPublishers.ofString("hello")));

    assertEquals(500, put.statusCode());
    assertEquals("{\"error\":{\"code\":\"internal_error\",\"message\":\"The server failed to answer; it logged why.\"}}",
        put.body());
    assertEquals(Optional.of("req-7"), put.headers().firstValue("X-Request-Id"));
  }

  @Test
  void theContextFunctionReachesTheStoreAndItsFailureIsAnInternalError() throws Exception {
    serve(url -> LocalAttachmentStore.in(folder, url), endpoint -> endpoint.withContext(exchange -> {
      if (exchange.getRequestHeaders().containsKey("X-Broken")) {
        throw new IllegalStateException("no session store");
      }
      return ActionContext.empty();
    }));
    URI address = URI.create(create("notes.txt", "text/plain").path("upload_descriptor").path("url").asText());

    HttpResponse<String> broken = send(HttpRequest.newBuilder(address).header("X-Broken", "yes")
        .PUT(HttpRequest.BodyPublishers.ofString("hello")));
    HttpResponse<String> get = send(HttpRequest.newBuilder(address).GET());

    assertEquals(500, broken.statusCode());
    assertTrue(broken.headers().firstValue("X-Request-Id").orElseThrow().matches("[0-9a-f]{16}"));
    assertEquals(404, get.statusCode(), "nothing was kept");
  }

  private JsonNode create(String name, String type) throws Exception {
    HttpResponse<String> response = send(request("/chatkit")
        .POST(HttpRequest.BodyPublishers.ofString(Bodies.createAttachment(name, 5, type))));
    Answer answer = Conformance.check("attachments.create", response.statusCode(),
        response.headers().firstValue("Content-Type").orElse(""), response.body().getBytes(StandardCharsets.UTF_8));
    return answer.json();
  }

  private HttpRequest.Builder request(String path) {
    return HttpRequest.newBuilder(URI.create(base + path));
  }

  private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
    return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  /** An attachment store whose disk is full. */
  private static final class Failing implements AttachmentStore {
    private final String baseUrl;

    Failing(String baseUrl) {
      this.baseUrl = baseUrl;
    }

    @Override
    public Attachment create(String attachmentId, String name, long size, String mimeType, ActionContext context) {
      return new FileAttachment(attachmentId, name, mimeType,
          new UploadDescriptor(baseUrl + attachmentId, UploadDescriptor.Method.PUT, null), null, Map.of());
    }

    @Override
    public void write(Attachment attachment, InputStream bytes, ActionContext context) throws IOException {
      throw new IOException("the disk is full");
    }

    @Override
    public InputStream read(String attachmentId, ActionContext context) {
      throw new NotFoundException("attachment", attachmentId);
    }

    @Override
    public void delete(String attachmentId, ActionContext context) {}
  }
}
