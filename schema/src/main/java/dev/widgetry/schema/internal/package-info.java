/**
 * Internal: not for users, and free to change in any release. The rules of Widgetry's JSON Schema
 * documents as trees of maps and lists: the printer, the assembly of a widget's document from the
 * parts the processor ships, the embedding of a document compiled elsewhere, the strict form and
 * the tool definition. widgetry-processor applies them at build time and widgetry-runtime at run
 * time; they live here, with no dependencies, so that the two cannot write different bytes and
 * neither depends on the other.
 */
package dev.widgetry.schema.internal;
