package dev.widgetry.a2ui;

import dev.widgetry.a2ui.basic.BasicCatalog;
import dev.widgetry.runtime.spi.NameTable;
import dev.widgetry.runtime.spi.WidgetReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiFunction;
import java.util.function.UnaryOperator;

/**
 * An A2UI catalog: its id, the components it adds to the catalog it extends, how each is read,
 * which of its props name other components and how its texts are rewritten, and its catalog document. The processor writes one
 * for every {@link A2uiCatalog} interface ({@code <Interface>Catalog.CATALOG}); the basic catalog's
 * is {@code BasicCatalog.CATALOG}.
 */
public final class ComponentCatalog {
  private static final String CATALOG_ID = "catalogId";
  private final String id;
  private final ComponentCatalog parent;
  private final Map<String, Kind> kinds;
  private final Map<Class<?>, Kind> byType;
  private final NameTable tags;
  private final Document document;
  private final String description;
  /** Whether the basic functions are its: it is the basic catalog (under any id), or extends it. */
  private final boolean basicFunctions;
  /** Whether every basic component type is one of its kinds: a v0.9 writer then refuses none of them. */
  private final boolean everyBasicComponent;

  private ComponentCatalog(String id, ComponentCatalog parent, Map<String, Kind> own, Document document,
      String description, boolean basicFunctions) {
    this.id = Objects.requireNonNull(id, "id");
    this.parent = parent;
    this.basicFunctions = basicFunctions;
    this.document = document;
    this.description = description;
    Map<String, Kind> all = new LinkedHashMap<>();
    if (parent != null) {
      all.putAll(parent.kinds);
    }
    for (Map.Entry<String, Kind> kind : own.entrySet()) {
      if (all.containsKey(kind.getKey())) {
        throw new IllegalArgumentException("catalog " + id + " names a component \"" + kind.getKey()
            + "\", which catalog " + parent.id + " has already");
      }
      all.put(kind.getKey(), kind.getValue());
    }
    this.kinds = Collections.unmodifiableMap(all);
    Map<Class<?>, Kind> types = new LinkedHashMap<>();
    all.values().forEach(kind -> types.put(kind.type, kind));
    this.byType = types;
    this.everyBasicComponent = types.keySet().containsAll(BasicComponentWriter.TYPES);
    this.tags = NameTable.of(all.keySet().toArray(new String[0]));
  }

  /** A catalog being built, as generated catalog classes do. */
  public static Builder builder(String id) {
    return new Builder(id);
  }

  /** The catalog's id. */
  public String id() {
    return id;
  }

  /** The catalog this one extends, or null. */
  public ComponentCatalog parent() {
    return parent;
  }

  /** The names of its components, those of the catalogs it extends first. */
  public List<String> componentNames() {
    return tags.names();
  }

  /** Whether {@code name} is one of its components (or of a catalog it extends). */
  public boolean contains(String name) {
    return kinds.containsKey(name);
  }

  /**
   * Whether the basic functions are of this catalog: they are the basic catalog's and those of every
   * catalog that extends it. Every {@link FunctionCall} that can name a catalog calls a basic
   * function: a catalog's own functions are in its document only, and the one system function,
   * {@code @index}, has no {@code catalogId}.
   */
  boolean hasBasicFunctions() {
    return basicFunctions;
  }

  /** Whether every component type of the basic catalog is one of its kinds (or of a catalog it extends). */
  boolean hasEveryBasicComponent() {
    return everyBasicComponent;
  }

  /** Whether {@code component} is one of its kinds (or of a catalog it extends). */
  public boolean contains(A2uiComponent component) {
    return byType.containsKey(component.getClass());
  }

  /**
   * The same catalog under another id: for a front end that registered it under another name (as
   * CopilotKit's middleware names the basic catalog {@code .../v0_9/basic_catalog.json}). Its
   * document, and the schema and prompt beside it, name the other id wherever they named this one.
   */
  public ComponentCatalog withId(String otherId) {
    Objects.requireNonNull(otherId, "otherId");
    ComponentCatalog renamed = new ComponentCatalog(otherId, parent, ownKinds(),
        document == null ? null : document.renamed(id, otherId), "catalog " + otherId, basicFunctions);
    CatalogRegistry.add(renamed, List.of());
    return renamed;
  }

  /**
   * The catalog document (v0.9): {@code catalogId}, each component's JSON Schema, the functions.
   * The same as {@code document(A2uiVersion.V0_9)}.
   *
   * @throws UnsupportedOperationException for a catalog built without one
   */
  public String document() {
    return document(A2uiVersion.V0_9);
  }

  /**
   * The catalog document in the form of {@code version}'s official {@code catalog.json}: v0.9's
   * with the theme; v1.0's with its {@code protocolVersion} and {@code instructions}, under the id
   * a v1.0 message names the catalog by (the basic catalog has one of its own there). Each holds
   * the props its version has.
   *
   * @throws UnsupportedOperationException for a catalog built without one
   */
  public String document(A2uiVersion version) {
    Objects.requireNonNull(version, "version");
    if (document == null) {
      throw new UnsupportedOperationException("catalog " + id + " was built without its document");
    }
    return version == A2uiVersion.V0_9 ? document.get() : document.inVersion(version);
  }

  /**
   * A text the processor wrote beside the catalog document, {@code <Union><suffix>} for the
   * document {@code <Union>.a2ui-catalog.json}: the render schema, its tool, the prompt; for a
   * later version, its own ({@code <Union>.a2ui-render.v1_0.strict.schema.json} for
   * {@code .a2ui-render.strict.schema.json}), naming the catalog by its id in that version.
   *
   * @throws UnsupportedOperationException for a catalog built without a document
   */
  String companion(A2uiVersion version, String suffix) {
    if (document == null) {
      throw new UnsupportedOperationException("catalog " + id + " was built without its document, so it has no "
          + suffix.substring(1) + " either");
    }
    return version == A2uiVersion.V0_9 ? document.companion(suffix) : document.companion(version, suffix);
  }

  /**
   * Reads a component of this catalog from the object {@code in} is on: its {@code "component"},
   * then the rest by the generated codec of that kind. Null, with problems recorded, when the input
   * is not one.
   */
  public A2uiComponent read(WidgetReader in) {
    return read(in, false);
  }

  /**
   * Like {@link #read(WidgetReader)}, for a component that named this catalog in its {@code
   * catalogId} (A2UI v1.0), read ahead with {@link WidgetReader#peekString}: a kind whose record has
   * no {@code catalogId} prop does not see it, its catalog being implied by its type.
   */
  A2uiComponent read(WidgetReader in, boolean namedCatalog) {
    int replay = in.replayDepth();
    String tag = in.readTag("component", "component", tags);
    A2uiComponent component = null;
    if (tag != null) {
      Kind kind = kinds.get(tag);
      if (kind == null) {
        in.unknownMember(tag, "component", "one of the components of " + describe(), tags);
      } else {
        if (namedCatalog && !kind.carriesCatalogId) {
          in.peekString(CATALOG_ID, true);
        }
        component = kind.reader.read(in);
      }
    }
    in.endReplay(replay);
    return component;
  }

  /** Reports the components {@code component} names, by the props its kind declares to hold ids. */
  public void references(A2uiComponent component, ComponentReferences.Sink sink) {
    Kind kind = byType.get(component.getClass());
    if (kind != null) {
      kind.references.report(component, sink);
    }
  }

  /**
   * {@code component} rebuilt with its texts and checks passed through {@code change}, which sees its
   * actions too; null when it is of no kind of this catalog.
   */
  A2uiComponent rewrite(A2uiComponent component, ComponentRewrite.Change change) {
    Kind kind = byType.get(component.getClass());
    return kind == null ? null : kind.rewrite.rewrite(component, change);
  }

  /** The catalog in words, for messages: "the basic catalog", "catalog https://...". */
  public String describe() {
    return description;
  }

  private Map<String, Kind> ownKinds() {
    Map<String, Kind> own = new LinkedHashMap<>(kinds);
    if (parent != null) {
      own.keySet().removeAll(parent.kinds.keySet());
    }
    return own;
  }

  @Override
  public String toString() {
    return "ComponentCatalog(" + id + ")";
  }

  /**
   * A catalog document read once, when first asked for; its texts with one id in place of another,
   * if renamed. The documents of later versions sit beside the v0.9 one, named by their version:
   * {@code AcmeComponent.a2ui-catalog.v1_0.json}.
   */
  private static final class Document {
    private static final String DOCUMENT_SUFFIX = ".a2ui-catalog.json";
    private final Class<?> anchor;
    private final String name;
    private final UnaryOperator<String> edit;
    /** The same edits for a later version's document, which names the catalog by its id in that version. */
    private final BiFunction<A2uiVersion, String, String> versionEdit;
    private volatile String text;
    /** The documents of the later versions, each read once. */
    private final Map<A2uiVersion, String> laterTexts = new ConcurrentHashMap<>();

    Document(Class<?> anchor, String name, UnaryOperator<String> edit,
        BiFunction<A2uiVersion, String, String> versionEdit) {
      this.anchor = anchor;
      this.name = name;
      this.edit = edit;
      this.versionEdit = versionEdit;
    }

    String get() {
      String read = text;
      if (read == null) {
        read = read(name);
        text = read;
      }
      return read;
    }

    /** The document of a version after v0.9. */
    String inVersion(A2uiVersion version) {
      return laterTexts.computeIfAbsent(version, later -> versionEdit.apply(later,
          readRaw(name.substring(0, name.length() - DOCUMENT_SUFFIX.length())
              + ".a2ui-catalog." + later.name().toLowerCase(Locale.ROOT) + ".json")));
    }

    /** The resource the processor wrote beside the document, with {@code suffix} for ".a2ui-catalog.json". */
    String companion(String suffix) {
      return read(name.substring(0, name.length() - DOCUMENT_SUFFIX.length()) + suffix);
    }

    /** The resource of a version after v0.9 beside the document: {@code .a2ui-render.v1_0.tool.json}. */
    String companion(A2uiVersion version, String suffix) {
      int kind = suffix.indexOf('.', 1);
      String versioned = suffix.substring(0, kind) + "." + version.name().toLowerCase(Locale.ROOT)
          + suffix.substring(kind);
      return versionEdit.apply(version, readRaw(name.substring(0, name.length() - DOCUMENT_SUFFIX.length())
          + versioned));
    }

    /** The same texts with {@code to} wherever they have {@code from}, or what a version's document names it. */
    Document renamed(String from, String to) {
      return new Document(anchor, name, text -> edit.apply(text).replace(from, to),
          (version, text) -> versionEdit.apply(version, text).replace(version.catalogIdOnWire(from), to));
    }

    private String read(String resource) {
      return edit.apply(readRaw(resource));
    }

    private String readRaw(String resource) {
      try (InputStream in = anchor.getResourceAsStream(resource)) {
        if (in == null) {
          throw new IllegalStateException("The catalog resource " + resource + " is missing beside "
              + anchor.getName() + "; compile the catalog with this version of widgetry-processor");
        }
        return new String(in.readAllBytes(), StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  /** One kind of component: its record, how it is read, what it names, how its texts are rewritten. */
  private static final class Kind {
    final Class<? extends A2uiComponent> type;
    final ComponentReader reader;
    final ComponentReferences references;
    final ComponentRewrite rewrite;
    /**
     * Whether its record keeps a {@code catalogId} (every basic one does, as v1.0's ComponentCommon
     * has it), so its reader is given the key; one that does not is of its own catalog, or of its
     * surface's. The processor says which, as it knows the record's props.
     */
    final boolean carriesCatalogId;

    Kind(Class<? extends A2uiComponent> type, boolean carriesCatalogId, ComponentReader reader,
        ComponentReferences references, ComponentRewrite rewrite) {
      this.type = type;
      this.carriesCatalogId = carriesCatalogId;
      this.reader = reader;
      this.references = references;
      this.rewrite = rewrite;
    }
  }

  /** Builds a catalog, one component at a time. */
  public static final class Builder {
    private final String id;
    private ComponentCatalog parent;
    private final Map<String, Kind> kinds = new LinkedHashMap<>();
    private Document document;

    private Builder(String id) {
      this.id = Objects.requireNonNull(id, "id");
    }

    /** The catalog this one extends: its components are this one's too. */
    public Builder parent(ComponentCatalog parent) {
      this.parent = Objects.requireNonNull(parent, "parent");
      return this;
    }

    /**
     * A component named {@code name}, its record, how it is read, what it names, how its texts are
     * rewritten. Its record keeps no {@code catalogId}: its type says its catalog, and the {@code
     * catalogId} a v1.0 component names this catalog by is read ahead and not given to {@code
     * reader}. For a record that keeps one, {@link #componentKeepingCatalogId}.
     */
    public Builder component(String name, Class<? extends A2uiComponent> type, ComponentReader reader,
        ComponentReferences references, ComponentRewrite rewrite) {
      return add(name, new Kind(type, false, reader, references, rewrite));
    }

    /**
     * Like {@link #component}, for a record that keeps A2UI v1.0's {@code catalogId} as a {@code
     * String} prop of that JSON name (as the basic components do): {@code reader} is given the key,
     * so the component read says the catalog it named.
     */
    public Builder componentKeepingCatalogId(String name, Class<? extends A2uiComponent> type,
        ComponentReader reader, ComponentReferences references, ComponentRewrite rewrite) {
      return add(name, new Kind(type, true, reader, references, rewrite));
    }

    private Builder add(String name, Kind kind) {
      if (kinds.put(name, kind) != null) {
        throw new IllegalArgumentException("catalog " + id + " names the component \"" + name + "\" twice");
      }
      return this;
    }

    /** The catalog document: the resource {@code name} beside {@code anchor}, read when first asked for. */
    public Builder document(Class<?> anchor, String name) {
      this.document = new Document(anchor, name, UnaryOperator.identity(), (version, text) -> text);
      return this;
    }

    public ComponentCatalog build() {
      String description = parent == null && id.equals(BasicCatalog.ID) ? "the basic catalog" : "catalog " + id;
      ComponentCatalog catalog = new ComponentCatalog(id, parent, kinds, document, description,
          parent == null ? id.equals(BasicCatalog.ID) : parent.basicFunctions);
      List<Class<?>> own = new ArrayList<>();
      kinds.values().forEach(kind -> own.add(kind.type));
      CatalogRegistry.add(catalog, own);
      return catalog;
    }
  }

  /**
   * A catalog that reads the components of all of {@code catalogs}, for input whose surfaces use
   * several; one name in two of them must be one kind.
   */
  static ComponentCatalog combined(List<ComponentCatalog> catalogs) {
    if (catalogs.size() == 1) {
      return catalogs.get(0);
    }
    Map<String, Kind> all = new LinkedHashMap<>();
    List<String> ids = new ArrayList<>();
    for (ComponentCatalog catalog : catalogs) {
      ids.add(catalog.id);
      for (Map.Entry<String, Kind> kind : catalog.kinds.entrySet()) {
        Kind earlier = all.putIfAbsent(kind.getKey(), kind.getValue());
        if (earlier != null && earlier.type != kind.getValue().type) {
          throw new IllegalArgumentException("two catalogs name a component \"" + kind.getKey() + "\": "
              + earlier.type.getName() + " and " + kind.getValue().type.getName() + "; read their messages apart");
        }
      }
    }
    return new ComponentCatalog(String.join(" ", ids), null, all, null, "the catalogs " + String.join(", ", ids),
        catalogs.stream().anyMatch(catalog -> catalog.basicFunctions));
  }
}
