package dev.widgetry.samples.spring;

import dev.widgetry.spring.WidgetryProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Two ways to run the gallery: open to anyone (the default), or, with the {@code secured} profile,
 * actions and the chat only for users who sign in with HTTP Basic: ada may refund orders, bob may
 * not.
 *
 * <p>The action and ChatKit endpoints (and the chat's attachments) are left out of CSRF protection
 * because their clients here send credentials in a header with every request, as API clients do. A
 * page signed in by a session cookie would keep CSRF on and send the token with each request.
 */
@Configuration(proxyBeanMethods = false)
public class SecurityConfiguration {

  @Bean
  @Profile("secured")
  SecurityFilterChain signedInActions(HttpSecurity http, WidgetryProperties widgetry) throws Exception {
    String[] endpoints = endpoints(widgetry);
    return http
        .authorizeHttpRequests(requests -> requests.requestMatchers(endpoints).authenticated().anyRequest().permitAll())
        .httpBasic(Customizer.withDefaults())
        .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
        .csrf(csrf -> csrf.ignoringRequestMatchers(endpoints))
        .build();
  }

  @Bean
  @Profile("!secured")
  SecurityFilterChain openActions(HttpSecurity http, WidgetryProperties widgetry) throws Exception {
    return http
        .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
        .httpBasic(Customizer.withDefaults())
        .csrf(csrf -> csrf.ignoringRequestMatchers(endpoints(widgetry)))
        .build();
  }

  /**
   * The action endpoint, the ChatKit endpoint, and the chat's attachments below it, where the
   * starter serves them: {@code <path>/attachments/}, whether or not the path ends with '/'.
   */
  private static String[] endpoints(WidgetryProperties widgetry) {
    String chatkit = widgetry.getChatkit().getPath();
    String below = chatkit.endsWith("/") ? chatkit : chatkit + "/";
    return new String[] {widgetry.getActions().getPath(), chatkit, below + "attachments/*"};
  }

  @Bean
  UserDetailsService users() {
    return new InMemoryUserDetailsManager(
        User.withUsername("ada").password("{noop}analytical").authorities(RefundHandlers.AUTHORITY).build(),
        User.withUsername("bob").password("{noop}difference").authorities("orders.view").build());
  }
}
