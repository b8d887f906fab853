package dev.widgetry.a2ui;

import com.fasterxml.jackson.databind.JsonNode;
import dev.widgetry.a2ui.basic.BasicCatalog;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A surface and what it shows, built either way A2UI allows: flat, as the wire has it (components
 * with explicit ids and references), or nested, as a Java tree ({@code Card.of(Column.of(...))})
 * that is flattened with deterministic ids. Either way the result is the same messages.
 *
 * <pre>{@code
 * Surface surface = Surface.builder("order-1042")
 *     .root(Card.of(Column.of(Text.of("Order #1042", Text.Variant.H3), Button.of("Pay", pay))))
 *     .dataModel(order)
 *     .build();
 * String json = A2ui.toJsonArray(surface.messages());
 * }</pre>
 */
public final class Surface {
  private final String surfaceId;
  private final ComponentCatalog catalog;
  private final Theme theme;
  private final Boolean sendDataModel;
  private final List<A2uiComponent> components;
  private final UpdateDataModel dataModel;

  private Surface(Builder builder, List<A2uiComponent> components) {
    this.surfaceId = builder.surfaceId;
    this.catalog = builder.catalog;
    this.theme = builder.theme;
    this.sendDataModel = builder.sendDataModel;
    this.components = components;
    this.dataModel = builder.dataModel;
  }

  /** A surface of the basic catalog. */
  public static Builder builder(String surfaceId) {
    return new Builder(surfaceId, BasicCatalog.CATALOG);
  }

  /** A surface of {@code catalog}. */
  public static Builder builder(String surfaceId, ComponentCatalog catalog) {
    return new Builder(surfaceId, catalog);
  }

  public String surfaceId() {
    return surfaceId;
  }

  public ComponentCatalog catalog() {
    return catalog;
  }

  /** The components, flat, in the order they are sent: the root first. */
  public List<A2uiComponent> components() {
    return components;
  }

  /** The messages that show it: createSurface, updateComponents, and updateDataModel when it has data. */
  public List<ServerMessage> messages() {
    CreateSurface create = create();
    UpdateComponents update = update();
    return dataModel == null ? List.of(create, update) : List.of(create, update, dataModel);
  }

  /** The createSurface message. */
  public CreateSurface create() {
    return new CreateSurface(surfaceId, catalog.id(), theme, sendDataModel);
  }

  /** The components as one updateComponents: to show them again on a surface that exists. */
  public UpdateComponents update() {
    return new UpdateComponents(surfaceId, components);
  }

  /** The message that removes the surface. */
  public DeleteSurface delete() {
    return new DeleteSurface(surfaceId);
  }

  /** Builds a surface: its theme and data, and its components as a tree or flat. */
  public static final class Builder {
    private final String surfaceId;
    private final ComponentCatalog catalog;
    private Theme theme;
    private Boolean sendDataModel;
    private Node root;
    private List<A2uiComponent> flat;
    private UpdateDataModel dataModel;

    private Builder(String surfaceId, ComponentCatalog catalog) {
      this.surfaceId = Objects.requireNonNull(surfaceId, "surfaceId");
      this.catalog = Objects.requireNonNull(catalog, "catalog");
    }

    public Builder theme(Theme theme) {
      this.theme = theme;
      return this;
    }

    /** Whether the renderer sends its data model with every action. */
    public Builder sendDataModel(boolean send) {
      this.sendDataModel = send;
      return this;
    }

    /** The components as a tree under {@code root}, flattened by {@link #build()}. */
    public Builder root(Node root) {
      this.root = Objects.requireNonNull(root, "root");
      this.flat = null;
      return this;
    }

    /** The components as the wire has them: each with its id, one of them {@code root}. */
    public Builder components(A2uiComponent... components) {
      return components(List.of(components));
    }

    /** The components as the wire has them: each with its id, one of them {@code root}. */
    public Builder components(List<? extends A2uiComponent> components) {
      this.flat = new ArrayList<>(components);
      this.root = null;
      return this;
    }

    /** The data model: a {@code @Widget} record, written by its generated codec. */
    public Builder dataModel(Object model) {
      this.dataModel = UpdateDataModel.of(surfaceId, model);
      return this;
    }

    /** The data model, as JSON. */
    public Builder dataModel(JsonNode model) {
      this.dataModel = UpdateDataModel.of(surfaceId, model);
      return this;
    }

    /**
     * The surface.
     *
     * @throws A2uiBuildException naming every problem: no components, a component without an id,
     *     two with one id, none with the id {@code root}
     */
    public Surface build() {
      if (root != null) {
        return new Surface(this, Flattener.flatten(root));
      }
      if (flat == null || flat.isEmpty()) {
        throw new A2uiBuildException("The surface has no components",
            List.of("give them with root(tree) or components(...)"));
      }
      return new Surface(this, checkFlat(flat));
    }

    private static List<A2uiComponent> checkFlat(List<A2uiComponent> components) {
      List<String> problems = new ArrayList<>();
      Map<String, Integer> seen = new HashMap<>();
      for (int i = 0; i < components.size(); i++) {
        A2uiComponent component = Objects.requireNonNull(components.get(i), "component " + i);
        String what = "component " + i + " (" + component.getClass().getSimpleName() + ")";
        if (component.id() == null) {
          problems.add(what + " has no id: give it one with withId(...) or its builder's id(...)");
          continue;
        }
        Integer earlier = seen.putIfAbsent(component.id(), i);
        if (earlier != null) {
          problems.add(what + " has the id \"" + component.id() + "\" of component " + earlier
              + "; ids are unique within a surface");
        }
      }
      if (!seen.containsKey("root")) {
        problems.add("no component has the id \"root\", where the renderer starts drawing");
      }
      if (!problems.isEmpty()) {
        throw new A2uiBuildException("The surface's components cannot be sent", problems);
      }
      return List.copyOf(components);
    }
  }
}
