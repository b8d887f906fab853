package dev.widgetry.chatkit.server.store;

import java.io.PrintWriter;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * A data source whose connections, once the gate is {@link #shut}, hold a transaction at its
 * commit until the gate {@link #open}s: what lets a test look at the database while one writer's
 * rows are inserted but not yet committed.
 */
final class CommitGate implements DataSource {
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
  public Connection getConnection() throws SQLException {
    Connection connection = database.getConnection();
    return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(), new Class<?>[] {Connection.class},
        (proxy, method, arguments) -> {
          if (method.getName().equals("commit")) {
            held.countDown();
            released.await();
          }
          try {
            return method.invoke(connection, arguments);
          } catch (InvocationTargetException e) {
            throw e.getCause();
          }
        });
  }

  @Override
  public Connection getConnection(String username, String password) throws SQLException {
    throw new SQLFeatureNotSupportedException("The gate connects as its data source does");
  }

  @Override
  public PrintWriter getLogWriter() {
    return null;
  }

  @Override
  public void setLogWriter(PrintWriter out) {}

  @Override
  public void setLoginTimeout(int seconds) {}

  @Override
  public int getLoginTimeout() {
    return 0;
  }

  @Override
  public Logger getParentLogger() throws SQLFeatureNotSupportedException {
    throw new SQLFeatureNotSupportedException();
  }

  @Override
  public <T> T unwrap(Class<T> type) throws SQLException {
    throw new SQLException("Not a wrapper of " + type);
  }

  @Override
  public boolean isWrapperFor(Class<?> type) {
    return false;
  }
}
