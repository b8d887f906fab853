package dev.widgetry.samples.spring;

import dev.widgetry.runtime.WidgetMiddleware;
import dev.widgetry.samples.flights.FlightHandlers;
import dev.widgetry.samples.gallery.ThemePreference;
import dev.widgetry.samples.invoice.InvoiceHandlers;
import dev.widgetry.samples.itinerary.ItineraryHandlers;
import dev.widgetry.samples.profile.ProfileHandlers;
import dev.widgetry.samples.report.ReportHandlers;
import dev.widgetry.samples.shop.CartHandlers;
import dev.widgetry.samples.signup.SignUpHandlers;
import dev.widgetry.samples.tasks.TaskHandlers;
import dev.widgetry.spring.ActionContextCustomizer;
import jakarta.servlet.http.Cookie;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.web.util.WebUtils;

/**
 * The gallery's handlers as Spring beans. The starter finds every bean with {@code @OnAction}
 * methods and serves them at {@code POST /api/widget-action}; the dark-theme middleware is a bean
 * too, and the visitor's theme cookie reaches it through the request's context.
 */
@SpringBootApplication
public class GalleryApplication {

  public static void main(String[] args) {
    SpringApplication.run(GalleryApplication.class, args);
  }

  @Bean
  CartHandlers cart() {
    return new CartHandlers();
  }

  @Bean
  FlightHandlers flights() {
    return new FlightHandlers();
  }

  @Bean
  SignUpHandlers signUp() {
    return new SignUpHandlers();
  }

  @Bean
  ReportHandlers report() {
    return new ReportHandlers();
  }

  @Bean
  TaskHandlers tasks() {
    return new TaskHandlers();
  }

  @Bean
  InvoiceHandlers invoice() {
    return new InvoiceHandlers();
  }

  @Bean
  ProfileHandlers profile() {
    return new ProfileHandlers();
  }

  @Bean
  ItineraryHandlers itinerary() {
    return new ItineraryHandlers();
  }

  @Bean
  RefundHandlers refunds() {
    return new RefundHandlers();
  }

  @Bean
  WidgetMiddleware darkTheme() {
    return ThemePreference.DARK_THEME;
  }

  /** The theme the visitor picked on the page, from its cookie; light when there is none. */
  @Bean
  ActionContextCustomizer themePreference() {
    return (context, request) -> {
      Cookie cookie = WebUtils.getCookie(request, ThemePreference.COOKIE);
      return context.with(ThemePreference.class, new ThemePreference(cookie != null && cookie.getValue().equals("dark")));
    };
  }
}
