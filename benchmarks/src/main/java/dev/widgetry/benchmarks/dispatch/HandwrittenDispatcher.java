package dev.widgetry.benchmarks.dispatch;

import com.fasterxml.jackson.core.JsonFactory;
import java.nio.charset.StandardCharsets;

/**
 * The hand-written baseline: the same streaming envelope, the payload parsed by hand, the handler
 * called directly, a fixed answer.
 */
public final class HandwrittenDispatcher {
  private static final byte[] NONE = "{\"result\":\"none\"}".getBytes(StandardCharsets.UTF_8);

  private final JsonFactory factory;
  private final OrderHandlers handlers;

  public HandwrittenDispatcher(JsonFactory factory, OrderHandlers handlers) {
    this.factory = factory;
    this.handlers = handlers;
  }

  public byte[] handle(byte[] body) throws Exception {
    PageRequest request = PageRequests.read(factory, body, (type, parser) -> {
      if (type.equals("order.update")) {
        return UpdateOrderParser.read(parser);
      }
      throw new IllegalArgumentException("No handler for action type " + type);
    });
    handlers.update((UpdateOrder) request.payload());
    return NONE.clone();
  }
}
