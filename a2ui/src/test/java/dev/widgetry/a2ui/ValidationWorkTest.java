package dev.widgetry.a2ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.widgetry.a2ui.basic.BasicCatalog;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Validation costs work in proportion to its input, counted (writer events and graph steps), not
 * timed: each component added costs the same work however many there are and however deep they
 * nest, and calls nested to the limit cost no more per token than flat ones (a generic schema walk
 * retries each call against every function at each level).
 */
class ValidationWorkTest {

  @Test
  void eachComponentOfAWideSurfaceCostsTheSame() {
    assertLinear(work(wide(300)), work(wide(600)), work(wide(900)));
  }

  @Test
  void eachLevelOfADeepSurfaceCostsTheSame() {
    assertLinear(work(chain(15)), work(chain(30)), work(chain(45)));
  }

  @Test
  void callsNestedFiveDeepCostWhatTheirTokensDo() {
    long flat = work(checks(10, 1));
    long nested = work(checks(10, 5));

    // Five nested calls are five times the tokens of one: the work grows by that, not by a power of it.
    assertTrue((double) nested / flat < 5.0, () -> flat + " / " + nested);
  }

  private static long work(List<ServerMessage> messages) {
    Integrity integrity = new Integrity(List.of(BasicCatalog.CATALOG), false, null);
    for (ServerMessage message : messages) {
      assertEquals(List.of(), integrity.apply(message));
    }
    assertEquals(List.of(), integrity.checkpoint());
    return integrity.work();
  }

  /** The work of n, 2n and 3n: the second n costs what the first did, to 1%. */
  private static void assertLinear(long one, long two, long three) {
    double first = two - one;
    double second = three - two;
    assertTrue(Math.abs(second - first) <= 0.01 * first, () -> one + ", " + two + ", " + three);
  }

  /** A column of n texts. */
  private static List<ServerMessage> wide(int n) {
    StringBuilder components = new StringBuilder("{\"id\":\"root\",\"component\":\"Column\",\"children\":[");
    for (int i = 0; i < n; i++) {
      components.append(i == 0 ? "" : ",").append("\"t").append(i).append('"');
    }
    components.append("]}");
    for (int i = 0; i < n; i++) {
      components.append(",{\"id\":\"t").append(i).append("\",\"component\":\"Text\",\"text\":{\"path\":\"/t/")
          .append(i).append("\"}}");
    }
    return messages(components.toString());
  }

  /** Cards nested n deep. */
  private static List<ServerMessage> chain(int n) {
    StringBuilder components = new StringBuilder("{\"id\":\"root\",\"component\":\"Card\",\"child\":\"c1\"}");
    for (int i = 1; i < n; i++) {
      components.append(",{\"id\":\"c").append(i).append("\",\"component\":\"Card\",\"child\":\"c").append(i + 1)
          .append("\"}");
    }
    components.append(",{\"id\":\"c").append(n).append("\",\"component\":\"Text\",\"text\":\"end\"}");
    return messages(components.toString());
  }

  /** n checkboxes whose value is a call nested {@code depth} deep. */
  private static List<ServerMessage> checks(int n, int depth) {
    StringBuilder components = new StringBuilder("{\"id\":\"root\",\"component\":\"Column\",\"children\":[");
    for (int i = 0; i < n; i++) {
      components.append(i == 0 ? "" : ",").append("\"c").append(i).append('"');
    }
    components.append("]}");
    for (int i = 0; i < n; i++) {
      String value = "{\"path\":\"/v\"}";
      for (int d = 0; d < depth; d++) {
        value = "{\"call\":\"not\",\"args\":{\"value\":" + value + "}}";
      }
      components.append(",{\"id\":\"c").append(i).append("\",\"component\":\"CheckBox\",\"label\":\"x\",\"value\":")
          .append(value).append('}');
    }
    return messages(components.toString());
  }

  private static List<ServerMessage> messages(String components) {
    List<ServerMessage> messages = new ArrayList<>(A2ui.parseMessages(
        "[{\"version\":\"v0.9\",\"createSurface\":{\"surfaceId\":\"s\",\"catalogId\":\"" + BasicCatalog.ID + "\"}},"
            + "{\"version\":\"v0.9\",\"updateComponents\":{\"surfaceId\":\"s\",\"components\":[" + components + "]}}]"));
    return messages;
  }
}
