package dev.widgetry.samples.gallery;

import com.sun.net.httpserver.HttpExchange;
import dev.widgetry.chatkit.Theme;
import dev.widgetry.chatkit.WidgetRewrites;
import dev.widgetry.runtime.ActionContext;
import dev.widgetry.runtime.WidgetMiddleware;
import java.util.List;

/**
 * The theme the visitor picked on the page, kept in a cookie. The gallery shows middleware with it:
 * every widget sent to a visitor who prefers the dark theme is rewritten to carry it.
 *
 * @param dark whether the visitor prefers the dark theme
 */
public record ThemePreference(boolean dark) {
  /** The cookie the page sets: {@code widgetry-theme=dark} or {@code widgetry-theme=light}. */
  public static final String COOKIE = "widgetry-theme";

  /** Gives every widget the dark theme when the request's context holds a preference for it. */
  public static final WidgetMiddleware DARK_THEME = (widget, context) ->
      context.get(ThemePreference.class).filter(ThemePreference::dark).isPresent()
          ? WidgetRewrites.theme(Theme.DARK).rewrite(widget)
          : widget;

  /** The preference the request's cookies state; light when they state none. */
  public static ThemePreference of(HttpExchange exchange) {
    List<String> headers = exchange.getRequestHeaders().getOrDefault("Cookie", List.of());
    for (String header : headers) {
      for (String cookie : header.split(";")) {
        String[] pair = cookie.trim().split("=", 2);
        if (pair.length == 2 && pair[0].equals(COOKIE)) {
          return new ThemePreference(pair[1].equals("dark"));
        }
      }
    }
    return new ThemePreference(false);
  }

  /** A context that carries the request's preference, for handlers and middleware. */
  public static ActionContext context(HttpExchange exchange) {
    return ActionContext.empty().with(ThemePreference.class, of(exchange));
  }
}
