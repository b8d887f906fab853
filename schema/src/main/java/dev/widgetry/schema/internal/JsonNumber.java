package dev.widgetry.schema.internal;

/**
 * A number as a reader found it written, which {@link JsonPrinter} prints back unchanged: a
 * document read from a shipped resource and printed again keeps its numbers' text.
 */
public record JsonNumber(String text) {}
