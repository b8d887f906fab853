package dev.widgetry.chatkit.server.store;

import dev.widgetry.chatkit.server.types.Attachment;
import dev.widgetry.chatkit.server.types.ThreadItem;
import dev.widgetry.chatkit.server.types.ThreadMetadata;
import dev.widgetry.runtime.ActionContext;
import dev.widgetry.runtime.ParseOptions;
import dev.widgetry.runtime.WidgetCodec;
import dev.widgetry.runtime.WidgetParseException;
import dev.widgetry.runtime.Widgets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The store on a SQL database, shared by {@link SqliteStore} and {@link PostgresStore}: three
 * tables whose rows keep each entry as JSON written by the generated codecs, and a growing
 * {@code seq} that orders threads and items by insertion. Adding an item is one insert, never a
 * rewrite of its thread, so concurrent writers lose nothing; pages are read by {@code seq} after
 * the cursor's. Writers of one thread's items, and writers of threads, commit one at a time (see
 * {@link SqlDialect#POSTGRES}), so a row never commits after a row with a higher {@code seq} was
 * read: a page's cursor never steps over a row.
 */
abstract class JdbcThreadStore implements ThreadStore {
  /** Read what the store holds leniently: a newer version may have written properties this one ignores. */
  private static final ParseOptions STORED = ParseOptions.defaults().withIgnoreUnknownProperties(true);
  private static final WidgetCodec<ThreadMetadata> THREADS = Widgets.codec(ThreadMetadata.class);
  private static final WidgetCodec<ThreadItem> ITEMS = Widgets.codec(ThreadItem.class);
  private static final WidgetCodec<Attachment> ATTACHMENTS = Widgets.codec(Attachment.class);

  /** One unit of work on a connection, run in a transaction. */
  @FunctionalInterface
  interface SqlWork<T> {
    T run(Connection connection) throws SQLException;
  }

  private final SqlDialect dialect;
  private final String upsertThread;
  private final String insertItem;
  private final String upsertItem;
  private final String upsertAttachment;

  JdbcThreadStore(SqlDialect dialect) {
    this.dialect = dialect;
    String json = dialect.jsonParameter();
    this.upsertThread = "INSERT INTO chatkit_threads (id, data) VALUES (?, " + json + ")"
        + " ON CONFLICT (id) DO UPDATE SET data = excluded.data";
    this.insertItem = "INSERT INTO chatkit_items (id, thread_id, data) VALUES (?, ?, " + json + ")";
    // An item's id is unique across threads: a save never moves or rewrites another thread's item.
    this.upsertItem = insertItem + " ON CONFLICT (id) DO UPDATE SET data = excluded.data"
        + " WHERE chatkit_items.thread_id = excluded.thread_id";
    this.upsertAttachment = "INSERT INTO chatkit_attachments (id, data) VALUES (?, " + json + ")"
        + " ON CONFLICT (id) DO UPDATE SET data = excluded.data";
  }

  /** Runs {@code work} in a transaction, committed when it returns and rolled back when it throws. */
  abstract <T> T transaction(SqlWork<T> work);

  /** Creates the tables that do not exist yet. */
  void createSchema(Connection connection) throws SQLException {
    for (String statement : dialect.schema()) {
      try (PreparedStatement create = connection.prepareStatement(statement)) {
        create.execute();
      }
    }
  }

  @Override
  public void saveThread(ThreadMetadata thread, ActionContext context) {
    transaction(connection -> {
      if (!dialect.threadListLock().isEmpty()) {
        try (PreparedStatement lock = connection.prepareStatement(dialect.threadListLock())) {
          lock.execute();
        }
      }
      return update(connection, upsertThread, thread.id(), THREADS.toJson(thread));
    });
  }

  @Override
  public ThreadMetadata loadThread(String threadId, ActionContext context) {
    return transaction(connection -> {
      String data = single(connection, "SELECT data FROM chatkit_threads WHERE id = ?", threadId);
      if (data == null) {
        throw new NotFoundException("thread", threadId);
      }
      return read(THREADS, data, "thread " + threadId);
    });
  }

  @Override
  public Page<ThreadMetadata> loadThreads(int limit, String after, Order order, ActionContext context) {
    return transaction(connection -> {
      String sql = "SELECT data FROM chatkit_threads";
      List<String> rows;
      if (after == null) {
        rows = strings(connection, sql + orderAndLimit(order), limit + 1);
      } else {
        long start = sequence(connection, "SELECT seq FROM chatkit_threads WHERE id = ?", "thread", after);
        rows = strings(connection, sql + " WHERE seq " + (order == Order.ASC ? ">" : "<") + " ?" + orderAndLimit(order),
            start, limit + 1);
      }
      return page(rows, limit, THREADS, ThreadMetadata::id);
    });
  }

  @Override
  public void deleteThread(String threadId, ActionContext context) {
    transaction(connection -> {
      update(connection, "DELETE FROM chatkit_items WHERE thread_id = ?", threadId);
      return update(connection, "DELETE FROM chatkit_threads WHERE id = ?", threadId);
    });
  }

  @Override
  public Page<ThreadItem> loadItems(String threadId, String after, int limit, Order order, ActionContext context) {
    return transaction(connection -> {
      requireThread(connection, threadId);
      String sql = "SELECT data FROM chatkit_items WHERE thread_id = ?";
      List<String> rows;
      if (after == null) {
        rows = strings(connection, sql + orderAndLimit(order), threadId, limit + 1);
      } else {
        long start = sequence(connection, "SELECT seq FROM chatkit_items WHERE id = ? AND thread_id = ?", "item",
            after, threadId);
        rows = strings(connection, sql + " AND seq " + (order == Order.ASC ? ">" : "<") + " ?" + orderAndLimit(order),
            threadId, start, limit + 1);
      }
      return page(rows, limit, ITEMS, ThreadItem::id);
    });
  }

  @Override
  public void addItem(ThreadItem item, ActionContext context) {
    transaction(connection -> {
      lockThread(connection, item.threadId());
      return update(connection, insertItem, item.id(), item.threadId(), ITEMS.toJson(item));
    });
  }

  @Override
  public void saveItem(ThreadItem item, ActionContext context) {
    transaction(connection -> {
      lockThread(connection, item.threadId());
      if (update(connection, upsertItem, item.id(), item.threadId(), ITEMS.toJson(item)) == 0) {
        throw new StoreException("The item " + item.id() + " belongs to another thread than " + item.threadId()
            + "; an item's id names one item across all threads", null);
      }
      return null;
    });
  }

  @Override
  public ThreadItem loadItem(String threadId, String itemId, ActionContext context) {
    return transaction(connection -> {
      String data = single(connection, "SELECT data FROM chatkit_items WHERE id = ? AND thread_id = ?", itemId,
          threadId);
      if (data == null) {
        throw new NotFoundException("item", itemId);
      }
      return read(ITEMS, data, "item " + itemId);
    });
  }

  @Override
  public void deleteItem(String threadId, String itemId, ActionContext context) {
    transaction(connection -> update(connection, "DELETE FROM chatkit_items WHERE id = ? AND thread_id = ?", itemId,
        threadId));
  }

  @Override
  public void saveAttachment(Attachment attachment, ActionContext context) {
    transaction(connection -> update(connection, upsertAttachment, attachment.id(), ATTACHMENTS.toJson(attachment)));
  }

  @Override
  public Attachment loadAttachment(String attachmentId, ActionContext context) {
    return transaction(connection -> {
      String data = single(connection, "SELECT data FROM chatkit_attachments WHERE id = ?", attachmentId);
      if (data == null) {
        throw new NotFoundException("attachment", attachmentId);
      }
      return read(ATTACHMENTS, data, "attachment " + attachmentId);
    });
  }

  @Override
  public void deleteAttachment(String attachmentId, ActionContext context) {
    transaction(connection -> update(connection, "DELETE FROM chatkit_attachments WHERE id = ?", attachmentId));
  }

  private static void requireThread(Connection connection, String threadId) throws SQLException {
    if (single(connection, "SELECT id FROM chatkit_threads WHERE id = ?", threadId) == null) {
      throw new NotFoundException("thread", threadId);
    }
  }

  /** Checks the thread exists and locks its row, so its items commit in the order they were added. */
  private void lockThread(Connection connection, String threadId) throws SQLException {
    if (single(connection, "SELECT id FROM chatkit_threads WHERE id = ?" + dialect.rowLock(), threadId) == null) {
      throw new NotFoundException("thread", threadId);
    }
  }

  private static String orderAndLimit(Order order) {
    return " ORDER BY seq " + (order == Order.ASC ? "ASC" : "DESC") + " LIMIT ?";
  }

  /** The page of the first {@code limit} rows; one more row than that means more follow. */
  private static <T> Page<T> page(List<String> rows, int limit, WidgetCodec<T> codec,
      Function<T, String> id) {
    boolean hasMore = rows.size() > limit;
    List<T> data = new ArrayList<>(Math.min(rows.size(), limit));
    for (String row : hasMore ? rows.subList(0, limit) : rows) {
      data.add(read(codec, row, codec.type().getSimpleName()));
    }
    return new Page<>(data, hasMore, data.isEmpty() ? null : id.apply(data.get(data.size() - 1)));
  }

  private static <T> T read(WidgetCodec<T> codec, String data, String what) {
    try {
      return codec.fromJson(data, STORED);
    } catch (WidgetParseException e) {
      throw new StoreException("The store holds a " + what + " it cannot read: " + e.getMessage(), e);
    }
  }

  private static long sequence(Connection connection, String sql, String kind, String id, Object... more)
      throws SQLException {
    Object[] parameters = new Object[more.length + 1];
    parameters[0] = id;
    System.arraycopy(more, 0, parameters, 1, more.length);
    try (PreparedStatement statement = prepare(connection, sql, parameters); ResultSet rows = statement.executeQuery()) {
      if (!rows.next()) {
        throw new NotFoundException(kind, id);
      }
      return rows.getLong(1);
    }
  }

  private static String single(Connection connection, String sql, Object... parameters) throws SQLException {
    try (PreparedStatement statement = prepare(connection, sql, parameters); ResultSet rows = statement.executeQuery()) {
      return rows.next() ? rows.getString(1) : null;
    }
  }

  private static List<String> strings(Connection connection, String sql, Object... parameters) throws SQLException {
    List<String> found = new ArrayList<>();
    try (PreparedStatement statement = prepare(connection, sql, parameters); ResultSet rows = statement.executeQuery()) {
      while (rows.next()) {
        found.add(rows.getString(1));
      }
    }
    return found;
  }

  private static Integer update(Connection connection, String sql, Object... parameters) throws SQLException {
    try (PreparedStatement statement = prepare(connection, sql, parameters)) {
      return statement.executeUpdate();
    }
  }

  private static PreparedStatement prepare(Connection connection, String sql, Object... parameters)
      throws SQLException {
    PreparedStatement statement = connection.prepareStatement(sql);
    try {
      for (int i = 0; i < parameters.length; i++) {
        statement.setObject(i + 1, parameters[i]);
      }
      return statement;
    } catch (SQLException e) {
      statement.close();
      throw e;
    }
  }
}
