package dev.widgetry.chatkit.server.store;

import java.util.List;

/**
 * What differs between the SQL databases the JDBC stores run on: how a table's insertion order and
 * its JSON column are declared, and how a JSON parameter is written.
 *
 * @param sequenceColumn the declaration of {@code seq}, a number that grows with every row inserted
 * @param jsonColumn the type of the {@code data} column
 * @param jsonParameter the placeholder of a JSON value in a statement
 * @param rowLock what a {@code SELECT} ends with to lock the rows it reads until the transaction ends
 * @param threadListLock a statement that lets one transaction at a time write {@code chatkit_threads},
 *     or empty where writers are one at a time anyway
 */
record SqlDialect(String sequenceColumn, String jsonColumn, String jsonParameter, String rowLock,
    String threadListLock) {
  /** SQLite: one connection, and the store lets one transaction use it at a time. */
  static final SqlDialect SQLITE = new SqlDialect("seq INTEGER PRIMARY KEY AUTOINCREMENT", "TEXT", "?", "", "");
  /**
   * PostgreSQL: an identity value is taken when a row is inserted, not when it commits, so two
   * writers could commit out of {@code seq} order and a reader paging by {@code seq} would step
   * over the late one. Writers of one thread's items lock its row, and writers of threads take an
   * advisory lock, so rows commit in {@code seq} order.
   */
  static final SqlDialect POSTGRES = new SqlDialect("seq BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY",
      "JSONB", "CAST(? AS JSONB)", " FOR UPDATE", "SELECT pg_advisory_xact_lock(" + 0x636b_7468_7265_6164L + ")");

  /** The statements that create the tables and index, each when it does not exist yet. */
  List<String> schema() {
    return List.of(
        "CREATE TABLE IF NOT EXISTS chatkit_threads (" + sequenceColumn + ", id TEXT NOT NULL UNIQUE, data "
            + jsonColumn + " NOT NULL)",
        "CREATE TABLE IF NOT EXISTS chatkit_items (" + sequenceColumn + ", id TEXT NOT NULL UNIQUE,"
            + " thread_id TEXT NOT NULL REFERENCES chatkit_threads (id) ON DELETE CASCADE, data " + jsonColumn
            + " NOT NULL)",
        "CREATE INDEX IF NOT EXISTS chatkit_items_by_thread ON chatkit_items (thread_id, seq)",
        "CREATE TABLE IF NOT EXISTS chatkit_attachments (id TEXT PRIMARY KEY, data " + jsonColumn + " NOT NULL)");
  }
}
