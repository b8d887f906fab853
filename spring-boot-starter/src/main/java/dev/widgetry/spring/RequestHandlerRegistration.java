package dev.widgetry.spring;

import dev.widgetry.runtime.RequestHandler;
import java.util.Objects;

/**
 * A {@link RequestHandler} to serve at a path, as a bean: the starter's Spring MVC endpoint serves
 * every registration in the context. The starter registers the action dispatcher at {@code
 * widgetry.actions.path}; an application (or another Widgetry module) serves another handler by
 * declaring one:
 *
 * <pre>{@code
 * @Bean
 * RequestHandlerRegistration support(ChatKitServer server) {
 *   return new RequestHandlerRegistration("/support/chatkit", server);
 * }
 * }</pre>
 *
 * @param path the path it answers at, such as {@code /api/widget-action}; it takes POST requests
 * @param handler what answers the requests posted there
 */
public record RequestHandlerRegistration(String path, RequestHandler handler) {

  public RequestHandlerRegistration {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(handler, "handler");
    if (!path.startsWith("/")) {
      throw new IllegalArgumentException("A path starts with '/', such as /api/widget-action; this one was \"" + path + "\"");
    }
  }
}
