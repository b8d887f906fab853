package dev.widgetry.schema.internal;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Assembles a complete schema document from {@linkplain SchemaParts parts}: the root's part inline,
 * and every widget and enum it reaches under {@code $defs}, keyed by nested name (the canonical
 * name where a nested name is taken), with value records inlined where they are used, {@code "#"}
 * for the root, and the document of a widget compiled elsewhere embedded whole.
 *
 * <p>The processor assembles with it the documents it needs itself, from the parts of its
 * compilation and those other compilations shipped; the runtime assembles users' documents with it,
 * from the parts on the class path.
 */
public final class SchemaAssembler {
  private static final Set<String> NOT_SCHEMA = Set.of("$schema", "title", "$defs", SchemaParts.REFERENCES);

  /** The part of a widget by id; for an id a part refers to, never null. */
  private final Function<String, Map<String, Object>> parts;

  public SchemaAssembler(Function<String, Map<String, Object>> parts) {
    this.parts = parts;
  }

  /**
   * The document whose root's part is {@code part}: the widget {@code rootId}'s, or, for a null
   * id, one that is no widget's (an action's wrapped parameters).
   */
  public Map<String, Object> document(String rootId, Map<String, Object> part) {
    return new Assembly(rootId).build(part);
  }

  /** One document under construction: the {@code $defs} it collects and the keys it gave them. */
  private final class Assembly {
    /** The root's id, or null for a document that is not a widget's. */
    private final String root;
    private final Map<String, String> keys = new HashMap<>();
    private final Set<String> usedKeys = new HashSet<>();
    private final Map<String, Object> defs = new LinkedHashMap<>();
    private final Deque<String> pending = new ArrayDeque<>();
    private final Map<String, Object> enums = new HashMap<>();
    private final Set<String> inlining = new HashSet<>();

    Assembly(String root) {
      this.root = root;
    }

    Map<String, Object> build(Map<String, Object> part) {
      Map<String, Object> document = new LinkedHashMap<>();
      part.forEach((name, value) -> {
        if (name.equals("$schema") || name.equals("title")) {
          document.put(name, value);
        }
      });
      document.putAll(body(part));
      while (!pending.isEmpty()) {
        String next = pending.poll();
        Object schema = enums.get(next);
        defs.put(keys.get(next), schema != null ? schema : body(parts.apply(next)));
      }
      if (!defs.isEmpty()) {
        document.put("$defs", new TreeMap<>(defs));
      }
      return document;
    }

    /** The schema a part describes, without its document's keywords, its references resolved. */
    private Map<String, Object> body(Map<String, Object> part) {
      Map<String, Object> body = new LinkedHashMap<>();
      part.forEach((name, value) -> {
        if (!NOT_SCHEMA.contains(name)) {
          body.put(name, value);
        }
      });
      return resolveObject(body, part);
    }

    private Object resolve(Object node, Map<String, Object> part) {
      if (node instanceof Map) {
        @SuppressWarnings("unchecked") // schema documents are trees of maps and lists
        Map<String, Object> object = (Map<String, Object>) node;
        return resolveObject(object, part);
      }
      if (node instanceof List) {
        List<Object> copy = new ArrayList<>();
        for (Object item : (List<?>) node) {
          copy.add(resolve(item, part));
        }
        return copy;
      }
      return node;
    }

    /**
     * A copy of an object with its reference resolved in place: an inlined value record's keywords
     * take the reference's place, and replace a description the object had before it.
     */
    private Map<String, Object> resolveObject(Map<String, Object> object, Map<String, Object> part) {
      Map<String, Object> copy = new LinkedHashMap<>();
      for (Map.Entry<String, Object> entry : object.entrySet()) {
        String kind = entry.getKey().equals("$ref") ? kind(part, entry.getValue()) : null;
        if (kind != null) {
          copy.putAll(reference((String) entry.getValue(), kind, part));
        } else {
          copy.put(entry.getKey(), resolve(entry.getValue(), part));
        }
      }
      return copy;
    }

    private Map<String, Object> reference(String id, String kind, Map<String, Object> part) {
      if (!kind.equals(SchemaParts.ENUM) && id.equals(root)) {
        return refTo(null);
      }
      switch (kind) {
        case SchemaParts.VALUE:
          if (inlining.add(id)) {
            Map<String, Object> inline = body(parts.apply(id));
            inlining.remove(id);
            return inline;
          }
          return refTo(key(id));
        case SchemaParts.EMBEDDED:
        case SchemaParts.MISSING:
          return refTo(keys.containsKey(id) ? keys.get(id) : elsewhere(id, kind));
        case SchemaParts.ENUM:
          enums.putIfAbsent(id, defsOf(part).get(id));
          return refTo(key(id));
        default:
          return refTo(key(id));
      }
    }

    /** The key of a widget or enum, allocated and queued the first time. */
    private String key(String id) {
      String key = keys.get(id);
      if (key == null) {
        key = allocate(id);
        keys.put(id, key);
        pending.add(id);
      }
      return key;
    }

    /** A widget compiled elsewhere: its own document merged into this one's $defs. */
    private String elsewhere(String id, String kind) {
      String key = allocate(id);
      keys.put(id, key);
      if (kind.equals(SchemaParts.MISSING)) {
        defs.put(key, Map.of("description",
            "The schema of " + SchemaParts.canonicalName(id) + " was not found at compile time."));
      } else {
        new Embedding(defs, usedKeys).embed(new Assembly(id).build(parts.apply(id)), key);
      }
      return key;
    }

    /**
     * The nested name, or the canonical one where that is taken, or, where both are (a widget of
     * the unnamed package, whose canonical name is its nested name), the canonical one numbered as
     * {@link Embedding} numbers a taken key.
     */
    private String allocate(String id) {
      String nested = id.substring(id.indexOf('/') + 1);
      String key = usedKeys.contains(nested) ? SchemaParts.canonicalName(id) : nested;
      for (int n = 2; usedKeys.contains(key); n++) {
        key = SchemaParts.canonicalName(id) + n;
      }
      usedKeys.add(key);
      return key;
    }
  }

  /** What a {@code $ref} value names in a part, or null when it is not one of the part's references. */
  private static String kind(Map<String, Object> part, Object ref) {
    Object references = part.get(SchemaParts.REFERENCES);
    return ref instanceof String && references instanceof Map ? (String) ((Map<?, ?>) references).get(ref) : null;
  }

  @SuppressWarnings("unchecked") // schema documents are trees of maps and lists
  private static Map<String, Object> defsOf(Map<String, Object> part) {
    return (Map<String, Object>) part.getOrDefault("$defs", Map.of());
  }

  /** A reference to a definition, or to the root for a null key. */
  private static Map<String, Object> refTo(String key) {
    Map<String, Object> ref = new LinkedHashMap<>();
    ref.put("$ref", key == null ? "#" : "#/$defs/" + key);
    return ref;
  }
}
