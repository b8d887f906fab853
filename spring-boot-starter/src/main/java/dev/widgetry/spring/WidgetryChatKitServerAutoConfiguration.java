package dev.widgetry.spring;

import dev.widgetry.chatkit.WidgetRoot;
import dev.widgetry.chatkit.server.ChatKitServer;
import dev.widgetry.chatkit.server.Responder;
import dev.widgetry.chatkit.server.store.AttachmentStore;
import dev.widgetry.chatkit.server.store.LocalAttachmentStore;
import dev.widgetry.chatkit.server.store.SqliteStore;
import dev.widgetry.chatkit.server.store.ThreadStore;
import dev.widgetry.runtime.ActionContext;
import dev.widgetry.runtime.ActionDispatcher;
import dev.widgetry.runtime.AnswerMiddleware;
import dev.widgetry.runtime.WidgetMiddleware;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.DispatcherServlet;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.springframework.web.util.UriComponents;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * A ChatKit backend for an application that has a {@link Responder} bean, with {@code
 * widgetry-chatkit-server} on the class path: a {@link ChatKitServer} whose widget actions reach
 * the application's {@link ActionDispatcher}, whose widgets go through its {@code WidgetMiddleware}
 * beans in {@code @Order}, and whose threads are kept in its {@link ThreadStore} bean, else in a
 * SQLite file ({@code widgetry.chatkit.store.file}). In a servlet web application it is served at
 * {@code widgetry.chatkit.path}, and its attachments below it ({@link WidgetryChatKitWebAutoConfiguration}), kept by the application's
 * {@link AttachmentStore} bean, else in a folder ({@code widgetry.chatkit.attachments.folder}). An
 * application that defines its own {@code ChatKitServer} (with or without a {@code Responder} bean)
 * gets that one served at {@code widgetry.chatkit.path}, and none of the defaults is made; with
 * several {@code ChatKitServer} beans, the {@code @Primary} one is served, and none when no one is
 * primary. An application that serves its server at a path of its own (a {@link
 * RequestHandlerRegistration} bean) sets {@code widgetry.chatkit.enabled=false}, or it is served at
 * both paths.
 */
@AutoConfiguration(after = WidgetryActionsAutoConfiguration.class, before = WidgetryEndpointsAutoConfiguration.class)
@ConditionalOnClass(ChatKitServer.class)
@ConditionalOnBooleanProperty(name = "widgetry.chatkit.enabled", matchIfMissing = true)
@EnableConfigurationProperties(WidgetryProperties.class)
public final class WidgetryChatKitServerAutoConfiguration {
  static final String ATTACHMENTS_ENABLED = "widgetry.chatkit.attachments.enabled";

  /** What a server of the starter's making needs; nothing of it when the application has its own. */
  @Configuration(proxyBeanMethods = false)
  @ConditionalOnBean(Responder.class)
  @ConditionalOnMissingBean(ChatKitServer.class)
  static class ServerConfiguration {

    /** Closed with the application: Spring calls a bean's {@code close()}. */
    @Bean
    @ConditionalOnMissingBean(ThreadStore.class)
    SqliteStore widgetryChatKitStore(WidgetryProperties properties) {
      return SqliteStore.open(Path.of(properties.getChatkit().getStore().getFile()));
    }

    /**
     * Attachments in a folder, uploaded to and served from the address the request reached (with
     * {@code server.forward-headers-strategy}, the one a proxy in front was reached at).
     */
    @Bean
    @ConditionalOnMissingBean(AttachmentStore.class)
    @ConditionalOnBooleanProperty(name = ATTACHMENTS_ENABLED, matchIfMissing = true)
    @ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
    @ConditionalOnClass(DispatcherServlet.class)
    LocalAttachmentStore widgetryChatKitAttachments(WidgetryProperties properties) {
      String path = attachmentsPath(properties);
      return LocalAttachmentStore.in(Path.of(properties.getChatkit().getAttachments().getFolder()),
          context -> applicationAddress(context).path(path).toUriString());
    }

    @Bean
    ChatKitServer widgetryChatKitServer(Responder responder, ThreadStore store, WidgetryProperties properties,
        ObjectProvider<ActionDispatcher> actions, ObjectProvider<AttachmentStore> attachments,
        ObjectProvider<AnswerMiddleware<?>> middleware) {
      WidgetryProperties.Chatkit chatkit = properties.getChatkit();
      ChatKitServer.Builder server = ChatKitServer.builder(responder)
          .store(store)
          .maxBodyBytes(BodyLimits.bytes("widgetry.chatkit.max-body-size", chatkit.getMaxBodySize()))
          .maxAttachmentBytes(positive("widgetry.chatkit.attachments.max-size", chatkit.getAttachments().getMaxSize()
              .toBytes()));
      actions.ifAvailable(server::actions);
      if (chatkit.getAttachments().isEnabled()) {
        attachments.ifAvailable(server::attachments);
      }
      widgetMiddleware(middleware.orderedStream().toList()).ifPresent(server::middleware);
      return server.build();
    }

    /** The widget middleware beans as one, in their order; none when there are none. */
    @SuppressWarnings("unchecked") // a chain whose answer type is WidgetRoot changes WidgetRoots
    private static Optional<WidgetMiddleware> widgetMiddleware(List<AnswerMiddleware<?>> ordered) {
      return MiddlewareChain.byAnswerType(ordered).stream()
          .filter(chain -> chain.answerType() == WidgetRoot.class)
          .map(chain -> (AnswerMiddleware<WidgetRoot>) chain)
          .<WidgetMiddleware>map(chain -> chain::apply)
          .findFirst();
    }

    private static long positive(String property, long bytes) {
      if (bytes <= 0) {
        throw new IllegalStateException(property + " must be more than 0 bytes, was " + bytes + "B");
      }
      return bytes;
    }
  }

  /** Where attachments are served: below the ChatKit path, such as {@code /chatkit/attachments/}. */
  /**
   * The address the request reached, from its context (what Widgetry's endpoints put there, so it
   * holds on any thread), else from the request the current thread serves (a context the
   * application built itself).
   */
  private static UriComponentsBuilder applicationAddress(ActionContext context) {
    return context.get(UriComponents.class)
        .map(address -> UriComponentsBuilder.newInstance().uriComponents(address))
        .orElseGet(ServletUriComponentsBuilder::fromCurrentContextPath);
  }

  static String attachmentsPath(WidgetryProperties properties) {
    String path = properties.getChatkit().getPath();
    return (path.endsWith("/") ? path : path + "/") + "attachments/";
  }
}
