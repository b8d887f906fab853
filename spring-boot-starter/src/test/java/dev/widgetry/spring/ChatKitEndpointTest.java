package dev.widgetry.spring;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.widgetry.chatkit.server.Responder;
import dev.widgetry.spring.fixtures.EchoResponder;
import dev.widgetry.spring.fixtures.NoteHandlers;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A {@code Responder} bean served as a ChatKit backend on a real Tomcat: a conversation whose widget
 * reaches a handler bean, and attachments uploaded to and served from the address {@code
 * attachments.create} gives, within their limit.
 */
@SpringBootTest(classes = ChatKitEndpointTest.App.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {"widgetry.chatkit.attachments.max-size=16B", "server.address=127.0.0.1"})
class ChatKitEndpointTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir
  static Path folder;

  @DynamicPropertySource
  static void files(DynamicPropertyRegistry registry) {
    registry.add("widgetry.chatkit.store.file", () -> folder.resolve("chat.db").toString());
    registry.add("widgetry.chatkit.attachments.folder", () -> folder.resolve("attachments").toString());
  }

  private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

  @LocalServerPort int port;
  @Autowired NoteHandlers handlers;

  @Test
  void aConversationWhoseWidgetReachesAHandlerBean() throws Exception {
    HttpResponse<String> created = chat("{\"type\":\"threads.create\",\"params\":{\"input\":{\"content\":"
        + "[{\"type\":\"input_text\",\"text\":\"hello\"}],\"attachments\":[],\"inference_options\":{}}}}");

    assertThat(created.statusCode()).isEqualTo(200);
    assertThat(created.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("text/event-stream"));
    List<JsonNode> events = events(created);
    assertThat(events).extracting(event -> event.path("type").asText())
        .containsExactly("thread.created", "thread.item.done", "stream_options", "thread.item.done");
    String threadId = events.get(0).path("thread").path("id").asText();
    JsonNode widget = events.get(3).path("item");
    assertThat(widget.path("widget").toString()).isEqualTo("{\"type\":\"Card\",\"children\":[{\"type\":\"Text\",\"value\":\"hello\"}]}");

    HttpResponse<String> acted = chat("{\"type\":\"threads.sync_custom_action\",\"params\":{\"thread_id\":\"" + threadId
        + "\",\"item_id\":\"" + widget.path("id").asText() + "\",\"action\":{\"type\":\"note.add\","
        + "\"payload\":{\"text\":\"tea\",\"size\":1}}}}");
    HttpResponse<String> listed = chat("{\"type\":\"items.list\",\"params\":{\"thread_id\":\"" + threadId
        + "\",\"order\":\"asc\",\"limit\":50}}");

    assertThat(acted.statusCode()).isEqualTo(200);
    assertThat(JSON.readTree(acted.body()).path("updated_item").path("widget").toString())
        .isEqualTo("{\"type\":\"Card\",\"children\":[{\"type\":\"Text\",\"value\":\"tea\"}]}");
    assertThat(handlers.notes).contains("tea");
    assertThat(JSON.readTree(listed.body()).path("data").path(1).path("widget").toString())
        .isEqualTo("{\"type\":\"Card\",\"children\":[{\"type\":\"Text\",\"value\":\"tea\"}]}");
  }

  @Test
  void anAttachmentIsUploadedToTheAddressTheRequestReachedAndServedBack() throws Exception {
    JsonNode created = createAttachment("notes.txt", "text/plain");
    URI address = URI.create(created.path("upload_descriptor").path("url").asText());

    HttpResponse<String> put = send(HttpRequest.newBuilder(address).PUT(HttpRequest.BodyPublishers.ofString("hello")));
    HttpResponse<String> get = send(HttpRequest.newBuilder(address).GET());

    assertThat(address.toString()).startsWith("http://127.0.0.1:" + port + "/chatkit/attachments/atc_")
        .endsWith(created.path("id").asText());
    assertThat(created.path("upload_descriptor").path("method").asText()).isEqualTo("PUT");
    assertThat(put.statusCode()).isEqualTo(204);
    assertThat(get.statusCode()).isEqualTo(200);
    assertThat(get.body()).isEqualTo("hello");
    assertThat(get.headers().firstValue("Content-Type")).contains("application/octet-stream");
    assertThat(get.headers().firstValue("Content-Disposition")).contains("attachment; filename=\"notes.txt\"; filename*=UTF-8''notes.txt");
    assertThat(get.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
  }

  @Test
  void anImageIsShownInPlaceFromItsPreviewAddress() throws Exception {
    URI preview = URI.create(createAttachment("cat.png", "image/png").path("preview_url").asText());

    send(HttpRequest.newBuilder(preview).PUT(HttpRequest.BodyPublishers.ofString("png")));
    HttpResponse<String> get = send(HttpRequest.newBuilder(preview).GET());

    assertThat(get.body()).isEqualTo("png");
    assertThat(get.headers().firstValue("Content-Type")).contains("image/png");
    assertThat(get.headers().firstValue("Content-Disposition")).hasValueSatisfying(value -> assertThat(value).startsWith("inline;"));
  }

  @Test
  void anUploadOverTheLimitIsRefusedOnItsLengthOrOncePastItAndNothingIsKept() throws Exception {
    URI address = URI.create(createAttachment("big.bin", "application/octet-stream").path("upload_descriptor").path("url").asText());
    byte[] big = new byte[17];

    HttpResponse<String> declared = send(HttpRequest.newBuilder(address).PUT(HttpRequest.BodyPublishers.ofByteArray(big)));
    HttpResponse<String> chunked = send(HttpRequest.newBuilder(address)
        .PUT(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(big))));

    assertThat(declared.statusCode()).isEqualTo(413);
    assertThat(declared.body()).isEqualTo(
        "{\"error\":{\"code\":\"request_too_large\",\"message\":\"The upload has 17 bytes; this server takes at most 16.\"}}");
    assertThat(chunked.statusCode()).isEqualTo(413);
    assertThat(chunked.body()).contains("The upload has more than 16 bytes; this server takes at most 16.");
    assertThat(send(HttpRequest.newBuilder(address).GET()).statusCode()).isEqualTo(404);
  }

  @Test
  void anUnknownAttachmentIsNotFoundAndOtherMethodsAreRefused() throws Exception {
    HttpResponse<String> unknown = send(request("/chatkit/attachments/atc_0123456789abcdef").GET());
    HttpResponse<String> post = send(request("/chatkit/attachments/atc_1").POST(HttpRequest.BodyPublishers.ofString("x")));

    assertThat(unknown.statusCode()).isEqualTo(404);
    assertThat(unknown.body()).isEqualTo(
        "{\"error\":{\"code\":\"not_found\",\"message\":\"No attachment with id \\\"atc_0123456789abcdef\\\".\"}}");
    assertThat(post.statusCode()).isEqualTo(405);
    assertThat(post.headers().firstValue("Allow")).contains("GET, HEAD, PUT, OPTIONS");
  }

  @Test
  void aCustomizerThatFailsIsAnInternalErrorUnderTheRequestsId() throws Exception {
    URI address = URI.create(createAttachment("notes.txt", "text/plain").path("upload_descriptor").path("url").asText());

    HttpResponse<String> put = send(HttpRequest.newBuilder(address).header("X-Broken", "yes").header("X-Request-Id", "req-9")
        .PUT(HttpRequest.BodyPublishers.ofString("hello")));

    assertThat(put.statusCode()).isEqualTo(500);
    assertThat(put.headers().firstValue("X-Request-Id")).contains("req-9");
    assertThat(send(HttpRequest.newBuilder(address).GET()).statusCode()).isEqualTo(404);
  }

  private JsonNode createAttachment(String name, String type) throws Exception {
    HttpResponse<String> response = chat("{\"type\":\"attachments.create\",\"params\":{\"name\":\"" + name
        + "\",\"size\":5,\"mime_type\":\"" + type + "\"}}");
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return JSON.readTree(response.body());
  }

  private HttpResponse<String> chat(String body) throws Exception {
    return send(request("/chatkit").header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)));
  }

  private static List<JsonNode> events(HttpResponse<String> response) throws Exception {
    List<JsonNode> events = new ArrayList<>();
    for (String line : response.body().split("\n")) {
      if (line.startsWith("data: ")) {
        events.add(JSON.readTree(line.substring("data: ".length())));
      }
    }
    return events;
  }

  private HttpRequest.Builder request(String path) {
    return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path));
  }

  private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
    return client.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  @Configuration(proxyBeanMethods = false)
  @EnableAutoConfiguration
  static class App {
    @Bean
    Responder assistant() {
      return new EchoResponder();
    }

    @Bean
    NoteHandlers noteHandlers() {
      return new NoteHandlers();
    }

    @Bean
    ActionContextCustomizer broken() {
      return (context, request) -> {
        if (request.getHeader("X-Broken") != null) {
          throw new IllegalStateException("no session store");
        }
        return context;
      };
    }
  }
}
