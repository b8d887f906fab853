package dev.widgetry.tests.http;

import static dev.widgetry.tests.http.Wire.json;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import dev.widgetry.runtime.ActionContext;
import dev.widgetry.runtime.ActionDispatcher;
import dev.widgetry.runtime.http.ActionEndpoint;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Many clients at once against one server: every request names an entry no other request names,
 * so each answer can be checked for exactly the entry and the clerk of its own request, and the
 * ledger at the end must hold exactly the entries that were valid.
 */
class ConcurrentClientsTest {
  private static final int CLIENTS = 8;
  private static final int REQUESTS_PER_CLIENT = 500;
  /** Page record, sync record answered later, streamed record, static echo, invalid payload. */
  private static final int KINDS = 5;

  private final ExecutorService later = Executors.newFixedThreadPool(2);
  private final LedgerHandlers ledger = new LedgerHandlers(later);

  /** The timeout only turns a hang into a failure; nothing here is timed. */
  @Test
  @Timeout(value = 2, unit = TimeUnit.MINUTES)
  void everyAnswerIsTheAnswerToItsOwnRequestAndTheLedgerIsExact() throws Exception {
    ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
    try (TestServer server = new TestServer(CLIENTS)) {
      server.mount("/actions", ActionEndpoint.of(ActionDispatcher.of(ledger)).withContext(exchange ->
          ActionContext.empty().with(Clerk.class, new Clerk(exchange.getRequestHeaders().getFirst("X-Clerk")))));
      server.start();

      Queue<String> failures = new ConcurrentLinkedQueue<>();
      List<Callable<Integer>> work = new ArrayList<>();
      for (int client = 0; client < CLIENTS; client++) {
        int c = client;
        work.add(() -> runClient(server, c, failures));
      }
      int checked = 0;
      for (Future<Integer> done : clients.invokeAll(work)) {
        checked += done.get();
      }

      List<String> firstFailures = List.copyOf(failures).subList(0, Math.min(failures.size(), 10));
      assertEquals(List.of(), firstFailures, failures.size() + " requests failed");
      assertEquals(CLIENTS * REQUESTS_PER_CLIENT, checked);
      assertEquals(expectedLedger(), ledger.amounts());
    } finally {
      clients.shutdownNow();
      later.shutdownNow();
    }
  }

  /** Sends this client's requests one after another; returns how many answers were right. */
  private static int runClient(TestServer server, int client, Queue<String> failures) throws InterruptedException {
    int right = 0;
    for (int i = 0; i < REQUESTS_PER_CLIENT; i++) {
      String id = id(client, i);
      int kind = i % KINDS;
      try {
        HttpResponse<String> response = server.send(server.request("/actions").header("X-Clerk", clerk(client))
            .POST(HttpRequest.BodyPublishers.ofString(request(kind, id, client, i + 1))));
        checkAnswer(kind, id, client, i + 1, response);
        right++;
      } catch (AssertionError | Exception e) {
        failures.add(id + " (kind " + kind + "): " + e);
      }
    }
    return right;
  }

  private static String request(int kind, String id, int client, int amount) {
    String entry = "{\"id\":\"" + id + "\",\"amount\":" + amount + "}";
    switch (kind) {
      case 0:
        return "{\"action\":{\"type\":\"ledger.record\",\"payload\":" + entry + "}}";
      case 1:
        return serverRequest("threads.sync_custom_action", client, id, "ledger.record_later", entry);
      case 2:
        return serverRequest("threads.custom_action", client, id, "ledger.record", entry);
      case 3:
        return "{\"action\":{\"type\":\"ledger.echo\",\"payload\":\"" + id + "\"}}";
      default:
        return "{\"action\":{\"type\":\"ledger.record\",\"payload\":{\"id\":\"" + id + "\",\"amount\":0}}}";
    }
  }

  private static String serverRequest(String type, int client, String id, String action, String payload) {
    return "{\"type\":\"" + type + "\",\"params\":{\"thread_id\":\"" + thread(client) + "\",\"item_id\":\"" + item(id)
        + "\",\"action\":{\"type\":\"" + action + "\",\"payload\":" + payload + "}}}";
  }

  private static void checkAnswer(int kind, String id, int client, int amount, HttpResponse<String> response) {
    JsonNode recorded = card("recorded " + id + " = " + amount);
    switch (kind) {
      case 0:
        assertEquals(json("{\"result\":\"update\",\"widget\":" + recorded + ",\"message\":\"by " + clerk(client)
            + "\"}"), Wire.ok(response));
        break;
      case 1:
        JsonNode item = Wire.ok(response).get("updated_item");
        assertEquals(item(id), item.get("id").asText());
        assertEquals(thread(client), item.get("thread_id").asText());
        assertEquals(recorded, item.get("widget"));
        break;
      case 2:
        List<JsonNode> events = Wire.events(response);
        assertEquals(2, events.size(), response.body());
        assertEquals(item(id), events.get(0).get("item_id").asText());
        assertEquals(recorded, events.get(0).get("update").get("widget"));
        assertEquals(thread(client), events.get(1).get("item").get("thread_id").asText());
        assertEquals("by " + clerk(client), events.get(1).get("item").get("content").get(0).get("text").asText());
        break;
      case 3:
        assertEquals(json("{\"result\":\"replace\",\"widget\":" + card("echo " + id) + "}"), Wire.ok(response));
        break;
      default:
        assertEquals(List.of("/action/payload/amount"), Wire.pointers(Wire.error(response, 422, "invalid_payload")));
    }
  }

  /** Every entry of kinds 0 to 2 once, with its amount; kinds 3 and 4 record nothing. */
  private static Map<String, Integer> expectedLedger() {
    Map<String, Integer> expected = new HashMap<>();
    for (int client = 0; client < CLIENTS; client++) {
      for (int i = 0; i < REQUESTS_PER_CLIENT; i++) {
        if (i % KINDS <= 2) {
          expected.put(id(client, i), i + 1);
        }
      }
    }
    return expected;
  }

  private static JsonNode card(String text) {
    return json("{\"type\":\"Card\",\"children\":[{\"type\":\"Text\",\"value\":\"" + text + "\"}]}");
  }

  private static String id(int client, int request) {
    return "c" + client + "-r" + request;
  }

  private static String clerk(int client) {
    return "clerk-" + client;
  }

  private static String thread(int client) {
    return "thread-" + client;
  }

  private static String item(String id) {
    return "item-" + id;
  }
}
