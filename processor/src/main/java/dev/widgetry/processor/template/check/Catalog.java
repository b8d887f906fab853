package dev.widgetry.processor.template.check;

import dev.widgetry.processor.model.JavaName;
import dev.widgetry.processor.model.JsonType;
import dev.widgetry.processor.model.Property;
import dev.widgetry.processor.model.TypeUse;
import dev.widgetry.processor.model.WidgetModel;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The ChatKit catalog as the processor reads it from the catalog's own {@code @Widget} records (on
 * the class path): every component, prop, union and enum reachable from {@code WidgetRoot}. There is
 * no second copy of the catalog: a prop added to {@code Text} is a prop templates may use.
 */
public final class Catalog {
  public static final JavaName ROOT = new JavaName("dev.widgetry.chatkit", List.of("WidgetRoot"));
  public static final JavaName ACTION_CONFIG = new JavaName("dev.widgetry.chatkit", List.of("ActionConfig"));

  private final Map<JavaName, WidgetModel> models;

  private Catalog(Map<JavaName, WidgetModel> models) {
    this.models = models;
  }

  /**
   * The catalog reachable from {@code WidgetRoot}, or empty when {@code lookup} cannot read some type
   * of it (the catalog is not on the class path).
   */
  public static Optional<Catalog> load(Function<JavaName, Optional<WidgetModel>> lookup) {
    Map<JavaName, WidgetModel> models = new LinkedHashMap<>();
    Deque<JavaName> pending = new ArrayDeque<>(List.of(ROOT, ACTION_CONFIG));
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
      if (model.get() instanceof WidgetModel.UnionWidget) {
        ((WidgetModel.UnionWidget) model.get()).members().forEach(member -> pending.add(member.name()));
      } else {
        for (Property property : ((WidgetModel.RecordWidget) model.get()).properties()) {
          references(property.type(), pending);
        }
      }
    }
    return Optional.of(new Catalog(models));
  }

  private static void references(TypeUse use, Deque<JavaName> pending) {
    JsonType type = use.type();
    if (type instanceof JsonType.WidgetRef) {
      pending.add(((JsonType.WidgetRef) type).name());
    } else if (type instanceof JsonType.Sequence) {
      references(((JsonType.Sequence) type).element(), pending);
    } else if (type instanceof JsonType.MapOf) {
      references(((JsonType.MapOf) type).value(), pending);
    } else if (type instanceof JsonType.OptionalOf) {
      references(((JsonType.OptionalOf) type).element(), pending);
    }
  }

  public WidgetModel model(JavaName name) {
    WidgetModel model = models.get(name);
    if (model == null) {
      throw new IllegalArgumentException("not in the catalog: " + name);
    }
    return model;
  }
}
