package dev.widgetry.chatkit.server.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.widgetry.chatkit.server.types.ThreadItem;
import dev.widgetry.chatkit.server.types.ThreadMetadata;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import java.util.function.Function;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/** The store contract on a real PostgreSQL server; and instances that start together on one database. */
class PostgresStoreTest extends ThreadStoreContract {

  @Override
  ThreadStore store() {
    return PostgresStore.create(TestPostgres.newDatabase());
  }

  @Test
  void instancesStartingTogetherShareOneSchema() throws Exception {
    DataSource database = TestPostgres.newDatabase();
    ExecutorService pool = Executors.newFixedThreadPool(4);
    Callable<PostgresStore> start = () -> PostgresStore.create(database);
    List<Future<PostgresStore>> started = pool.invokeAll(List.of(start, start, start, start));
    pool.shutdown();
    PostgresStore one = started.get(0).get();
    PostgresStore other = started.get(3).get();

    one.saveThread(thread("thr_a"), CONTEXT);
    other.addItem(message("msg_0", "thr_a", "hi"), CONTEXT);

    assertEquals(message("msg_0", "thr_a", "hi"), one.loadItem("thr_a", "msg_0", CONTEXT));
  }

  /*
   * Two writers, the first held at its commit after its insert. Without the store's locks the
   * second commits a higher seq first, a reader's page ends at it, and the first row, committed
   * later with a lower seq, is never on a page after that cursor.
   */
  @Test
  void aPageNeverStepsOverAnItemCommittedLate() throws Exception {
    assertEquals(List.of("msg_1", "msg_2"), pagesAcrossALateCommit(
        store -> store.saveThread(thread("thr_a"), CONTEXT),
        (store, n) -> store.addItem(message("msg_" + n, "thr_a", "hi"), CONTEXT),
        (store, after) -> store.loadItems("thr_a", after, 10, Order.ASC, CONTEXT), ThreadItem::id));
  }

  @Test
  void aPageNeverStepsOverAThreadCommittedLate() throws Exception {
    assertEquals(List.of("thr_1", "thr_2"), pagesAcrossALateCommit(
        store -> { },
        (store, n) -> store.saveThread(thread("thr_" + n), CONTEXT),
        (store, after) -> store.loadThreads(10, after, Order.ASC, CONTEXT), ThreadMetadata::id));
  }

  /** Writer 1 is held at its commit while writer 2 writes and a page is read; then the rest is read. */
  private static <T> List<String> pagesAcrossALateCommit(Consumer<ThreadStore> setUp, Writer write,
      PageReader<T> read, Function<T, String> id) throws Exception {
    DataSource database = TestPostgres.newDatabase();
    CommitGate gate = new CommitGate(database);
    PostgresStore held = PostgresStore.create(gate);
    PostgresStore other = PostgresStore.create(database);
    setUp.accept(other);
    gate.shut();
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      Future<?> first = pool.submit(() -> write.write(held, 1));
      gate.awaitHeld();
      Future<?> second = pool.submit(() -> write.write(other, 2));
      try {
        second.get(1, TimeUnit.SECONDS);
      } catch (TimeoutException waitingForTheFirst) {
        // the second writer waits for the first one's lock: what keeps rows in seq order
      }
      Page<T> page = read.read(other, null);
      gate.open();
      first.get();
      second.get();
      List<String> seen = new ArrayList<>();
      page.data().forEach(row -> seen.add(id.apply(row)));
      read.read(other, page.after()).data().forEach(row -> seen.add(id.apply(row)));
      return seen;
    } finally {
      gate.open();
      pool.shutdownNow();
    }
  }

  private interface Writer {
    void write(ThreadStore store, int n);
  }

  private interface PageReader<T> {
    Page<T> read(ThreadStore store, String after);
  }
}
