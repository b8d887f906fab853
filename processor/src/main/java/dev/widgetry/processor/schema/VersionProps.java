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
 * What is written for models in one A2UI version: the strict render schema of a catalog without
 * the props, the union members and the enum constants that version has not, which its reader would
 * refuse: in v0.9 those that exist from a later version on ({@code @A2uiSince}), in v1.0 those an
 * earlier version had last ({@code @A2uiUntil}); and with a literal in the props that take a
 * binding from a later version on ({@code @A2uiBindableSince}).
 */
public final class VersionProps {

  private VersionProps() {}

  /** What the version has not, found in the records reachable from a catalog's root. */
  private static final class Absent {
    /** Props, by the nested name of their record. */
    final Map<String, Set<String>> props = new LinkedHashMap<>();
    /** Union members, by nested name. */
    final Set<String> members = new LinkedHashSet<>();
    /** Enum constants' JSON names, by the nested name of their enum. */
    final Map<String, Set<String>> constants = new LinkedHashMap<>();
    /** Props that hold a literal only, with the literal's JSON type, by the nested name of their record. */
    final Map<String, Map<String, String>> literals = new LinkedHashMap<>();
  }

  /**
   * {@code strict} (a strict schema whose {@code $defs} are named by the records' nested names)
   * without the props of the records reachable from {@code root} that {@code version} has not, and
   * without the definitions only those props used.
   *
   * @param basic the basic catalog's render schema of {@code version}, or null: a record of the basic
   *     catalog's compilation has no model here, so its definition is the basic render schema's when
   *     the two differ only by props the basic one left out
   * @param version the {@code A2uiVersion} constant, {@link A2uiVersionNames#V0_9} or {@link A2uiVersionNames#V1_0}
   */
  @SuppressWarnings("unchecked") // schema documents are trees of maps and lists
  public static Map<String, Object> leaveOut(Map<String, Object> strict, JavaName root,
      Function<JavaName, WidgetModel> models, Map<String, Object> basic, String version) {
    Absent absent = new Absent();
    collect(root, models, new HashSet<>(), absent, version);
    Object defs = strict.get("$defs");
    if (!(defs instanceof Map)) {
      return strict;
    }
    Map<String, Object> newDefs = new LinkedHashMap<>((Map<String, Object>) defs);
    absent.props.forEach((name, props) -> {
      Object def = newDefs.get(name);
      if (def instanceof Map) {
        newDefs.put(name, without((Map<String, Object>) def, props));
      }
    });
    absent.literals.forEach((name, props) -> {
      Object def = newDefs.get(name);
      if (def instanceof Map) {
        newDefs.put(name, withLiterals((Map<String, Object>) def, props));
      }
    });
    absent.constants.forEach((name, constants) -> {
      Object def = newDefs.get(name);
      if (def instanceof Map) {
        newDefs.put(name, withoutConstants((Map<String, Object>) def, constants));
      }
    });
    newDefs.forEach((name, def) -> {
      if (version.equals(A2uiVersionNames.V0_9) && systemCall(def)) {
        absent.members.add(name);
      }
    });
    withoutMembers(newDefs, absent.members);
    Map<String, Object> basicDefs = basic == null ? Map.of() : (Map<String, Object>) basic.get("$defs");
    newDefs.replaceAll((name, def) -> {
      Object first = basicDefs.get(name);
      return first instanceof Map && def instanceof Map && first.equals(inVersion((Map<String, Object>) def,
          (Map<String, Object>) first)) ? first : def;
    });
    // What only the props left out referred to goes too; whatever else was there stays.
    Set<String> dropped = new LinkedHashSet<>(used(strict, (Map<String, Object>) defs));
    dropped.removeAll(used(strict, newDefs));
    newDefs.keySet().removeAll(dropped);
    Map<String, Object> copy = new LinkedHashMap<>(strict);
    copy.put("$defs", newDefs);
    return copy;
  }

  /**
   * {@code def} as {@code first}, the same record's or enum's form in the version, would have it if
   * they differ only by what the version has not: the props and the enum constants {@code first}
   * lacks, and the literals it holds where {@code def} holds a dynamic type.
   */
  @SuppressWarnings("unchecked") // schema documents are trees of maps and lists
  private static Map<String, Object> inVersion(Map<String, Object> def, Map<String, Object> first) {
    if (def.get("enum") instanceof List && first.get("enum") instanceof List) {
      Set<String> later = new LinkedHashSet<>();
      ((List<Object>) def.get("enum")).forEach(constant -> later.add(String.valueOf(constant)));
      ((List<Object>) first.get("enum")).forEach(constant -> later.remove(String.valueOf(constant)));
      return withoutConstants(def, later);
    }
    return withLiterals(without(def, laterThan(def, first)), literalsOf(def, first));
  }

  /** The props {@code def} has and {@code first}, the same record's form in the version, has not. */
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
   * The props where {@code def} holds a dynamic type and {@code first}, the same record's form in
   * the version, its literal: those a later version takes a binding in.
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
            && literal instanceof String && CatalogSchemas.LITERALS.containsValue(literal)) {
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

  /** A copy of an enum's schema without the constants named {@code names}. */
  @SuppressWarnings("unchecked") // schema documents are trees of maps and lists
  private static Map<String, Object> withoutConstants(Map<String, Object> def, Set<String> names) {
    if (!(def.get("enum") instanceof List)) {
      return def;
    }
    List<Object> constants = new ArrayList<>((List<Object>) def.get("enum"));
    constants.removeAll(names);
    Map<String, Object> copy = new LinkedHashMap<>(def);
    copy.put("enum", constants);
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
  static Set<String> used(Map<String, Object> document, Map<String, Object> defs) {
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
      Absent absent, String version) {
    WidgetModel model = models.apply(name);
    if (model == null || !seen.add(name)) {
      return;
    }
    if (model instanceof WidgetModel.UnionWidget) {
      for (WidgetModel.UnionMember member : ((WidgetModel.UnionWidget) model).members()) {
        if (!A2uiVersionNames.has(member.since(), member.until(), version)) {
          absent.members.add(member.name().nestedName());
        } else {
          collect(member.name(), models, seen, absent, version);
        }
      }
      return;
    }
    for (Property property : ((WidgetModel.RecordWidget) model).properties()) {
      if (!A2uiVersionNames.has(property.since(), property.until(), version)) {
        absent.props.computeIfAbsent(name.nestedName(), key -> new LinkedHashSet<>()).add(property.jsonName());
      }
      String literal = literalIn(property, version);
      if (literal != null) {
        absent.literals.computeIfAbsent(name.nestedName(), key -> new LinkedHashMap<>())
            .put(property.jsonName(), literal);
      }
      widgets(property.type(), models, seen, absent, version);
    }
  }

  /** The JSON type of the literal a prop holds in {@code version} when it takes a binding from a later one on, else null. */
  private static String literalIn(Property property, String version) {
    if (property.bindableSince() == null || A2uiVersionNames.has(property.bindableSince(), null, version)
        || !(property.type().type() instanceof JsonType.WidgetRef)) {
      return null;
    }
    JavaName type = ((JsonType.WidgetRef) property.type().type()).name();
    return type.packageName().equals("dev.widgetry.a2ui") ? CatalogSchemas.LITERALS.get(type.nestedName()) : null;
  }

  private static void widgets(TypeUse use, Function<JavaName, WidgetModel> models, Set<JavaName> seen,
      Absent absent, String version) {
    JsonType type = use.type();
    if (type instanceof JsonType.OptionalOf) {
      widgets(((JsonType.OptionalOf) type).element(), models, seen, absent, version);
    } else if (type instanceof JsonType.Sequence) {
      widgets(((JsonType.Sequence) type).element(), models, seen, absent, version);
    } else if (type instanceof JsonType.MapOf) {
      widgets(((JsonType.MapOf) type).value(), models, seen, absent, version);
    } else if (type instanceof JsonType.WidgetRef) {
      collect(((JsonType.WidgetRef) type).name(), models, seen, absent, version);
    } else if (type instanceof JsonType.EnumType) {
      JsonType.EnumType enumType = (JsonType.EnumType) type;
      for (JsonType.EnumConstant constant : enumType.constants()) {
        if (!A2uiVersionNames.has(constant.since(), constant.until(), version)) {
          absent.constants.computeIfAbsent(enumType.name().nestedName(), key -> new LinkedHashSet<>())
              .add(constant.jsonName());
        }
      }
    }
  }
}
