package dev.widgetry.chatkit.server.store;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Method;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.ConcurrentLinkedQueue;
import javax.sql.DataSource;

/**
 * The least a connection pool does, for the tests: a connection closed by its user goes back to
 * the pool for the next one, as an application's pool (HikariCP, its framework's) would do it. A
 * PostgreSQL connection costs the server a process, so opening one per operation would make the
 * tests measure that rather than the store.
 */
final class PooledDataSource extends ConnectionWrappingDataSource {
  private final DataSource database;
  private final ConcurrentLinkedQueue<Connection> idle = new ConcurrentLinkedQueue<>();

  PooledDataSource(DataSource database) {
    this.database = database;
  }

  @Override
  Connection connection() throws SQLException {
    Connection connection = idle.poll();
    return connection != null ? connection : database.getConnection();
  }

  @Override
  InvocationHandler intercept(Connection connection, Method method) {
    if (!method.getName().equals("close")) {
      return null;
    }
    return (proxy, closing, arguments) -> {
      idle.add(connection);
      return null;
    };
  }
}
