package dev.widgetry.schema.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Merges a schema document that another compilation shipped into the {@code $defs} of the one
 * being built. A definition already present with the same content is shared; one whose key is
 * taken by something else is renamed, and every {@code $ref} to it rewritten.
 */
final class Embedding {
  private static final String PREFIX = "#/$defs/";

  private final Map<String, Object> defs;
  private final Set<String> usedKeys;

  Embedding(Map<String, Object> defs, Set<String> usedKeys) {
    this.defs = defs;
    this.usedKeys = usedKeys;
  }

  /** Adds the document's root as {@code defs[key]} and its own definitions beside it. */
  @SuppressWarnings("unchecked") // schema documents are trees of maps and lists
  void embed(Map<String, Object> document, String key) {
    Map<String, Object> theirs = (Map<String, Object>) document.getOrDefault("$defs", Map.of());
    Map<String, String> renames = new HashMap<>();
    List<String> added = new ArrayList<>();
    for (Map.Entry<String, Object> def : theirs.entrySet()) {
      String name = def.getKey();
      if (defs.containsKey(name) && defs.get(name).equals(def.getValue())) {
        renames.put(name, name);
      } else if (usedKeys.contains(name) || defs.containsKey(name)) {
        String fresh = freshKey(name);
        renames.put(name, fresh);
        added.add(name);
      } else {
        renames.put(name, name);
        usedKeys.add(name);
        added.add(name);
      }
    }
    for (String name : added) {
      defs.put(renames.get(name), rewrite(theirs.get(name), renames, key));
    }
    Map<String, Object> root = new LinkedHashMap<>(document);
    root.remove("$schema");
    root.remove("title");
    root.remove("$defs");
    defs.put(key, rewrite(root, renames, key));
  }

  private String freshKey(String name) {
    int n = 2;
    while (usedKeys.contains(name + n) || defs.containsKey(name + n)) {
      n++;
    }
    usedKeys.add(name + n);
    return name + n;
  }

  /** A copy of a schema with its references pointed at their new keys ("#" at the embedded root). */
  private static Object rewrite(Object node, Map<String, String> renames, String rootKey) {
    if (node instanceof Map) {
      Map<String, Object> copy = new LinkedHashMap<>();
      for (Map.Entry<?, ?> entry : ((Map<?, ?>) node).entrySet()) {
        String name = (String) entry.getKey();
        Object value = entry.getValue();
        if (name.equals("$ref") && value instanceof String) {
          copy.put(name, rewriteRef((String) value, renames, rootKey));
        } else {
          copy.put(name, rewrite(value, renames, rootKey));
        }
      }
      return copy;
    }
    if (node instanceof List) {
      List<Object> copy = new ArrayList<>();
      for (Object item : (List<?>) node) {
        copy.add(rewrite(item, renames, rootKey));
      }
      return copy;
    }
    return node;
  }

  private static String rewriteRef(String ref, Map<String, String> renames, String rootKey) {
    if (ref.equals("#")) {
      return PREFIX + rootKey;
    }
    if (ref.startsWith(PREFIX)) {
      String target = ref.substring(PREFIX.length());
      return PREFIX + renames.getOrDefault(target, target);
    }
    return ref;
  }
}
