package dev.widgetry.spring;

import dev.widgetry.runtime.ActionContext;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.authentication.AuthenticationTrustResolver;
import org.springframework.security.authentication.AuthenticationTrustResolverImpl;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Attaches Spring Security's {@link Authentication} of a signed-in user, so a handler can check
 * what the user may do with {@code context.get(Authentication.class)}. Anonymous requests get none.
 */
final class AuthenticationContextCustomizer implements ActionContextCustomizer {
  private final AuthenticationTrustResolver trust = new AuthenticationTrustResolverImpl();

  @Override
  public ActionContext customize(ActionContext context, HttpServletRequest request) {
    Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
    return trust.isAuthenticated(authentication) ? context.with(Authentication.class, authentication) : context;
  }
}
