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
 * actions only for users who sign in with HTTP Basic: ada may refund orders, bob may not.
 *
 * <p>The action endpoint is left out of CSRF protection because its clients here send credentials
 * in a header with every request, as API clients do. A page signed in by a session cookie would
 * keep CSRF on and send the token with each action.
 */
@Configuration(proxyBeanMethods = false)
public class SecurityConfiguration {

  @Bean
  @Profile("secured")
  SecurityFilterChain signedInActions(HttpSecurity http, WidgetryProperties widgetry) throws Exception {
    String actions = widgetry.getActions().getPath();
    return http
        .authorizeHttpRequests(requests -> requests.requestMatchers(actions).authenticated().anyRequest().permitAll())
        .httpBasic(Customizer.withDefaults())
        .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
        .csrf(csrf -> csrf.ignoringRequestMatchers(actions))
        .build();
  }

  @Bean
  @Profile("!secured")
  SecurityFilterChain openActions(HttpSecurity http, WidgetryProperties widgetry) throws Exception {
    return http
        .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
        .httpBasic(Customizer.withDefaults())
        .csrf(csrf -> csrf.ignoringRequestMatchers(widgetry.getActions().getPath()))
        .build();
  }

  @Bean
  UserDetailsService users() {
    return new InMemoryUserDetailsManager(
        User.withUsername("ada").password("{noop}analytical").authorities(RefundHandlers.AUTHORITY).build(),
        User.withUsername("bob").password("{noop}difference").authorities("orders.view").build());
  }
}
