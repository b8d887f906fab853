package dev.widgetry.benchmarks.avaje.model;

/** A whole widget: a card or a list view. */
public sealed interface Root permits Card, ListView {}
