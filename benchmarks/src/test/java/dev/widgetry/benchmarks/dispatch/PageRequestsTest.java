package dev.widgetry.benchmarks.dispatch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.core.JsonFactory;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The baselines' envelope reader takes what Widgetry's takes: the payload before or after its type. */
class PageRequestsTest {
  private final JsonFactory factory = new JsonFactory();

  @Test
  void aPayloadBeforeItsTypeIsBufferedAndParsedOnceTheTypeIsKnown() throws Exception {
    String payload = new String(OrderRequests.body(), StandardCharsets.UTF_8);
    String payloadFirst = payload
        .replace("{\"type\":\"order.update\",\"payload\":", "{\"payload\":")
        .replace("},\"itemId\"", ",\"type\":\"order.update\"},\"itemId\"");

    PageRequest request = PageRequests.read(factory, payloadFirst.getBytes(StandardCharsets.UTF_8),
        (type, parser) -> UpdateOrderParser.read(parser));

    assertEquals(new PageRequest("order.update", OrderRequests.order(), "item_58"), request);
  }

  @Test
  void aRequestWithoutAnActionIsRefused() {
    assertThrows(IllegalArgumentException.class,
        () -> PageRequests.read(factory, "{\"itemId\":\"x\"}".getBytes(StandardCharsets.UTF_8), (type, parser) -> null));
  }
}
