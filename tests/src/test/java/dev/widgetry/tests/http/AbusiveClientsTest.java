package dev.widgetry.tests.http;

import static dev.widgetry.tests.http.Wire.ok;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.widgetry.runtime.ActionDispatcher;
import dev.widgetry.runtime.http.ActionEndpoint;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Clients that open a connection and never finish their request: a declared body far over the
 * limit that never comes (refused with a 413 at once), a body that stalls, a header that never
 * ends. The JDK's server reads requests on its executor's threads; with {@code ActionServers} those
 * are not the workers that run handlers, so each such client holds a connection thread only, and
 * requests from everyone else are answered while they wait.
 *
 * <p>The timeouts only turn a hang (every worker held by a client) into a failure; nothing here is timed.
 */
class AbusiveClientsTest {
  private static final String RECORD = "{\"action\":{\"type\":\"ledger.record\",\"payload\":{\"id\":\"%s\",\"amount\":1}}}";

  private final LedgerHandlers ledger = new LedgerHandlers(ForkJoinPool.commonPool());
  private final List<Attacker> attackers = new ArrayList<>();
  private TestServer server;

  @AfterEach
  void stop() {
    attackers.forEach(Attacker::close);
    server.close();
  }

  @Test
  @Timeout(value = 1, unit = TimeUnit.MINUTES)
  void aRefusedBodyThatNeverComesIsAnsweredAtOnceAndHoldsNoWorker() throws Exception {
    start(1);

    for (int i = 0; i < 4; i++) {
      Attacker refused = attack(Attacker.declaringBodyItNeverSends(server.uri("/").getPort(), "/actions", 10_000_000));
      String answer = refused.readAnswer();
      assertTrue(answer.startsWith("HTTP/1.1 413 "), answer);
      assertTrue(answer.contains("\"code\":\"request_too_large\""), answer);
    }

    assertOrdinaryRequestsAreAnswered("after-refusals");
  }

  @Test
  @Timeout(value = 1, unit = TimeUnit.MINUTES)
  void ordinaryRequestsAreAnsweredWhileSlowClientsHoldTheirConnections() throws Exception {
    start(2);
    int port = server.uri("/").getPort();

    for (int i = 0; i < 50; i++) {
      attack(Attacker.withHeaderThatNeverEnds(port, "/actions"));
    }
    for (int i = 0; i < 4; i++) {
      attack(Attacker.withBodyThatStalls(port, "/actions", String.format(RECORD, "stalled-" + i)));
    }
    for (int i = 0; i < 4; i++) {
      // Each 413 read back proves the server has taken up every connection opened before it.
      String answer = attack(Attacker.declaringBodyItNeverSends(port, "/actions", 10_000_000)).readAnswer();
      assertTrue(answer.startsWith("HTTP/1.1 413 "), answer);
    }

    assertOrdinaryRequestsAreAnswered("during-attack");
  }

  private void start(int workers) {
    server = new TestServer(workers);
    server.mount("/actions", ActionEndpoint.of(ActionDispatcher.of(ledger)));
    server.start();
  }

  private Attacker attack(Attacker attacker) {
    attackers.add(attacker);
    return attacker;
  }

  /** A synchronous handler and an asynchronous one, each answered. */
  private void assertOrdinaryRequestsAreAnswered(String id) throws IOException, InterruptedException {
    assertEquals("update", ok(server.post("/actions", String.format(RECORD, id))).get("result").asText());
    assertEquals("update", ok(server.post("/actions", String.format(RECORD, id + "-later")
        .replace("ledger.record", "ledger.record_later"))).get("result").asText());
    assertEquals(1, ledger.amounts().get(id));
    assertEquals(1, ledger.amounts().get(id + "-later"));
  }
}
