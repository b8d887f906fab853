package dev.widgetry.chatkit.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.widgetry.chatkit.server.store.Order;
import dev.widgetry.chatkit.server.store.SqliteStore;
import dev.widgetry.chatkit.server.store.StoreException;
import dev.widgetry.runtime.ActionContext;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A server built without a store opens {@code chatkit.db} in the working folder; closing the
 * server closes that file. A store the application gave is the application's to close.
 */
class ServerClosingTest {
  private static final Path DEFAULT_FILE = Path.of("chatkit.db");
  private final Responder silent = (thread, message, context, stream) -> { };

  @AfterEach
  void deleteDefaultFile() throws Exception {
    Files.deleteIfExists(DEFAULT_FILE);
  }

  @Test
  void closingTheServerClosesTheStoreItOpened() {
    ChatKitServer server = ChatKitServer.builder(silent).build();
    assertTrue(Files.exists(DEFAULT_FILE), "the default store is chatkit.db in the working folder");
    assertEquals(0, threads(server));

    server.close();

    assertThrows(StoreException.class, () -> threads(server));
    server.close();
  }

  @Test
  void closingTheServerLeavesAGivenStoreOpen() {
    try (SqliteStore store = SqliteStore.inMemory()) {
      ChatKitServer server = ChatKitServer.builder(silent).store(store).build();

      server.close();

      assertEquals(0, threads(server));
    }
  }

  private static int threads(ChatKitServer server) {
    return server.store().loadThreads(10, null, Order.DESC, ActionContext.empty()).data().size();
  }
}
