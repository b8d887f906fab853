package dev.widgetry.processor.schema;

import dev.widgetry.processor.model.A2uiVersionNames;
import dev.widgetry.processor.model.JavaName;
import dev.widgetry.processor.model.JsonType;
import dev.widgetry.processor.model.Property;
import dev.widgetry.processor.model.TypeUse;
import dev.widgetry.processor.model.WidgetModel;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * What is written for models in A2UI's first version, v0.9: the strict render schema of a catalog
 * without the props and the union members that exist from a later version on ({@code @A2uiSince}),
 * and with a literal in the props that take a binding from a later version on
 * ({@code @A2uiBindableSince}), which a v0.9 reader would refuse.
 */
public final class FirstVersionProps {
  /** The JSON type of the literal of each dynamic type. */
  private static final Map<String, String> LITERALS = Map.of(
      "dev.widgetry.a2ui.DynamicString", "string",
      "dev.widgetry.a2ui.DynamicNumber", "number",
      "dev.widgetry.a2ui.DynamicBoolean", "boolean");

  private FirstVersionProps() {}

  /** Whether the prop exists in v0.9, the version the catalog document and what models read describe. */
  public static boolean inFirstVersion(Property property) {
    return property.since() == null;
  }

  /**
   * {@code strict} (a strict schema whose {@code $defs} are named by the records' nested names)
   * without the later versions' props of the records reachable from {@code root}, and without the
   * definitions only those props used.
   *
   * @param basic the basic catalog's render schema, or null: a record of the basic catalog's
   *     compilation has no model here, so its definition is the basic render schema's when the two
   *     differ only by props the basic one left out
   */
  @SuppressWarnings("unchecked") // schema documents are trees of maps and lists
  public static Map<String, Object> leaveOut(Map<String, Object> strict, JavaName root,
      Function<JavaName, WidgetModel> models, Map<String, Object> basic) {
    Map<String, Set<String>> later = new LinkedHashMap<>();
    Set<String> laterMembers = new LinkedHashSet<>();
    Map<String, Map<String, String>> literals = new LinkedHashMap<>();
    collect(root, models, new HashSet<>(), later, laterMembers, literals);
    Object defs = strict.get("$defs");
    if (!(defs instanceof Map)) {
      return strict;
    }
    Map<String, Object> newDefs = new LinkedHashMap<>((Map<String, Object>) defs);
    later.forEach((name, props) -> {
      Object def = newDefs.get(name);
      if (def instanceof Map) {
        newDefs.put(name, without((Map<String, Object>) def, props));
      }
    });
    literals.forEach((name, props) -> {
      Object def = newDefs.get(name);
      if (def instanceof Map) {
        newDefs.put(name, withLiterals((Map<String, Object>) def, props));
      }
    });
    newDefs.forEach((name, def) -> {
      if (systemCall(def)) {
        laterMembers.add(name);
      }
    });
    withoutMembers(newDefs, laterMembers);
    Map<String, Object> basicDefs = basic == null ? Map.of() : (Map<String, Object>) basic.get("$defs");
    newDefs.replaceAll((name, def) -> {
      Object first = basicDefs.get(name);
      return first instanceof Map && def instanceof Map && first.equals(withLiterals(without((Map<String, Object>) def,
          laterThan((Map<String, Object>) def, (Map<String, Object>) first)), literalsOf((Map<String, Object>) def,
          (Map<String, Object>) first))) ? first : def;
    });
    // What only the props left out referred to goes too; whatever else was there stays.
    Set<String> dropped = new LinkedHashSet<>(used(strict, (Map<String, Object>) defs));
    dropped.removeAll(used(strict, newDefs));
    newDefs.keySet().removeAll(dropped);
    Map<String, Object> copy = new LinkedHashMap<>(strict);
    copy.put("$defs", newDefs);
    return copy;
  }

  /** The props {@code def} has and {@code first}, the same record's first-version form, has not. */
  @SuppressWarnings("unchecked") // schema documents are trees of maps and lists
  private static Set<String> laterThan(Map<String, Object> def, Map<String, Object> first) {
    Set<String> props = new LinkedHashSet<>();
    if (def.get("properties") instanceof Map && first.get("properties") instanceof Map) {
      props.addAll(((Map<String, Object>) def.get("properties")).keySet());
      props.removeAll(((Map<String, Object>) first.get("properties")).keySet());
    }
    return props;
  }

  /**
   * The props where {@code def} holds a dynamic type and {@code first}, the same record's
   * first-version form, its literal: those a later version takes a binding in.
   */
  @SuppressWarnings("unchecked") // schema documents are trees of maps and lists
  private static Map<String, String> literalsOf(Map<String, Object> def, Map<String, Object> first) {
    Map<String, String> literals = new LinkedHashMap<>();
    if (def.get("properties") instanceof Map && first.get("properties") instanceof Map) {
      Map<String, Object> firstProps = (Map<String, Object>) first.get("properties");
      ((Map<String, Object>) def.get("properties")).forEach((prop, schema) -> {
        Object literal = firstProps.get(prop) instanceof Map ? ((Map<String, Object>) firstProps.get(prop)).get("type")
            : null;
        if (schema instanceof Map && ((Map<String, Object>) schema).containsKey("$ref")
            && literal instanceof String && LITERALS.containsValue(literal)) {
          literals.put(prop, (String) literal);
        }
      });
    }
    return literals;
  }

  /** A copy of an object schema whose {@code props} hold their literal ({@code "string"}) in place of their type. */
  @SuppressWarnings("unchecked") // schema documents are trees of maps and lists
  private static Map<String, Object> withLiterals(Map<String, Object> def, Map<String, String> props) {
    if (props.isEmpty() || !(def.get("properties") instanceof Map)) {
      return def;
    }
    Map<String, Object> copy = new LinkedHashMap<>(def);
    Map<String, Object> properties = new LinkedHashMap<>((Map<String, Object>) copy.get("properties"));
    props.forEach((prop, literal) -> {
      if (properties.get(prop) instanceof Map) {
        Map<String, Object> schema = new LinkedHashMap<>((Map<String, Object>) properties.get(prop));
        schema.remove("$ref");
        schema.put("type", literal);
        properties.put(prop, schema);
      }
    });
    copy.put("properties", properties);
    return copy;
  }

  /**
   * Whether {@code def} is a call of an A2UI system function ({@code "call": "@index"}), which v0.9
   * has none of: found by its shape, since the records of another compilation have no model here.
   */
  @SuppressWarnings("unchecked") // schema documents are trees of maps and lists
  private static boolean systemCall(Object def) {
    if (!(def instanceof Map) || !(((Map<String, Object>) def).get("properties") instanceof Map)) {
      return false;
    }
    Object call = ((Map<String, Object>) ((Map<String, Object>) def).get("properties")).get("call");
    Object names = call instanceof Map ? ((Map<String, Object>) call).get("enum") : null;
    return names instanceof List && ((List<Object>) names).size() == 1
        && String.valueOf(((List<Object>) names).get(0)).startsWith("@");
  }

  /**
   * Leaves out of every union's {@code anyOf} the members named in {@code members}, and the unions
   * left with none, until none is left empty: {@code NumberFunction} holds only {@code IndexCall},
   * so {@code DynamicNumber} loses it too. The definitions of what is left out go as well.
   */
  @SuppressWarnings("unchecked") // schema documents are trees of maps and lists
  private static void withoutMembers(Map<String, Object> defs, Set<String> members) {
    Set<String> gone = new LinkedHashSet<>(members);
    boolean changed = !gone.isEmpty();
    while (changed) {
      changed = false;
      for (Map.Entry<String, Object> entry : defs.entrySet()) {
        if (!(entry.getValue() instanceof Map) || gone.contains(entry.getKey())) {
          continue;
        }
        Map<String, Object> def = (Map<String, Object>) entry.getValue();
        if (!(def.get("anyOf") instanceof List)) {
          continue;
        }
        List<Object> anyOf = new ArrayList<>((List<Object>) def.get("anyOf"));
        if (anyOf.removeIf(option -> option instanceof Map
            && gone.stream().anyMatch(name -> ("#/$defs/" + name).equals(((Map<String, Object>) option).get("$ref"))))) {
          Map<String, Object> copy = new LinkedHashMap<>(def);
          copy.put("anyOf", anyOf);
          entry.setValue(copy);
          if (anyOf.isEmpty()) {
            gone.add(entry.getKey());
            changed = true;
          }
        }
      }
    }
    // With them go the records nested in them (IndexCall.Args), under whichever name the merge gave them.
    defs.keySet().removeIf(name -> gone.stream().anyMatch(member -> name.equals(member)
        || name.startsWith(member + ".")));
  }

  /** The names of the definitions the document refers to, directly or through other definitions. */
  @SuppressWarnings("unchecked") // schema documents are trees of maps and lists
  private static Set<String> used(Map<String, Object> document, Map<String, Object> defs) {
    Set<String> reached = new LinkedHashSet<>();
    List<Object> pending = new ArrayList<>();
    document.forEach((key, value) -> {
      if (!key.equals("$defs")) {
        pending.add(value);
      }
    });
    while (!pending.isEmpty()) {
      Object node = pending.remove(pending.size() - 1);
      if (node instanceof Map) {
        Object ref = ((Map<String, Object>) node).get("$ref");
        if (ref instanceof String && ((String) ref).startsWith("#/$defs/")) {
          String name = ((String) ref).substring("#/$defs/".length());
          if (reached.add(name) && defs.containsKey(name)) {
            pending.add(defs.get(name));
          }
        }
        pending.addAll(((Map<String, Object>) node).values());
      } else if (node instanceof List) {
        pending.addAll((List<Object>) node);
      }
    }
    return reached;
  }

  /** A copy of an object schema without {@code props}; the original may be shared by other documents. */
  @SuppressWarnings("unchecked") // schema documents are trees of maps and lists
  private static Map<String, Object> without(Map<String, Object> def, Set<String> props) {
    Map<String, Object> copy = new LinkedHashMap<>(def);
    if (copy.get("properties") instanceof Map) {
      Map<String, Object> properties = new LinkedHashMap<>((Map<String, Object>) copy.get("properties"));
      properties.keySet().removeAll(props);
      copy.put("properties", properties);
    }
    if (copy.get("required") instanceof List) {
      List<Object> required = new ArrayList<>((List<Object>) copy.get("required"));
      required.removeAll(props);
      copy.put("required", required);
    }
    return copy;
  }

  private static void collect(JavaName name, Function<JavaName, WidgetModel> models, Set<JavaName> seen,
      Map<String, Set<String>> later, Set<String> laterMembers, Map<String, Map<String, String>> literals) {
    WidgetModel model = models.apply(name);
    if (model == null || !seen.add(name)) {
      return;
    }
    if (model instanceof WidgetModel.UnionWidget) {
      for (WidgetModel.UnionMember member : ((WidgetModel.UnionWidget) model).members()) {
        if (member.since() != null) {
          laterMembers.add(member.name().nestedName());
        } else {
          collect(member.name(), models, seen, later, laterMembers, literals);
        }
      }
      return;
    }
    for (Property property : ((WidgetModel.RecordWidget) model).properties()) {
      if (!inFirstVersion(property)) {
        later.computeIfAbsent(name.nestedName(), key -> new LinkedHashSet<>()).add(property.jsonName());
      }
      String literal = literalInFirstVersion(property);
      if (literal != null) {
        literals.computeIfAbsent(name.nestedName(), key -> new LinkedHashMap<>()).put(property.jsonName(), literal);
      }
      widgets(property.type(), models, seen, later, laterMembers, literals);
    }
  }

  /** The JSON type of the literal a prop holds in v0.9 when it takes a binding from a later version on, else null. */
  private static String literalInFirstVersion(Property property) {
    if (property.bindableSince() == null || A2uiVersionNames.has(property.bindableSince(), null, "V0_9")
        || !(property.type().type() instanceof JsonType.WidgetRef)) {
      return null;
    }
    return LITERALS.get(((JsonType.WidgetRef) property.type().type()).name().canonicalName());
  }

  private static void widgets(TypeUse use, Function<JavaName, WidgetModel> models, Set<JavaName> seen,
      Map<String, Set<String>> later, Set<String> laterMembers, Map<String, Map<String, String>> literals) {
    JsonType type = use.type();
    if (type instanceof JsonType.OptionalOf) {
      widgets(((JsonType.OptionalOf) type).element(), models, seen, later, laterMembers, literals);
    } else if (type instanceof JsonType.Sequence) {
      widgets(((JsonType.Sequence) type).element(), models, seen, later, laterMembers, literals);
    } else if (type instanceof JsonType.MapOf) {
      widgets(((JsonType.MapOf) type).value(), models, seen, later, laterMembers, literals);
    } else if (type instanceof JsonType.WidgetRef) {
      collect(((JsonType.WidgetRef) type).name(), models, seen, later, laterMembers, literals);
    }
  }
}
