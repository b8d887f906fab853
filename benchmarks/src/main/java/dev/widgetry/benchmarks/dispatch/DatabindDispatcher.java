package dev.widgetry.benchmarks.dispatch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;

/**
 * The reflective baseline as it is usually written: {@code readValue} binds the whole request, its
 * payload kept as a tree until the type is known; the payload is then bound to the handler's
 * parameter type, {@code Method.invoke} calls the handler, and databind writes the answer.
 */
public final class DatabindDispatcher {
  private final ObjectMapper mapper;
  private final ObjectReader requests;
  private final ReflectiveRoutes routes;

  public DatabindDispatcher(ObjectMapper mapper, Object... handlers) {
    this.mapper = mapper;
    this.requests = mapper.readerFor(Request.class);
    this.routes = new ReflectiveRoutes(mapper, handlers);
  }

  public byte[] handle(byte[] body) throws Exception {
    Request request = requests.readValue(body);
    ReflectiveRoutes.Route route = routes.route(request.action().type());
    Object result = route.call(route.payload().readValue(request.action().payload()));
    return mapper.writeValueAsBytes(result == null ? PageAnswer.NONE : result);
  }

  /** The body a ChatKit page posts. */
  record Request(Action action, String itemId) {}

  /** Its action, the payload unbound. */
  record Action(String type, JsonNode payload) {}
}
