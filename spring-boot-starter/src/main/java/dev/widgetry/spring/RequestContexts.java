package dev.widgetry.spring;

import dev.widgetry.runtime.ActionContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.security.Principal;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.springframework.web.servlet.support.RequestContextUtils;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.springframework.web.util.UriComponents;

/** What every request's context carries before the application's customizers run. */
final class RequestContexts {
  private RequestContexts() {}

  /**
   * The locale Spring MVC resolved for the request (the application's {@code LocaleResolver}, else
   * {@code Accept-Language}), the authenticated principal and the session, when there are such. A
   * session is never created; the {@code Accept} header, by which a protocol picks the form of its
   * answer; and the address of the application the request reached, as {@link UriComponents} (its
   * context path, after a proxy's forwarded headers where {@code server.forward-headers-strategy} says so),
   * so that code answering the request on another thread can still build absolute links.
   */
  static ActionContext of(HttpServletRequest request) {
    ActionContext context = ActionContext.empty().with(Locale.class, RequestContextUtils.getLocale(request))
        .withAccept(request.getHeader("Accept"))
        .with(UriComponents.class, ServletUriComponentsBuilder.fromContextPath(request).build());
    Principal principal = request.getUserPrincipal();
    if (principal != null) {
      context = context.with(Principal.class, principal);
    }
    HttpSession session = request.getSession(false);
    if (session != null) {
      context = context.with(HttpSession.class, session);
    }
    return context;
  }

  /** The request's context with what each customizer adds, in their order. */
  static ActionContext of(HttpServletRequest request, List<ActionContextCustomizer> customizers) {
    ActionContext context = of(request);
    for (ActionContextCustomizer customizer : customizers) {
      context = Objects.requireNonNull(customizer.customize(context, request),
          () -> "The ActionContextCustomizer " + customizer.getClass().getName() + " returned null");
    }
    return context;
  }
}
