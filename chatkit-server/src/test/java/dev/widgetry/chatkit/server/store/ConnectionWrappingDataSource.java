package dev.widgetry.chatkit.server.store;

import java.io.PrintWriter;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * A test data source that hands out its database's connections behind a proxy: a subclass says
 * what one of a connection's calls does instead ({@link #intercept}), every other call goes to the
 * connection. What DataSource asks beyond {@code getConnection()} is the least a test needs.
 */
abstract class ConnectionWrappingDataSource implements DataSource {

  /** A connection of the database, unwrapped: a fresh one, or one a pool kept. */
  abstract Connection connection() throws SQLException;

  /**
   * What {@code method} does on {@code connection} instead of the connection's own, or null to let
   * the connection do it.
   */
  abstract InvocationHandler intercept(Connection connection, Method method);

  @Override
  public Connection getConnection() throws SQLException {
    Connection connection = connection();
    return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(), new Class<?>[] {Connection.class},
        (proxy, method, arguments) -> {
          InvocationHandler instead = intercept(connection, method);
          if (instead != null) {
            return instead.invoke(proxy, method, arguments);
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
    throw new SQLFeatureNotSupportedException("Connects as its database does");
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
