package dev.widgetry.processor.model;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The widget models a catalog is made of: those reachable from its roots through unions' members
 * and records' properties, read from the class path by a lookup that may not find them.
 */
public final class ReachableModels {
  private ReachableModels() {}

  /**
   * Every model reachable from {@code roots}, by name, in the order they were reached (breadth
   * first); empty when {@code lookup} cannot read one of them.
   */
  public static Optional<Map<JavaName, WidgetModel>> from(List<JavaName> roots,
      Function<JavaName, Optional<WidgetModel>> lookup) {
    Map<JavaName, WidgetModel> models = new LinkedHashMap<>();
    Deque<JavaName> pending = new ArrayDeque<>(roots);
    while (!pending.isEmpty()) {
      JavaName name = pending.pop();
      if (models.containsKey(name)) {
        continue;
      }
      Optional<WidgetModel> model = lookup.apply(name);
      if (model.isEmpty()) {
        return Optional.empty();
      }
      models.put(name, model.get());
      if (model.get() instanceof WidgetModel.UnionWidget union) {
        union.members().forEach(member -> pending.add(member.name()));
      } else {
        for (Property property : ((WidgetModel.RecordWidget) model.get()).properties()) {
          references(property.type(), pending);
        }
      }
    }
    return Optional.of(models);
  }

  private static void references(TypeUse use, Deque<JavaName> pending) {
    JsonType type = use.type();
    if (type instanceof JsonType.WidgetRef ref) {
      pending.add(ref.name());
    } else if (type instanceof JsonType.Sequence sequence) {
      references(sequence.element(), pending);
    } else if (type instanceof JsonType.MapOf map) {
      references(map.value(), pending);
    } else if (type instanceof JsonType.OptionalOf optional) {
      references(optional.element(), pending);
    }
  }
}
