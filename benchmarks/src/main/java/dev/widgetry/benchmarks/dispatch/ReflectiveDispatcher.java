package dev.widgetry.benchmarks.dispatch;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The stronger reflective baseline: the envelope is read in one streaming pass as Widgetry reads
 * it, Jackson databind binds the payload straight from the parser, {@code Method.invoke} calls
 * the handler, and databind writes the answer. It differs from Widgetry only in how the payload is
 * bound and the handler called.
 */
public final class ReflectiveDispatcher {
  private final ObjectMapper mapper;
  private final ReflectiveRoutes routes;

  public ReflectiveDispatcher(ObjectMapper mapper, Object... handlers) {
    this.mapper = mapper;
    this.routes = new ReflectiveRoutes(mapper, handlers);
  }

  public byte[] handle(byte[] body) throws Exception {
    PageRequest request = PageRequests.read(mapper.getFactory(), body, (type, parser) -> routes.route(type).payload().readValue(parser));
    Object result = routes.route(request.type()).call(request.payload());
    return mapper.writeValueAsBytes(result == null ? PageAnswer.NONE : result);
  }
}
