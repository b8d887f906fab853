package dev.widgetry.processor.template.a2ui;

import dev.widgetry.processor.model.JavaName;
import dev.widgetry.processor.model.Property;
import dev.widgetry.processor.model.ReachableModels;
import dev.widgetry.processor.model.WidgetModel;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiPredicate;
import java.util.function.Function;

/**
 * An A2UI catalog as the processor reads it from the catalog's own {@code @Widget} records on the
 * class path: its union tagged by {@code "component"} and every type reachable from it. Component
 * files are checked against these records, the same ones the run-time parser is generated from.
 */
public final class A2uiCatalogTypes {
  /** The basic catalog's union, in widgetry-a2ui. */
  public static final JavaName BASIC = new JavaName("dev.widgetry.a2ui.basic", List.of("BasicComponent"));

  private final String id;
  private final WidgetModel.UnionWidget union;
  private final Map<JavaName, WidgetModel> models;
  private final BiPredicate<JavaName, String> componentRef;

  private A2uiCatalogTypes(String id, WidgetModel.UnionWidget union, Map<JavaName, WidgetModel> models,
      BiPredicate<JavaName, String> componentRef) {
    this.id = id;
    this.union = union;
    this.models = models;
    this.componentRef = componentRef;
  }

  /**
   * The catalog of {@code unionName}, or empty when some type of it cannot be read (it is not on the
   * class path).
   *
   * @param componentRef whether a record's component (by Java name) holds component ids
   */
  public static Optional<A2uiCatalogTypes> load(String id, JavaName unionName,
      Function<JavaName, Optional<WidgetModel>> lookup, BiPredicate<JavaName, String> componentRef) {
    Optional<Map<JavaName, WidgetModel>> models = ReachableModels.from(List.of(unionName), lookup);
    if (models.isEmpty() || !(models.get().get(unionName) instanceof WidgetModel.UnionWidget union)
        || !union.tagged()) {
      return Optional.empty();
    }
    return Optional.of(new A2uiCatalogTypes(id, union, models.get(), componentRef));
  }

  public String id() {
    return id;
  }

  /** The component's record by its {@code "component"} name, or null. */
  public WidgetModel.RecordWidget component(String tag) {
    return union.members().stream().filter(member -> member.tag().equals(tag)).findFirst()
        .map(member -> (WidgetModel.RecordWidget) models.get(member.name())).orElse(null);
  }

  /** The components' names, for "did you mean". */
  public Set<String> componentNames() {
    Set<String> names = new java.util.TreeSet<>();
    union.members().forEach(member -> names.add(member.tag()));
    return names;
  }

  /** The property every component writes its name in: {@code "component"}. */
  public String discriminator() {
    return union.discriminator();
  }

  public WidgetModel model(JavaName name) {
    WidgetModel model = models.get(name);
    if (model == null) {
      throw new IllegalArgumentException("not in the catalog: " + name);
    }
    return model;
  }

  /** Whether {@code property} of {@code record} holds component ids ({@code @ComponentRef}). */
  public boolean componentRef(JavaName record, Property property) {
    return componentRef.test(record, property.javaName());
  }
}
