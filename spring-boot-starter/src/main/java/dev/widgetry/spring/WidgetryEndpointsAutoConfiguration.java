package dev.widgetry.spring;

import dev.widgetry.runtime.ActionDispatcher;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.servlet.DispatcherServlet;
import org.springframework.web.servlet.handler.SimpleUrlHandlerMapping;

/**
 * Serves every {@link RequestHandlerRegistration} bean through Spring MVC, in a servlet web
 * application: the action dispatcher at {@code widgetry.actions.path}, a ChatKit server at {@code
 * widgetry.chatkit.path}, and whatever other handler the application registers. Each request's context carries the
 * request's locale, principal and session, Spring Security's {@code Authentication} when it is on
 * the class path, and what the application's {@link ActionContextCustomizer} beans add.
 */
@AutoConfiguration(after = WidgetryActionsAutoConfiguration.class)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@ConditionalOnClass(DispatcherServlet.class)
@EnableConfigurationProperties(WidgetryProperties.class)
public final class WidgetryEndpointsAutoConfiguration {
  /**
   * After the application's annotated controllers (one mapped to the same path wins), before
   * router functions, view controllers and static resources.
   */
  static final int HANDLER_MAPPING_ORDER = 1;

  @Bean
  @ConditionalOnBooleanProperty(name = "widgetry.actions.enabled", matchIfMissing = true)
  @ConditionalOnBean(ActionDispatcher.class)
  RequestHandlerRegistration widgetryActionsEndpoint(ActionDispatcher dispatcher, WidgetryProperties properties) {
    return new RequestHandlerRegistration(properties.getActions().getPath(), dispatcher);
  }

  @Bean
  @ConditionalOnMissingBean(name = "widgetryHandlerMapping")
  SimpleUrlHandlerMapping widgetryHandlerMapping(ObjectProvider<RequestHandlerRegistration> registrations,
      ObjectProvider<ActionContextCustomizer> customizers) {
    List<ActionContextCustomizer> ordered = customizers.orderedStream().toList();
    Map<String, RequestHandlerEndpoint> endpoints = new LinkedHashMap<>();
    for (RequestHandlerRegistration registration : registrations.orderedStream().toList()) {
      RequestHandlerEndpoint endpoint = new RequestHandlerEndpoint(registration.handler(), ordered);
      if (endpoints.putIfAbsent(registration.path(), endpoint) != null) {
        throw new IllegalStateException("Two RequestHandlerRegistration beans claim the path " + registration.path()
            + "; give each handler a path of its own (widgetry.actions.path moves the action endpoint,"
            + " widgetry.chatkit.path the ChatKit one)");
      }
    }
    return new SimpleUrlHandlerMapping(endpoints, HANDLER_MAPPING_ORDER);
  }

  @Configuration(proxyBeanMethods = false)
  @ConditionalOnClass(SecurityContextHolder.class)
  static class SecurityContextConfiguration {

    /** Runs before the application's customizers, which may read the authentication. */
    @Bean
    @Order(Ordered.HIGHEST_PRECEDENCE)
    ActionContextCustomizer widgetryAuthenticationContext() {
      return new AuthenticationContextCustomizer();
    }
  }
}
