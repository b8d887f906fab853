package dev.widgetry.runtime.internal;

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
 * Assembles a widget's complete schema document from the parts widgetry-processor ships, one a
 * widget ({@code <Type>.schema.json}): each holds the widget's own schema, refers to the widgets and
 * enums it reaches as {@code {"$ref": "<package>/<Nested.Name>"}}, defines those enums under
 * {@code $defs} and says under {@code $references} what each name is ({@code enum}; {@code widget}
 * or {@code value}, a widget or value record of the same compilation; {@code embedded}, a widget
 * compiled elsewhere; {@code missing}, one whose schema that compilation did not find). The names
 * are the only resources read: no class path is scanned.
 *
 * <p>The document: the root's part inline, every widget and enum it reaches under {@code $defs},
 * keyed by nested name (the canonical name where a nested name is taken), value records inlined
 * where they are used, {@code "#"} for the root, and the document of a widget compiled elsewhere
 * embedded whole. These are widgetry-processor's {@code SchemaAssembler}'s rules, which make the
 * documents the processor itself needs; the golden files hold the two to the same output.
 */
public final class SchemaAssembly {
  private static final String REFERENCES = "$references";
  private static final Set<String> NOT_SCHEMA = Set.of("$schema", "title", "$defs", REFERENCES);
  private static final String SUFFIX = ".schema.json";

  /** The parsed parts read so far, by id: each is read once however often it is reached. */
  private final Map<String, Map<String, Object>> parts = new HashMap<>();
  private final Function<String, String> texts;

  private SchemaAssembly(Function<String, String> texts) {
    this.texts = texts;
  }

  /**
   * The document of the widget whose generated codec names {@code schemaResource}, its parts read
   * from {@code type}'s class loader.
   */
  public static String document(Class<?> type, String schemaResource) {
    String nested = schemaResource.substring(0, schemaResource.length() - SUFFIX.length());
    String root = type.getPackageName() + "/" + nested;
    return document(root, id -> Resources.read(type, resourceOf(id)));
  }

  /** The document of the widget {@code rootId}, with the text of each part by id. */
  public static String document(String rootId, Function<String, String> partTexts) {
    SchemaAssembly assembly = new SchemaAssembly(partTexts);
    return SchemaJson.print(assembly.new Document(rootId).build());
  }

  /** {@code /com/acme/Outer.Inner.schema.json} for {@code com.acme/Outer.Inner}. */
  static String resourceOf(String id) {
    int slash = id.indexOf('/');
    String path = id.substring(0, slash).replace('.', '/');
    return "/" + (path.isEmpty() ? "" : path + "/") + id.substring(slash + 1) + SUFFIX;
  }

  @SuppressWarnings("unchecked") // parts are JSON objects at the top
  private Map<String, Object> part(String id) {
    return parts.computeIfAbsent(id, key -> (Map<String, Object>) SchemaJson.parse(texts.apply(key)));
  }

  /** One document under construction: the {@code $defs} it collects and the keys it gave them. */
  private final class Document {
    private final String root;
    private final Map<String, String> keys = new HashMap<>();
    private final Set<String> usedKeys = new HashSet<>();
    private final Map<String, Object> defs = new LinkedHashMap<>();
    private final Deque<String> pending = new ArrayDeque<>();
    private final Map<String, Object> enums = new HashMap<>();
    private final Set<String> inlining = new HashSet<>();

    Document(String root) {
      this.root = root;
    }

    Map<String, Object> build() {
      Map<String, Object> part = part(root);
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
        defs.put(keys.get(next), schema != null ? schema : body(part(next)));
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

    @SuppressWarnings("unchecked") // schema documents are trees of maps and lists
    private Object resolve(Object node, Map<String, Object> part) {
      if (node instanceof Map) {
        return resolveObject((Map<String, Object>) node, part);
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

    @SuppressWarnings("unchecked") // schema documents are trees of maps and lists
    private Map<String, Object> reference(String id, String kind, Map<String, Object> part) {
      if (!kind.equals("enum") && id.equals(root)) {
        return refTo(null);
      }
      switch (kind) {
        case "value":
          if (inlining.add(id)) {
            Map<String, Object> inline = body(part(id));
            inlining.remove(id);
            return inline;
          }
          return refTo(key(id));
        case "embedded":
        case "missing":
          return refTo(keys.containsKey(id) ? keys.get(id) : elsewhere(id, kind));
        case "enum":
          enums.putIfAbsent(id, ((Map<String, Object>) part.get("$defs")).get(id));
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
      if (kind.equals("missing")) {
        defs.put(key, Map.of("description", "The schema of " + canonicalName(id) + " was not found at compile time."));
      } else {
        new SchemaEmbedding(defs, usedKeys).embed(new Document(id).build(), key);
      }
      return key;
    }

    private String allocate(String id) {
      String nested = id.substring(id.indexOf('/') + 1);
      String key = usedKeys.contains(nested) ? canonicalName(id) : nested;
      usedKeys.add(key);
      return key;
    }
  }

  private static String canonicalName(String id) {
    return id.startsWith("/") ? id.substring(1) : id.replace('/', '.');
  }

  /** What a {@code $ref} value names in a part, or null when it is not one of the part's references. */
  private static String kind(Map<String, Object> part, Object ref) {
    Object references = part.get(REFERENCES);
    return ref instanceof String && references instanceof Map ? (String) ((Map<?, ?>) references).get(ref) : null;
  }

  /** A reference to a definition, or to the root for a null key. */
  private static Map<String, Object> refTo(String key) {
    Map<String, Object> ref = new LinkedHashMap<>();
    ref.put("$ref", key == null ? "#" : "#/$defs/" + key);
    return ref;
  }
}
