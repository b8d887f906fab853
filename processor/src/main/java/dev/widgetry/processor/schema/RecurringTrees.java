package dev.widgetry.processor.schema;

import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Map;

/**
 * JSON subtrees that recur, the same instance, in many documents: the definitions {@link
 * SchemaGenerator} shares. Each is made strict once and printed once per indent, so a widget
 * reached from many others costs its schema once rather than once a document.
 */
public final class RecurringTrees {
  /** The recurring trees, with the texts printed so far, by indent. */
  private final Map<Object, Map<Integer, String>> texts = new IdentityHashMap<>();
  /** The strict form of each recurring tree made strict so far; itself recurring. */
  private final Map<Object, Map<String, Object>> strict = new IdentityHashMap<>();

  /** Marks a tree as recurring; it must not change from now on. */
  void add(Object tree) {
    texts.putIfAbsent(tree, new HashMap<>());
  }

  boolean contains(Object tree) {
    return texts.containsKey(tree);
  }

  /** The text of a recurring tree at an indent, or null when it was not printed there yet. */
  String text(Object tree, int indent) {
    return texts.get(tree).get(indent);
  }

  void putText(Object tree, int indent, String text) {
    texts.get(tree).put(indent, text);
  }

  /** The strict form of a recurring tree, or null when it was not made yet. */
  Map<String, Object> strict(Object tree) {
    return strict.get(tree);
  }

  void putStrict(Object tree, Map<String, Object> strictTree) {
    strict.put(tree, strictTree);
    add(strictTree);
  }
}
