package dev.widgetry.benchmarks.jackson;

import com.fasterxml.jackson.annotation.JsonTypeName;

/** A table cell says {@code "type": "Table.Cell"} wherever it is written, as ChatKit expects. */
@JsonTypeName("Table.Cell")
abstract class TableCellMixIn {}
