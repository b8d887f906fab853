package dev.widgetry.spring;

import dev.widgetry.chatkit.server.ChatKitServer;
import java.util.Map;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnSingleCandidate;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.web.servlet.DispatcherServlet;
import org.springframework.web.servlet.handler.SimpleUrlHandlerMapping;

/**
 * Serves the application's one {@link ChatKitServer} through Spring MVC, the starter's or its own,
 * at {@code widgetry.chatkit.path}, and its attachments below it. Apart from {@link
 * WidgetryChatKitServerAutoConfiguration} and after it, so that the server it makes is there when
 * the condition asks for one; of several servers, the {@code @Primary} one is served, none when no
 * one is primary.
 */
@AutoConfiguration(after = WidgetryChatKitServerAutoConfiguration.class,
    before = WidgetryEndpointsAutoConfiguration.class)
@ConditionalOnClass({ChatKitServer.class, DispatcherServlet.class})
@ConditionalOnBooleanProperty(name = "widgetry.chatkit.enabled", matchIfMissing = true)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@ConditionalOnSingleCandidate(ChatKitServer.class)
@EnableConfigurationProperties(WidgetryProperties.class)
public final class WidgetryChatKitWebAutoConfiguration {

  @Bean
  RequestHandlerRegistration widgetryChatKitEndpoint(ChatKitServer server, WidgetryProperties properties) {
    return new RequestHandlerRegistration(properties.getChatkit().getPath(), server);
  }

  @Bean
  @ConditionalOnBooleanProperty(name = WidgetryChatKitServerAutoConfiguration.ATTACHMENTS_ENABLED,
      matchIfMissing = true)
  @ConditionalOnMissingBean(name = "widgetryChatKitAttachmentsMapping")
  SimpleUrlHandlerMapping widgetryChatKitAttachmentsMapping(ChatKitServer server, WidgetryProperties properties,
      ObjectProvider<ActionContextCustomizer> customizers) {
    ChatKitAttachmentEndpoint endpoint = new ChatKitAttachmentEndpoint(server, customizers.orderedStream().toList());
    return new SimpleUrlHandlerMapping(
        Map.of(WidgetryChatKitServerAutoConfiguration.attachmentsPath(properties) + "*", endpoint),
        WidgetryEndpointsAutoConfiguration.HANDLER_MAPPING_ORDER);
  }
}
