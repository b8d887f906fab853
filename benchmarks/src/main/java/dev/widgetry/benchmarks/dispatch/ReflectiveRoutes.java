package dev.widgetry.benchmarks.dispatch;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import java.lang.reflect.Method;
import java.util.HashMap;
import java.util.Map;

/**
 * What a reflective framework learns at start-up: each handler method found by its {@link
 * HandlesAction} annotation, made accessible once, with an {@code ObjectReader} for its payload
 * type. Shared by the two reflective baselines.
 */
final class ReflectiveRoutes {
  private final Map<String, Route> routes = new HashMap<>();

  ReflectiveRoutes(ObjectMapper mapper, Object... handlers) {
    for (Object handler : handlers) {
      for (Method method : handler.getClass().getDeclaredMethods()) {
        HandlesAction action = method.getAnnotation(HandlesAction.class);
        if (action != null) {
          method.setAccessible(true);
          routes.put(action.value(), new Route(handler, method, mapper.readerFor(method.getParameterTypes()[0])));
        }
      }
    }
  }

  Route route(String type) {
    Route route = routes.get(type);
    if (route == null) {
      throw new IllegalArgumentException("No handler for action type " + type);
    }
    return route;
  }

  /** Where one action type goes. */
  record Route(Object handler, Method method, ObjectReader payload) {
    Object call(Object payload) throws Exception {
      return method.invoke(handler, payload);
    }
  }
}
