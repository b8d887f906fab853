package dev.widgetry.spring;

import static org.assertj.core.api.Assertions.assertThat;

import dev.widgetry.a2ui.A2ui;
import dev.widgetry.a2ui.A2uiErrorHook;
import dev.widgetry.a2ui.A2uiFunctionResponseHook;
import dev.widgetry.a2ui.UpdateDataModel;
import dev.widgetry.chatkit.Card;
import dev.widgetry.chatkit.Text;
import dev.widgetry.runtime.ActionResponse;
import dev.widgetry.runtime.RequestHandler;
import dev.widgetry.runtime.Widgets;
import dev.widgetry.spring.fixtures.Note;
import dev.widgetry.spring.fixtures.NoteHandlers;
import dev.widgetry.spring.fixtures.NoteSurfaceHandlers;
import dev.widgetry.spring.fixtures.Tenant;
import jakarta.servlet.Filter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The endpoint on a real Tomcat, as a client sees it: what it refuses before the handler, what the
 * context carries, an answer that comes later, a stream flushed as it is written; and widgets a
 * controller returns, written by the converter and by Boot's Jackson 3 mapper.
 */
@ExtendWith(OutputCaptureExtension.class)
@SpringBootTest(classes = RequestHandlerEndpointTest.App.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {"widgetry.actions.max-body-size=1KB", "server.address=127.0.0.1"})
class RequestHandlerEndpointTest {
  private static final String ACTIONS = "/api/widget-action";
  private static final String STREAM = "/test/stream";
  private static final String BROKEN = "/test/broken";
  private static final CountDownLatch STREAM_RELEASED = new CountDownLatch(1);
  private static final List<String> RENDERER_ERRORS = new CopyOnWriteArrayList<>();
  private static final List<String> FUNCTION_RESPONSES = new CopyOnWriteArrayList<>();
  private static final Card CARD = Card.of(Text.of("Hello"));
  private static final Note NOTE = new Note("tea", 4.0, Optional.empty());

  private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

  @LocalServerPort int port;
  @Autowired NoteHandlers handlers;

  @Test
  void aRequestReachesItsHandlerBean() throws Exception {
    HttpResponse<String> response = post(ACTIONS, "{\"action\":{\"type\":\"note.add\",\"payload\":{\"text\":\"tea\",\"size\":1}}}");

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("application/json"));
    assertThat(response.headers().firstValue("Cache-Control")).contains("no-store");
    assertThat(response.body()).isEqualTo("{\"result\":\"replace\",\"widget\":{\"type\":\"Card\",\"children\":[{\"type\":\"Text\",\"value\":\"tea\"}]}}");
  }

  @Test
  void anA2uiActionReachesItsHandlerBeanAndIsAnsweredWithMessages() throws Exception {
    String action = "{\"version\":\"v0.9\",\"action\":{\"name\":\"note.pin\",\"surfaceId\":\"notes\","
        + "\"sourceComponentId\":\"pin\",\"timestamp\":\"2026-11-30T09:30:00Z\",\"context\":{\"text\":\"tea\",\"size\":2}}}";
    UpdateDataModel expected = UpdateDataModel.of("notes", new Note("tea", 2, Optional.empty()));

    HttpResponse<String> array = post(ACTIONS, action);
    assertThat(array.statusCode()).isEqualTo(200);
    assertThat(array.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("application/json"));
    assertThat(array.body()).isEqualTo(A2ui.toJsonArray(List.of(expected)));

    HttpResponse<String> events = send(request(ACTIONS).header("Accept", "text/event-stream")
        .POST(HttpRequest.BodyPublishers.ofString(action)));
    assertThat(events.statusCode()).isEqualTo(200);
    assertThat(events.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("text/event-stream"));
    assertThat(events.body()).isEqualTo("data: " + A2ui.toJson(expected) + "\n\n");
  }

  @Test
  void oneReplyingHandlerBeanAnswersChatKitAndA2uiEachInItsOwnForm() throws Exception {
    HttpResponse<String> chatKit = post(ACTIONS, "{\"action\":{\"type\":\"note.share\",\"payload\":{\"text\":\"tea\","
        + "\"size\":1}}}");
    HttpResponse<String> a2ui = post(ACTIONS, "{\"name\":\"note.share\",\"surfaceId\":\"notes\",\"sourceComponentId\":"
        + "\"share\",\"context\":{\"text\":\"tea\",\"size\":2}}");

    assertThat(chatKit.statusCode()).isEqualTo(200);
    assertThat(chatKit.body()).isEqualTo("{\"result\":\"replace\",\"widget\":{\"type\":\"Card\",\"children\":"
        + "[{\"type\":\"Text\",\"value\":\"shared tea\"}]}}");
    assertThat(a2ui.statusCode()).isEqualTo(200);
    assertThat(a2ui.body()).isEqualTo(A2ui.toJsonArray(List.of(
        UpdateDataModel.of("notes", new Note("tea", 2, Optional.empty())))));
  }

  @Test
  void anA2uiActionWhoseContextIsNotThePayloadIsRefusedWithItsPointer() throws Exception {
    HttpResponse<String> response = post(ACTIONS, "{\"name\":\"note.pin\",\"surfaceId\":\"notes\",\"sourceComponentId\":\"pin\","
        + "\"context\":{\"text\":\"tea\",\"size\":\"big\"}}");

    assertThat(response.statusCode()).isEqualTo(422);
    assertThat(response.body()).contains("invalid_payload", "/context/size");
  }

  @Test
  void aV1RenderersFunctionCallReachesItsHandlerBeanAndIsAnsweredUnderItsId() throws Exception {
    HttpResponse<String> response = post(ACTIONS, "{\"version\":\"v1.0\",\"callAgentFunction\":{\"surfaceId\":"
        + "\"notes\",\"functionCallId\":\"len-1\",\"callFunction\":{\"call\":\"note.length\",\"args\":"
        + "{\"text\":\"green tea\",\"size\":2}}}}");

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body()).isEqualTo("[{\"version\":\"v1.0\",\"agentFunctionResponse\":"
        + "{\"functionCallId\":\"len-1\",\"value\":9}}]");
  }

  @Test
  void anA2uiRenderersErrorReachesTheApplicationsHookBean() throws Exception {
    HttpResponse<String> response = post(ACTIONS, "{\"version\":\"v0.9\",\"error\":{\"code\":\"VALIDATION_FAILED\","
        + "\"surfaceId\":\"notes\",\"path\":\"/components/0/text\",\"message\":\"missing\"}}");

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body()).isEqualTo("[]");
    assertThat(RENDERER_ERRORS).contains("notes /components/0/text missing");
  }

  @Test
  void anA2uiRenderersAnswerToTheAgentsFunctionCallReachesTheApplicationsHookBean() throws Exception {
    HttpResponse<String> response = post(ACTIONS, "{\"version\":\"v1.0\",\"rendererFunctionResponse\":"
        + "{\"functionCallId\":\"width-1\",\"value\":{\"width\":390}}}");

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body()).isEqualTo("[]");
    assertThat(FUNCTION_RESPONSES).contains("width-1 {\"width\":390}");
  }

  @Test
  void theContextCarriesTheLocalePrincipalSessionAndWhatTheApplicationAdds() throws Exception {
    HttpResponse<String> response = send(request(ACTIONS)
        .header("Accept-Language", "fr-CH, fr;q=0.9")
        .header("X-User", "ada")
        .header("X-Session", "yes")
        .header("X-Tenant", "acme")
        .POST(HttpRequest.BodyPublishers.ofString("{\"action\":{\"type\":\"context.show\"}}")));

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(texts(response)).containsExactly("locale=fr-CH", "principal=ada", "session=true", "tenant=acme");
  }

  @Test
  void aRequestWithNoUserNoSessionAndNoTenantHasNoneOfThem() throws Exception {
    HttpResponse<String> response = send(request(ACTIONS)
        .header("Accept-Language", "de")
        .POST(HttpRequest.BodyPublishers.ofString("{\"action\":{\"type\":\"context.show\"}}")));

    assertThat(texts(response)).containsExactly("locale=de", "principal=none", "session=false", "tenant=none");
  }

  @Test
  void aCustomizerThatThrowsIsAnInternalErrorUnderARequestIdItsLogLineNames(CapturedOutput output) throws Exception {
    int before = handlers.notes.size();
    HttpResponse<String> first = failingCustomizer(null);
    HttpResponse<String> second = failingCustomizer(null);

    assertThat(first.statusCode()).isEqualTo(500);
    assertThat(first.body()).isEqualTo(
        "{\"error\":{\"code\":\"internal_error\",\"message\":\"The server failed to answer; it logged why.\"}}");
    String id = first.headers().firstValue("X-Request-Id").orElseThrow();
    assertThat(id).matches("[0-9a-f]{16}");
    assertThat(second.headers().firstValue("X-Request-Id")).isNotEqualTo(Optional.of(id));
    assertThat(output).contains("Answering POST " + ACTIONS + " (request " + id + ") failed", "No tenant can be fail");
    assertThat(handlers.notes).hasSize(before);
  }

  @Test
  void theClientsOwnRequestIdIsKeptWhenItIsPlainAndShort(CapturedOutput output) throws Exception {
    HttpResponse<String> plain = failingCustomizer("req-42.a_b:c");
    HttpResponse<String> odd = failingCustomizer("two words");

    assertThat(plain.headers().firstValue("X-Request-Id")).contains("req-42.a_b:c");
    assertThat(odd.headers().firstValue("X-Request-Id")).hasValueSatisfying(id -> assertThat(id).matches("[0-9a-f]{16}"));
    assertThat(output).contains("Answering POST " + ACTIONS + " (request req-42.a_b:c) failed");
  }

  private HttpResponse<String> failingCustomizer(String requestId) throws Exception {
    HttpRequest.Builder request = request(ACTIONS).header("X-Tenant", "fail");
    if (requestId != null) {
      request.header("X-Request-Id", requestId);
    }
    return send(request.POST(HttpRequest.BodyPublishers.ofString(
        "{\"action\":{\"type\":\"note.add\",\"payload\":{\"text\":\"x\",\"size\":1}}}")));
  }

  @Test
  void anAnswerThatComesLaterIsWrittenWhenItComes() throws Exception {
    handlers.later = new CompletableFuture<>();
    handlers.laterCalled = new CountDownLatch(1);

    CompletableFuture<HttpResponse<String>> pending = client.sendAsync(
        request(ACTIONS).POST(HttpRequest.BodyPublishers.ofString("{\"action\":{\"type\":\"note.later\"}}")).build(),
        HttpResponse.BodyHandlers.ofString());
    assertThat(handlers.laterCalled.await(30, TimeUnit.SECONDS)).isTrue();
    assertThat(pending).isNotDone();
    handlers.later.complete(Card.of(Text.of("at last")));

    HttpResponse<String> response = pending.get(30, TimeUnit.SECONDS);
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body()).contains("\"value\":\"at last\"");
  }

  @Test
  void aStreamIsSentAsItIsFlushed() throws Exception {
    HttpResponse<Stream<String>> response = client.send(
        request(STREAM).POST(HttpRequest.BodyPublishers.ofString("{}")).build(), HttpResponse.BodyHandlers.ofLines());

    assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("text/event-stream"));
    assertThat(response.headers().firstValue("X-Accel-Buffering")).contains("no");
    List<String> lines = new ArrayList<>();
    try (Stream<String> body = response.body()) {
      Iterator<String> reader = body.iterator();
      lines.add(reader.next());
      // The handler writes its second event only once the client has read the first; had the first
      // been held back until the end, the handler would give up waiting and write "held back".
      STREAM_RELEASED.countDown();
      reader.forEachRemaining(lines::add);
    }
    assertThat(lines).containsExactly("data: one", "", "data: two", "");
  }

  @Test
  void aHandlerThatBreaksItsContractIsAnInternalErrorNotAStackTrace() throws Exception {
    for (String body : List.of("throw", "fail")) {
      HttpResponse<String> response = post(BROKEN, body);

      assertThat(response.statusCode()).as(body).isEqualTo(500);
      assertThat(response.headers().firstValue("X-Request-Id")).as(body).isPresent();
      assertThat(response.body()).as(body).isEqualTo(
          "{\"error\":{\"code\":\"internal_error\",\"message\":\"The server failed to answer; it logged why.\"}}");
    }
  }

  @Test
  void onlyPostsAreTaken() throws Exception {
    HttpResponse<String> get = send(request(ACTIONS).GET());
    HttpResponse<String> options = send(request(ACTIONS).method("OPTIONS", HttpRequest.BodyPublishers.noBody()));

    assertThat(get.statusCode()).isEqualTo(405);
    assertThat(get.headers().firstValue("Allow")).contains("POST, OPTIONS");
    assertThat(get.body()).isEqualTo("{\"error\":{\"code\":\"method_not_allowed\","
        + "\"message\":\"This endpoint takes POST requests only; this one was GET.\"}}");
    assertThat(options.statusCode()).isEqualTo(204);
    assertThat(options.headers().firstValue("Allow")).contains("POST, OPTIONS");
  }

  @Test
  void aBodyOverTheLimitIsRefusedOnItsDeclaredLengthOrOneBytePastTheLimit() throws Exception {
    byte[] big = new byte[2000];
    HttpResponse<String> declared = post(ACTIONS, new String(big, StandardCharsets.ISO_8859_1));
    HttpResponse<String> chunked = send(request(ACTIONS)
        .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(big))));

    assertThat(declared.statusCode()).isEqualTo(413);
    assertThat(declared.body()).contains("\"code\":\"request_too_large\"", "The body has 2000 bytes; this endpoint accepts at most 1024.");
    assertThat(chunked.statusCode()).isEqualTo(413);
    assertThat(chunked.body()).contains("The body has more than 1024 bytes; this endpoint accepts at most 1024.");
    assertThat(post(ACTIONS, "{\"action\":{\"type\":\"note.add\",\"payload\":{\"text\":\"after\",\"size\":1}}}").statusCode())
        .isEqualTo(200);
  }

  @Test
  void aControllersWidgetIsWrittenByItsCodec() throws Exception {
    HttpResponse<String> widget = send(request("/widget").GET());
    HttpResponse<String> notes = send(request("/notes").GET());

    assertThat(widget.body()).isEqualTo(Widgets.toJson(CARD));
    assertThat(widget.headers().firstValue("Content-Type")).contains("application/json");
    assertThat(notes.body()).isEqualTo("[" + Widgets.toJson(NOTE) + "]");
  }

  @Test
  void aWidgetInsideAControllersDtoIsWrittenByItsCodecThroughBootsJsonMapper() throws Exception {
    HttpResponse<String> pinned = send(request("/pinned").GET());

    assertThat(pinned.body()).isEqualTo("{\"owner\":\"ada\",\"note\":" + Widgets.toJson(NOTE) + "}");
  }

  private static List<String> texts(HttpResponse<String> response) {
    List<String> texts = new ArrayList<>();
    java.util.regex.Matcher value = java.util.regex.Pattern.compile("\"value\":\"([^\"]*)\"").matcher(response.body());
    while (value.find()) {
      texts.add(value.group(1));
    }
    return texts;
  }

  private HttpRequest.Builder request(String path) {
    return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path));
  }

  private HttpResponse<String> post(String path, String body) throws Exception {
    return send(request(path).header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)));
  }

  private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
    return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  /** A DTO of the application's own, written by Boot's Jackson 3 mapper. */
  record Pinned(String owner, Note note) {}

  @Configuration(proxyBeanMethods = false)
  @EnableAutoConfiguration
  @Import(WidgetController.class)
  static class App {
    @Bean
    NoteHandlers noteHandlers() {
      return new NoteHandlers();
    }

    @Bean
    NoteSurfaceHandlers noteSurfaceHandlers() {
      return new NoteSurfaceHandlers();
    }

    @Bean
    A2uiErrorHook rendererErrors() {
      return (error, context) -> RENDERER_ERRORS.add(error.surfaceId() + " " + error.path() + " " + error.message());
    }

    @Bean
    A2uiFunctionResponseHook functionResponses() {
      return (response, context) -> FUNCTION_RESPONSES.add(response.functionCallId() + " " + response.value());
    }

    @Bean
    RequestHandlerRegistration streamEndpoint() {
      return new RequestHandlerRegistration(STREAM, new TwoEvents());
    }

    @Bean
    RequestHandlerRegistration brokenEndpoint() {
      return new RequestHandlerRegistration(BROKEN, new Broken());
    }

    @Bean
    ActionContextCustomizer tenants() {
      return (context, request) -> {
        String tenant = request.getHeader("X-Tenant");
        if ("fail".equals(tenant)) {
          throw new IllegalStateException("No tenant can be fail");
        }
        return tenant == null ? context : context.with(Tenant.class, new Tenant(tenant));
      };
    }

    /** Stands in for a container's authentication: the user a header names, and a session when asked. */
    @Bean
    FilterRegistrationBean<Filter> users() {
      return new FilterRegistrationBean<>((request, response, chain) -> {
        HttpServletRequest http = (HttpServletRequest) request;
        if (http.getHeader("X-Session") != null) {
          http.getSession(true);
        }
        String user = http.getHeader("X-User");
        chain.doFilter(user == null ? request : new HttpServletRequestWrapper(http) {
          @Override
          public Principal getUserPrincipal() {
            return () -> user;
          }
        }, response);
      });
    }
  }

  @RestController
  static class WidgetController {
    @GetMapping("/widget")
    Card widget() {
      return CARD;
    }

    @GetMapping("/notes")
    List<Note> notes() {
      return List.of(NOTE);
    }

    @GetMapping("/pinned")
    Pinned pinned() {
      return new Pinned("ada", NOTE);
    }
  }

  /** A handler that breaks the contract: its dispatch throws ("throw"), or its stage fails ("fail"). */
  static final class Broken implements RequestHandler {
    @Override
    public CompletionStage<ActionResponse> dispatch(byte[] body, dev.widgetry.runtime.ActionContext context) {
      if (new String(body, StandardCharsets.UTF_8).equals("throw")) {
        throw new IllegalStateException("dispatch threw");
      }
      return CompletableFuture.failedFuture(new IllegalStateException("the stage failed"));
    }

    @Override
    public int maxBodyBytes() {
      return 1024;
    }
  }

  /** A handler whose answer is a stream of two events, the second written once the client has read the first. */
  static final class TwoEvents implements RequestHandler {
    @Override
    public CompletionStage<ActionResponse> dispatch(byte[] body, dev.widgetry.runtime.ActionContext context) {
      return CompletableFuture.completedFuture(ActionResponse.stream(ActionResponse.EVENT_STREAM, out -> {
        out.write("data: one\n\n".getBytes(StandardCharsets.UTF_8));
        out.flush();
        boolean released;
        try {
          released = STREAM_RELEASED.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          released = false;
        }
        out.write((released ? "data: two\n\n" : "data: held back\n\n").getBytes(StandardCharsets.UTF_8));
        out.flush();
      }));
    }

    @Override
    public int maxBodyBytes() {
      return 1024;
    }
  }
}
