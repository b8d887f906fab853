package dev.widgetry.spring;

import dev.widgetry.runtime.ActionContext;
import jakarta.servlet.http.HttpServletRequest;

/**
 * Adds what the application's handlers and middleware need to each request's {@link ActionContext}:
 * its own user object, preferences read from a cookie, permissions. Declare one as a bean; they run
 * in {@code @Order}, after the starter has attached the request's {@link java.util.Locale}, its
 * {@link java.security.Principal} and {@link jakarta.servlet.http.HttpSession} when there are
 * such, and with Spring Security the {@code Authentication} of a signed-in user.
 *
 * <pre>{@code
 * @Bean
 * ActionContextCustomizer customers(CustomerRepository customers) {
 *   return (context, request) -> context.get(Principal.class)
 *       .map(principal -> context.with(Customer.class, customers.byLogin(principal.getName())))
 *       .orElse(context);
 * }
 * }</pre>
 */
@FunctionalInterface
public interface ActionContextCustomizer {

  /**
   * The context to hand to the handler: {@code context} with more attached, or {@code context}
   * itself. Runs on the request's thread before the handler; when it throws, the request is
   * answered {@code 500 internal_error}.
   */
  ActionContext customize(ActionContext context, HttpServletRequest request);
}
