package dev.widgetry.benchmarks.dispatch;

/** An action request as a ChatKit page sends it, read: its type, its parsed payload, the item it came from. */
record PageRequest(String type, Object payload, String itemId) {}
