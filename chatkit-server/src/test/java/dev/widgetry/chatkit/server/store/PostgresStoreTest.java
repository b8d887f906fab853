package dev.widgetry.chatkit.server.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
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
}
