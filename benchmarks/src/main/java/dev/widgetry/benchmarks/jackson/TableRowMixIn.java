package dev.widgetry.benchmarks.jackson;

import com.fasterxml.jackson.annotation.JsonTypeName;

/** A table row says {@code "type": "Table.Row"} wherever it is written, as ChatKit expects. */
@JsonTypeName("Table.Row")
abstract class TableRowMixIn {}
