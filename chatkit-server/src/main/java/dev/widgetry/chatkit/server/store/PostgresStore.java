package dev.widgetry.chatkit.server.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import javax.sql.DataSource;

/**
 * The store on PostgreSQL, for several instances of an application behind a load balancer on one
 * database: each entry is a JSONB row, items reference their thread (deleting a thread cascades),
 * and every operation is one transaction on a connection of the application's {@link DataSource}
 * (give it a pooled one). Needs the {@code org.postgresql:postgresql} driver on the class path.
 *
 * <pre>{@code
 * PostgresStore store = PostgresStore.create(dataSource);
 * }</pre>
 */
public final class PostgresStore extends JdbcThreadStore {
  /** The advisory lock that keeps instances starting together from creating the tables twice. */
  private static final long SCHEMA_LOCK = 0x636b_7374_6f72_65L;

  private final DataSource dataSource;

  private PostgresStore(DataSource dataSource) {
    super(SqlDialect.POSTGRES);
    this.dataSource = dataSource;
  }

  /**
   * A store on the database {@code dataSource} connects to, creating the tables when they do not
   * exist.
   *
   * @throws StoreException when the database cannot be reached or the tables cannot be created
   */
  public static PostgresStore create(DataSource dataSource) {
    PostgresStore store = new PostgresStore(dataSource);
    store.transaction(connection -> {
      try (PreparedStatement lock = connection.prepareStatement("SELECT pg_advisory_xact_lock(?)")) {
        lock.setLong(1, SCHEMA_LOCK);
        lock.execute();
      }
      store.createSchema(connection);
      return null;
    });
    return store;
  }

  @Override
  <T> T transaction(SqlWork<T> work) {
    try (Connection connection = dataSource.getConnection()) {
      connection.setAutoCommit(false);
      try {
        T result = work.run(connection);
        connection.commit();
        return result;
      } catch (SQLException | RuntimeException | Error e) {
        try {
          connection.rollback();
        } catch (SQLException rollback) {
          e.addSuppressed(rollback);
        }
        throw e;
      }
    } catch (SQLException e) {
      throw new StoreException("The PostgreSQL store failed: " + e.getMessage(), e);
    }
  }
}
