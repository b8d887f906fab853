package dev.widgetry.benchmarks.jackson;

import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.annotation.JsonTypeName;

/** A list view item is no member of a union, yet ChatKit wants its {@code "type"} too. */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = "type")
@JsonTypeName("ListViewItem")
abstract class ListViewItemMixIn {}
