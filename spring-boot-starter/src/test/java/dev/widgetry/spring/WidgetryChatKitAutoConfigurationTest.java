package dev.widgetry.spring;

import static org.assertj.core.api.Assertions.assertThat;

import dev.widgetry.chatkit.server.ChatKitServer;
import dev.widgetry.chatkit.server.Responder;
import dev.widgetry.chatkit.server.store.AttachmentStore;
import dev.widgetry.chatkit.server.store.LocalAttachmentStore;
import dev.widgetry.chatkit.server.store.SqliteStore;
import dev.widgetry.chatkit.server.store.ThreadStore;
import dev.widgetry.chatkit.server.types.Attachment;
import dev.widgetry.runtime.ActionContext;
import dev.widgetry.runtime.ActionDispatcher;
import dev.widgetry.runtime.ActionResponse;
import dev.widgetry.spring.fixtures.EchoResponder;
import dev.widgetry.spring.fixtures.NoteHandlers;
import dev.widgetry.spring.fixtures.OrderedMiddleware;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.context.ApplicationContext;
import org.springframework.web.servlet.handler.SimpleUrlHandlerMapping;
import org.springframework.web.util.UriComponents;
import org.springframework.web.util.UriComponentsBuilder;

/** When the starter makes and serves a ChatKit server, from what, and what it leaves to the application. */
class WidgetryChatKitAutoConfigurationTest {
  private static final AutoConfigurations WIDGETRY = AutoConfigurations.of(
      WidgetryActionsAutoConfiguration.class, WidgetryChatKitServerAutoConfiguration.class,
      WidgetryChatKitWebAutoConfiguration.class, WidgetryEndpointsAutoConfiguration.class);
  private static final String HELLO = "{\"type\":\"threads.create\",\"params\":{\"input\":{\"content\":"
      + "[{\"type\":\"input_text\",\"text\":\"hello\"}],\"attachments\":[],\"inference_options\":{}}}}";

  @TempDir
  Path folder;

  private WebApplicationContextRunner web() {
    return new WebApplicationContextRunner().withConfiguration(WIDGETRY)
        .withPropertyValues("widgetry.chatkit.store.file=" + folder.resolve("chat.db"),
            "widgetry.chatkit.attachments.folder=" + folder.resolve("attachments"));
  }

  @Test
  void theUploadAddressComesFromTheRequestsContextOnAnyThread() {
    web().withBean(Responder.class, EchoResponder::new).run(context -> {
      ActionContext reached = ActionContext.empty()
          .with(UriComponents.class, UriComponentsBuilder.fromUriString("https://chat.example.com/app").build());

      Attachment created = context.getBean(LocalAttachmentStore.class)
          .create("atc_1", "notes.txt", 3, "text/plain", reached);

      assertThat(created.uploadDescriptor().url()).isEqualTo("https://chat.example.com/app/chatkit/attachments/atc_1");
    });
  }

  @Test
  void aResponderBeanIsServedAtTheDefaultPathWithItsAttachmentsBelow() {
    web().withBean(Responder.class, EchoResponder::new).run(context -> {
      assertThat(context).hasNotFailed()
          .hasSingleBean(ChatKitServer.class)
          .hasSingleBean(SqliteStore.class)
          .hasSingleBean(LocalAttachmentStore.class);
      ChatKitServer server = context.getBean(ChatKitServer.class);
      assertThat(context.getBean(RequestHandlerRegistration.class))
          .isEqualTo(new RequestHandlerRegistration("/chatkit", server));
      assertThat(mapping(context, "widgetryHandlerMapping").getHandlerMap()).containsOnlyKeys("/chatkit");
      assertThat(mapping(context, "widgetryChatKitAttachmentsMapping").getHandlerMap())
          .containsOnlyKeys("/chatkit/attachments/*");
      assertThat(server.store()).isSameAs(context.getBean(SqliteStore.class));
      assertThat(server.maxBodyBytes()).isEqualTo(1024 * 1024);
      assertThat(server.maxAttachmentBytes()).isEqualTo(20L * 1024 * 1024);
      assertThat(folder.resolve("chat.db")).exists();
      assertThat(folder.resolve("attachments")).doesNotExist();
    });
  }

  @Test
  void theServerAnswersThroughTheResponderAndServesThePagesActionsBesideIt() {
    web().withBean(Responder.class, EchoResponder::new).withBean(NoteHandlers.class).run(context -> {
      ActionResponse answer = context.getBean(ChatKitServer.class).handle(HELLO, ActionContext.empty());
      assertThat(answer.bodyText()).contains("\"widget\":{\"type\":\"Card\",\"children\":[{\"type\":\"Text\",\"value\":\"hello\"}]}");
      assertThat(mapping(context, "widgetryHandlerMapping").getHandlerMap())
          .containsOnlyKeys("/chatkit", "/api/widget-action");
    });
  }

  @Test
  void propertiesSetThePathAndTheLimits() {
    web().withBean(Responder.class, EchoResponder::new)
        .withPropertyValues("widgetry.chatkit.path=/support/chat", "widgetry.chatkit.max-body-size=2KB",
            "widgetry.chatkit.attachments.max-size=5MB")
        .run(context -> {
          ChatKitServer server = context.getBean(ChatKitServer.class);
          assertThat(context.getBean(RequestHandlerRegistration.class).path()).isEqualTo("/support/chat");
          assertThat(mapping(context, "widgetryChatKitAttachmentsMapping").getHandlerMap())
              .containsOnlyKeys("/support/chat/attachments/*");
          assertThat(server.maxBodyBytes()).isEqualTo(2048);
          assertThat(server.maxAttachmentBytes()).isEqualTo(5L * 1024 * 1024);
        });
  }

  @Test
  void withoutAResponderNothingIsMadeAndNoFileIsWritten() {
    web().withBean(NoteHandlers.class).run(context -> {
      assertThat(context).hasNotFailed()
          .doesNotHaveBean(ChatKitServer.class)
          .doesNotHaveBean(ThreadStore.class)
          .doesNotHaveBean(AttachmentStore.class)
          .doesNotHaveBean("widgetryChatKitAttachmentsMapping");
      assertThat(folder.resolve("chat.db")).doesNotExist();
    });
  }

  @Test
  void withoutTheChatKitServerModuleTheRestWorks() {
    web().withClassLoader(new FilteredClassLoader(ChatKitServer.class)).withBean(NoteHandlers.class).run(context -> {
      assertThat(context).hasNotFailed().doesNotHaveBean(ChatKitServer.class).hasSingleBean(ActionDispatcher.class);
      assertThat(mapping(context, "widgetryHandlerMapping").getHandlerMap()).containsOnlyKeys("/api/widget-action");
    });
  }

  @Test
  void theChatKitServerCanBeSwitchedOff() {
    web().withBean(Responder.class, EchoResponder::new).withPropertyValues("widgetry.chatkit.enabled=false")
        .run(context -> {
          assertThat(context).hasNotFailed().doesNotHaveBean(ChatKitServer.class).doesNotHaveBean(ThreadStore.class);
          assertThat(mapping(context, "widgetryHandlerMapping").getHandlerMap()).isEmpty();
        });
  }

  @Test
  void attachmentsCanBeSwitchedOffAndAreThenRefused() {
    web().withBean(Responder.class, EchoResponder::new).withPropertyValues("widgetry.chatkit.attachments.enabled=false")
        .run(context -> {
          assertThat(context).hasNotFailed()
              .doesNotHaveBean(AttachmentStore.class)
              .doesNotHaveBean("widgetryChatKitAttachmentsMapping");
          ActionResponse create = context.getBean(ChatKitServer.class).handle(
              "{\"type\":\"attachments.create\",\"params\":{\"name\":\"a.txt\",\"size\":1,\"mime_type\":\"text/plain\"}}",
              ActionContext.empty());
          assertThat(create.errorCode()).contains("unsupported_request");
        });
  }

  @Test
  void anApplicationsOwnStoresAreUsedAndNoDefaultIsMade() {
    SqliteStore threads = SqliteStore.inMemory();
    AttachmentStore attachments = LocalAttachmentStore.in(folder.resolve("own"), "https://chat.example.com/files/");
    web().withBean(Responder.class, EchoResponder::new)
        .withBean("threads", ThreadStore.class, () -> threads)
        .withBean("files", AttachmentStore.class, () -> attachments)
        .run(context -> {
          assertThat(context).hasNotFailed().hasSingleBean(ThreadStore.class).hasSingleBean(AttachmentStore.class);
          ChatKitServer server = context.getBean(ChatKitServer.class);
          assertThat(server.store()).isSameAs(threads);
          ActionResponse create = server.handle(
              "{\"type\":\"attachments.create\",\"params\":{\"name\":\"a.txt\",\"size\":1,\"mime_type\":\"text/plain\"}}",
              ActionContext.empty());
          assertThat(create.bodyText()).contains("\"url\":\"https://chat.example.com/files/atc_");
          assertThat(folder.resolve("chat.db")).doesNotExist();
        });
  }

  @Test
  void anApplicationsOwnServerIsServedAndNothingIsMadeForIt() {
    SqliteStore threads = SqliteStore.inMemory();
    ChatKitServer own = ChatKitServer.builder(new EchoResponder()).store(threads).build();
    web().withBean(Responder.class, EchoResponder::new).withBean("ownServer", ChatKitServer.class, () -> own)
        .run(context -> {
          assertThat(context).hasNotFailed()
              .doesNotHaveBean(ThreadStore.class)
              .doesNotHaveBean(AttachmentStore.class);
          assertThat(context.getBean(ChatKitServer.class)).isSameAs(own);
          assertThat(context.getBean(RequestHandlerRegistration.class).handler()).isSameAs(own);
          assertThat(folder.resolve("chat.db")).doesNotExist();
        });
  }

  @Test
  void anApplicationsOwnServerIsServedWithoutAResponderBean() {
    SqliteStore threads = SqliteStore.inMemory();
    ChatKitServer own = ChatKitServer.builder(new EchoResponder()).store(threads).build();
    web().withBean("ownServer", ChatKitServer.class, () -> own)
        .run(context -> {
          assertThat(context).hasNotFailed().doesNotHaveBean(Responder.class).doesNotHaveBean(ThreadStore.class);
          assertThat(context.getBean(RequestHandlerRegistration.class).handler()).isSameAs(own);
          assertThat(context.getBean(RequestHandlerRegistration.class).path()).isEqualTo("/chatkit");
          assertThat(context).hasBean("widgetryChatKitAttachmentsMapping");
        });
  }

  @Test
  void ofTwoServersOfTheApplicationThePrimaryOneIsServed() {
    ChatKitServer primary = ChatKitServer.builder(new EchoResponder()).store(SqliteStore.inMemory()).build();
    ChatKitServer other = ChatKitServer.builder(new EchoResponder()).store(SqliteStore.inMemory()).build();
    web().withBean("primaryServer", ChatKitServer.class, () -> primary, definition -> definition.setPrimary(true))
        .withBean("otherServer", ChatKitServer.class, () -> other)
        .run(context -> {
          assertThat(context).hasNotFailed();
          assertThat(context.getBean(RequestHandlerRegistration.class).handler()).isSameAs(primary);
        });
  }

  @Test
  void twoServersWithNoneOfThemPrimaryStartAndNeitherIsServed() {
    ChatKitServer one = ChatKitServer.builder(new EchoResponder()).store(SqliteStore.inMemory()).build();
    ChatKitServer two = ChatKitServer.builder(new EchoResponder()).store(SqliteStore.inMemory()).build();
    web().withBean("oneServer", ChatKitServer.class, () -> one).withBean("twoServer", ChatKitServer.class, () -> two)
        .run(context -> assertThat(context).hasNotFailed()
            .doesNotHaveBean(RequestHandlerRegistration.class)
            .doesNotHaveBean("widgetryChatKitAttachmentsMapping"));
  }

  @Test
  void widgetMiddlewareBeansChangeTheRespondersWidgetsInTheirOrder() {
    web().withBean(Responder.class, EchoResponder::new).withUserConfiguration(OrderedMiddleware.class)
        .run(context -> assertThat(context.getBean(ChatKitServer.class).handle(HELLO, ActionContext.empty()).bodyText())
            .contains("\"value\":\"hello, first, second\""));
  }

  @Test
  void aPathThatAnotherHandlerClaimsStopsTheApplication() {
    web().withBean(Responder.class, EchoResponder::new).withBean(NoteHandlers.class)
        .withPropertyValues("widgetry.chatkit.path=/api/widget-action")
        .run(context -> assertThat(context).hasFailed().getFailure().rootCause()
            .hasMessageContaining("Two RequestHandlerRegistration beans claim the path /api/widget-action"));
  }

  @Test
  void aBodyLimitAJavaArrayCannotHoldIsRefusedAtStartUp() {
    web().withBean(Responder.class, EchoResponder::new).withPropertyValues("widgetry.chatkit.max-body-size=3GB")
        .run(context -> assertThat(context).hasFailed().getFailure().rootCause()
            .hasMessageContaining("widgetry.chatkit.max-body-size must be more than 0 bytes and at most 2GB, was 3221225472B"));
  }

  @Test
  void withoutAServletWebApplicationTheServerIsMadeButNothingIsServedAndItTakesNoAttachments() {
    new ApplicationContextRunner().withConfiguration(WIDGETRY)
        .withPropertyValues("widgetry.chatkit.store.file=" + folder.resolve("chat.db"))
        .withBean(Responder.class, EchoResponder::new)
        .run(context -> {
          assertThat(context).hasNotFailed()
              .hasSingleBean(ChatKitServer.class)
              .doesNotHaveBean(RequestHandlerRegistration.class)
              .doesNotHaveBean(AttachmentStore.class);
          assertThat(Files.exists(folder.resolve("chat.db"))).isTrue();
        });
  }

  private static SimpleUrlHandlerMapping mapping(ApplicationContext context, String name) {
    return context.getBean(name, SimpleUrlHandlerMapping.class);
  }
}
