package dev.widgetry.chatkit.server.store;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;

/**
 * A data source whose connections, once the gate is {@link #shut}, hold a transaction at its
 * commit until the gate {@link #open}s: what lets a test look at the database while one writer's
 * rows are inserted but not yet committed.
 */
final class CommitGate extends ConnectionWrappingDataSource {
  private final DataSource database;
  private volatile CountDownLatch held = new CountDownLatch(0);
  private volatile CountDownLatch released = new CountDownLatch(0);

  CommitGate(DataSource database) {
    this.database = database;
  }

  /** From now on, the next commit waits for {@link #open}. */
  void shut() {
    held = new CountDownLatch(1);
    released = new CountDownLatch(1);
  }

  /** Waits until a transaction is held at its commit. */
  void awaitHeld() throws InterruptedException {
    if (!held.await(30, TimeUnit.SECONDS)) {
      throw new AssertionError("No transaction reached its commit");
    }
  }

  /** Lets the held commit, and every later one, go on. */
  void open() {
    released.countDown();
  }

  @Override
  Connection connection() throws SQLException {
    return database.getConnection();
  }

  @Override
  InvocationHandler intercept(Connection connection, Method method) {
    if (!method.getName().equals("commit")) {
      return null;
    }
    return (proxy, commit, arguments) -> {
      held.countDown();
      released.await();
      try {
        return commit.invoke(connection, arguments);
      } catch (InvocationTargetException e) {
        throw e.getCause();
      }
    };
  }
}
