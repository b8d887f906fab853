package dev.widgetry.chatkit.server.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The store contract on SQLite, in a file as an application uses it; and what survives a restart. */
class SqliteStoreTest extends ThreadStoreContract {
  @TempDir
  Path folder;
  private SqliteStore store;

  @Override
  ThreadStore store() {
    store = SqliteStore.open(folder.resolve("data/chat.db"));
    return store;
  }

  @AfterEach
  void close() {
    if (store != null) {
      store.close();
    }
  }

  @Test
  void theFileIsCreatedOnFirstUseAndKeepsEverythingAcrossARestart() {
    Path file = folder.resolve("nested/folders/chat.db");
    try (SqliteStore first = SqliteStore.open(file)) {
      first.saveThread(thread("thr_a"), CONTEXT);
      for (var item : everyKindOfItem("thr_a")) {
        first.addItem(item, CONTEXT);
      }
    }
    assertEquals(true, Files.isRegularFile(file));

    try (SqliteStore reopened = SqliteStore.open(file)) {
      assertEquals(thread("thr_a"), reopened.loadThread("thr_a", CONTEXT));
      assertEquals(everyKindOfItem("thr_a"), reopened.loadItems("thr_a", null, 50, Order.ASC, CONTEXT).data());
      assertEquals(List.of("thr_a"), threadIds(reopened.loadThreads(5, null, Order.DESC, CONTEXT)));
    }
  }
}
