package dev.widgetry.chatkit.server.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The default store: an embedded SQLite database in one file, created on first use, so an
 * application keeps its threads across restarts with no database to set up. One connection serves
 * every request, one transaction at a time (SQLite writes one at a time anyway), in WAL mode. For
 * several instances of an application on one database, use {@link PostgresStore}.
 *
 * <pre>{@code
 * SqliteStore store = SqliteStore.open(Path.of("data/chat.db"));
 * }</pre>
 */
public final class SqliteStore extends JdbcThreadStore implements AutoCloseable {
  private final Connection connection;
  private final ReentrantLock lock = new ReentrantLock();

  private SqliteStore(Connection connection) {
    super(SqlDialect.SQLITE);
    this.connection = connection;
  }

  /**
   * Opens the database in {@code file}, creating the file, its folders and the tables when they do
   * not exist.
   *
   * @throws StoreException when its folder cannot be made, or the file cannot be opened as a SQLite
   *     database
   */
  public static SqliteStore open(Path file) {
    Path parent = file.toAbsolutePath().getParent();
    try {
      Files.createDirectories(parent);
    } catch (IOException e) {
      throw new StoreException("Cannot create the folder of the store, " + parent + ": " + e.getMessage(), e);
    }
    return connect("jdbc:sqlite:" + file.toAbsolutePath(), true);
  }

  /** A database in memory, gone when the store is closed: for tests and demos. */
  public static SqliteStore inMemory() {
    return connect("jdbc:sqlite::memory:", false);
  }

  /** Opens the connection and sets it up; a connection that cannot be set up is closed, not left open. */
  private static SqliteStore connect(String url, boolean file) {
    Connection connection;
    try {
      connection = DriverManager.getConnection(url);
    } catch (SQLException e) {
      throw new StoreException("Cannot open the SQLite store at " + url + ": " + e.getMessage(), e);
    }
    try {
      try (Statement pragmas = connection.createStatement()) {
        pragmas.execute("PRAGMA foreign_keys = ON");
        // Another process may have the file open: wait for its write rather than fail at once.
        pragmas.execute("PRAGMA busy_timeout = 10000");
        if (file) {
          // Readers do not block the writer; a commit is durable without a sync of the whole file each time.
          pragmas.execute("PRAGMA journal_mode = WAL");
          pragmas.execute("PRAGMA synchronous = NORMAL");
        }
      }
      connection.setAutoCommit(false);
      SqliteStore store = new SqliteStore(connection);
      store.transaction(c -> {
        store.createSchema(c);
        return null;
      });
      return store;
    } catch (SQLException | RuntimeException e) {
      try {
        connection.close();
      } catch (SQLException closing) {
        e.addSuppressed(closing);
      }
      throw e instanceof StoreException stored ? stored
          : new StoreException("Cannot open the SQLite store at " + url + ": " + e.getMessage(), e);
    }
  }

  @Override
  <T> T transaction(SqlWork<T> work) {
    lock.lock();
    try {
      T result = work.run(connection);
      connection.commit();
      return result;
    } catch (SQLException e) {
      rollback(e);
      throw new StoreException("The SQLite store failed: " + e.getMessage(), e);
    } catch (RuntimeException | Error e) {
      rollback(e);
      throw e;
    } finally {
      lock.unlock();
    }
  }

  private void rollback(Throwable cause) {
    try {
      connection.rollback();
    } catch (SQLException e) {
      cause.addSuppressed(e);
    }
  }

  /** Closes the database. */
  @Override
  public void close() {
    lock.lock();
    try {
      connection.close();
    } catch (SQLException e) {
      throw new StoreException("Cannot close the SQLite store: " + e.getMessage(), e);
    } finally {
      lock.unlock();
    }
  }
}
