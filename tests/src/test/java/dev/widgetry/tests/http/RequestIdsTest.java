package dev.widgetry.tests.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.widgetry.runtime.http.RequestIds;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The request-id rule, as an endpoint on another server (the Spring Boot starter's) follows it. */
class RequestIdsTest {

  @Test
  void aPlainShortIdIsKept() {
    for (String id : List.of("req-42.a_b:c", "x", "A".repeat(64))) {
      assertEquals(id, RequestIds.of(id));
    }
  }

  @Test
  void noIdOrOneUnsafeToLogGetsAFreshRandomOne() {
    for (String given : new String[] {null, "", "two words", "x".repeat(65), "line\nbreak", "é"}) {
      String id = RequestIds.of(given);
      assertTrue(id.matches("[0-9a-f]{16}"), id);
    }
    assertNotEquals(RequestIds.of(null), RequestIds.of(null));
    assertEquals("X-Request-Id", RequestIds.HEADER);
  }
}
