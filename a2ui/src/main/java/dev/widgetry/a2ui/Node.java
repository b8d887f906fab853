package dev.widgetry.a2ui;

/**
 * Something a surface's tree is made of: a component, or a container whose children are nodes
 * ({@link Tree}), flattened into the wire's list of components by {@code Surface}.
 */
public interface Node {}
