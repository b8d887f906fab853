package dev.widgetry.processor.template.check;

import dev.widgetry.processor.model.JavaName;
import dev.widgetry.processor.model.ReachableModels;
import dev.widgetry.processor.model.WidgetModel;
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
    return ReachableModels.from(List.of(ROOT, ACTION_CONFIG), lookup).map(Catalog::new);
  }

  public WidgetModel model(JavaName name) {
    WidgetModel model = models.get(name);
    if (model == null) {
      throw new IllegalArgumentException("not in the catalog: " + name);
    }
    return model;
  }
}
