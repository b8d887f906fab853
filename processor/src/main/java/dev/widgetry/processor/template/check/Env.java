package dev.widgetry.processor.template.check;

import dev.widgetry.processor.template.types.Ty;
import dev.widgetry.processor.template.types.Tys;
import java.util.HashMap;
import java.util.Map;

/**
 * What the checker knows at one point of the template: each visible name's declaration and type,
 * types narrowed by the tests on the way there ({@code {% if x is defined %}}), and the current types
 * of namespace attributes. Immutable: each change makes a new one.
 */
final class Env {
  /** A name's declaration and type; {@code version} changes with every assignment, narrowing aside. */
  record Binding(Decl decl, Ty type, int version) {}

  private static final java.util.concurrent.atomic.AtomicInteger VERSIONS = new java.util.concurrent.atomic.AtomicInteger();

  private final Map<String, Binding> names;
  /** Narrowed types by path: {@code user.image}, {@code items[0]}. */
  private final Map<String, Ty> narrowed;
  private final Map<Decl, Ty> fields;

  Env() {
    this(Map.of(), Map.of(), Map.of());
  }

  private Env(Map<String, Binding> names, Map<String, Ty> narrowed, Map<Decl, Ty> fields) {
    this.names = names;
    this.narrowed = narrowed;
    this.fields = fields;
  }

  Binding lookup(String name) {
    return names.get(name);
  }

  Map<String, Binding> names() {
    return names;
  }

  Ty narrowed(String path) {
    return narrowed.get(path);
  }

  Ty field(Decl field) {
    return fields.get(field);
  }

  Env bind(String name, Decl decl, Ty type) {
    Map<String, Binding> copy = new HashMap<>(names);
    copy.put(name, new Binding(decl, type, VERSIONS.incrementAndGet()));
    return new Env(copy, forget(name), fields);
  }

  Env narrow(String path, Ty type) {
    Map<String, Ty> copy = new HashMap<>(narrowed);
    copy.put(path, type);
    return new Env(names, copy, fields);
  }

  Env setField(Decl field, String path, Ty type) {
    Map<Decl, Ty> copy = new HashMap<>(fields);
    copy.put(field, type);
    return new Env(names, forget(path), copy);
  }

  /** The narrowed types of {@code path} and the paths under it, dropped. */
  private Map<String, Ty> forget(String path) {
    Map<String, Ty> copy = new HashMap<>(narrowed);
    copy.keySet().removeIf(key -> key.equals(path) || key.startsWith(path + ".") || key.startsWith(path + "["));
    return copy;
  }

  /** What holds after one of two paths: names both know (types joined), narrowings both made. */
  static Env join(Env a, Env b) {
    Map<String, Binding> names = new HashMap<>();
    for (Map.Entry<String, Binding> entry : a.names.entrySet()) {
      Binding other = b.names.get(entry.getKey());
      if (other == null) {
        continue;
      }
      Binding mine = entry.getValue();
      Decl decl = mine.decl().kind() == Decl.Kind.LOCAL ? mine.decl() : other.decl();
      int version = mine.version() == other.version() ? mine.version() : VERSIONS.incrementAndGet();
      names.put(entry.getKey(), new Binding(decl, Tys.union(mine.type(), other.type()), version));
    }
    for (Map.Entry<String, Binding> entry : b.names.entrySet()) {
      if (!a.names.containsKey(entry.getKey())) {
        Binding only = entry.getValue();
        names.put(entry.getKey(), new Binding(only.decl(), Tys.union(only.type(), unbound(entry.getKey())), only.version()));
      }
    }
    for (Map.Entry<String, Binding> entry : a.names.entrySet()) {
      if (!b.names.containsKey(entry.getKey())) {
        Binding only = entry.getValue();
        names.put(entry.getKey(), new Binding(only.decl(), Tys.union(only.type(), unbound(entry.getKey())), only.version()));
      }
    }
    Map<String, Ty> narrowed = new HashMap<>();
    for (Map.Entry<String, Ty> entry : a.narrowed.entrySet()) {
      Ty other = b.narrowed.get(entry.getKey());
      if (other != null) {
        narrowed.put(entry.getKey(), Tys.union(entry.getValue(), other));
      }
    }
    Map<Decl, Ty> fields = new HashMap<>(a.fields);
    b.fields.forEach((decl, type) -> fields.merge(decl, type, Tys::union));
    return new Env(names, narrowed, fields);
  }

  private static Ty unbound(String name) {
    return new Ty.Undefined(name + " is set on only some paths", null);
  }

  /**
   * The same names, with the namespace attributes of {@code other} joined in: before a loop's next
   * iteration, or after the loop. What was narrowed under a namespace is forgotten.
   */
  Env withFieldsOf(Env other) {
    Map<Decl, Ty> joined = new HashMap<>(fields);
    other.fields.forEach((decl, type) -> joined.merge(decl, type, Tys::union));
    Map<String, Ty> kept = new HashMap<>(narrowed);
    for (Map.Entry<String, Binding> entry : names.entrySet()) {
      if (Tys.has(entry.getValue().type(), Ty.Namespace.class)) {
        String name = entry.getKey();
        kept.keySet().removeIf(key -> key.startsWith(name + "."));
      }
    }
    return new Env(names, kept, joined);
  }

  /** Whether the fields of {@code other} are all known here with the same types. */
  boolean sameFields(Env other) {
    return fields.equals(other.fields);
  }
}
