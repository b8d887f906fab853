package dev.widgetry.benchmarks.dispatch;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import java.lang.reflect.Method;
import java.util.HashMap;
import java.util.Map;

/**
 * The reflective baseline: handler methods found by their {@link HandlesAction} annotation once,
 * at start-up (with an {@code ObjectReader} for each payload type); per request, Jackson databind
 * binds the payload and {@code Method.invoke} calls the handler; the answer is written by databind.
 */
public final class ReflectiveDispatcher {
  private final ObjectMapper mapper;
  private final Map<String, Route> routes = new HashMap<>();

  public ReflectiveDispatcher(ObjectMapper mapper, Object... handlers) {
    this.mapper = mapper;
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

  public byte[] handle(byte[] body) throws Exception {
    PageRequest request = PageRequests.read(mapper.getFactory(), body, (type, parser) -> route(type).payload().readValue(parser));
    Route route = route(request.type());
    Object result = route.method().invoke(route.handler(), request.payload());
    return mapper.writeValueAsBytes(result == null ? PageAnswer.NONE : result);
  }

  private Route route(String type) {
    Route route = routes.get(type);
    if (route == null) {
      throw new IllegalArgumentException("No handler for action type " + type);
    }
    return route;
  }

  /** Where one action type goes. */
  private record Route(Object handler, Method method, ObjectReader payload) {}
}
