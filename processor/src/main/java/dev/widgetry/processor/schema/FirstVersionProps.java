package dev.widgetry.processor.schema;

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
 * without the props that exist from a later version on ({@code @A2uiSince}), which a v0.9 reader
 * would refuse.
 */
public final class FirstVersionProps {
  private FirstVersionProps() {}

  /** Whether the prop exists in v0.9, the version the catalog document and what models read describe. */
  public static boolean inFirstVersion(Property property) {
    return property.since() == null;
  }

  /**
   * {@code strict} (a strict schema whose {@code $defs} are named by the records' nested names)
   * without the later versions' props of the records reachable from {@code root}.
   */
  @SuppressWarnings("unchecked") // schema documents are trees of maps and lists
  public static Map<String, Object> leaveOut(
      Map<String, Object> strict, JavaName root, Function<JavaName, WidgetModel> models) {
    Map<String, Set<String>> later = new LinkedHashMap<>();
    collect(root, models, new HashSet<>(), later);
    Object defs = strict.get("$defs");
    if (later.isEmpty() || !(defs instanceof Map)) {
      return strict;
    }
    Map<String, Object> copy = new LinkedHashMap<>(strict);
    Map<String, Object> newDefs = new LinkedHashMap<>((Map<String, Object>) defs);
    later.forEach((name, props) -> {
      Object def = newDefs.get(name);
      if (def instanceof Map) {
        newDefs.put(name, without((Map<String, Object>) def, props));
      }
    });
    copy.put("$defs", newDefs);
    return copy;
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
      Map<String, Set<String>> later) {
    WidgetModel model = models.apply(name);
    if (model == null || !seen.add(name)) {
      return;
    }
    if (model instanceof WidgetModel.UnionWidget) {
      ((WidgetModel.UnionWidget) model).members().forEach(member -> collect(member.name(), models, seen, later));
      return;
    }
    for (Property property : ((WidgetModel.RecordWidget) model).properties()) {
      if (!inFirstVersion(property)) {
        later.computeIfAbsent(name.nestedName(), key -> new LinkedHashSet<>()).add(property.jsonName());
      }
      widgets(property.type(), models, seen, later);
    }
  }

  private static void widgets(TypeUse use, Function<JavaName, WidgetModel> models, Set<JavaName> seen,
      Map<String, Set<String>> later) {
    JsonType type = use.type();
    if (type instanceof JsonType.OptionalOf) {
      widgets(((JsonType.OptionalOf) type).element(), models, seen, later);
    } else if (type instanceof JsonType.Sequence) {
      widgets(((JsonType.Sequence) type).element(), models, seen, later);
    } else if (type instanceof JsonType.MapOf) {
      widgets(((JsonType.MapOf) type).value(), models, seen, later);
    } else if (type instanceof JsonType.WidgetRef) {
      collect(((JsonType.WidgetRef) type).name(), models, seen, later);
    }
  }
}
