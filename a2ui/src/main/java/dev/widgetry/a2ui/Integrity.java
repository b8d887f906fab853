package dev.widgetry.a2ui;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Applies messages one at a time and checks what their schema cannot: the protocol's order
 * (create before update, one live surface per id, nothing after a delete), the ids of one message,
 * each component of its own catalog (the one its catalogId names, else its surface's), and,
 * through {@link IntegrityWriter}, nesting, calls, pointers and where {@code @index} is called. The
 * graph of each surface whose creation it has seen is checked at {@link #checkpoint()}. Messages of
 * v0.9, which has no {@code catalogId} but the surface's, have every component and call of their
 * surface's catalog; messages of no particular version may name others, as v1.0's do. Messages of a
 * version are followed through that version's envelope writer, the one a surface of it is written
 * with, into the {@link IntegrityWriter}: what is validated is what is written (v1.0's headings as
 * Markdown, its calls without {@code returnType}, the catalogs it names), and what that writer or
 * its generated codecs refuse (a prop, a union member, a theme, metadata, a stored null) is a
 * problem at its pointer ({@link A2uiVersionGate#refuse}).
 */
final class Integrity {
  private final List<ComponentCatalog> catalogs;
  /** True for a session, which has seen everything: an unknown surface is missing, not created elsewhere. */
  private final boolean session;
  /** The version the messages are sent in, or null for none in particular. */
  private final A2uiVersion version;
  private final Map<String, SurfaceState> surfaces = new HashMap<>();
  /** The envelope writer of the version validated, which a surface of it is written with; v0.9's for none. */
  private final MessageWriter envelope;
  private final List<A2uiProblem> problems = new ArrayList<>();
  private final IntegrityWriter writer;
  private int index;
  private boolean tooDeep;

  Integrity(List<ComponentCatalog> catalogs, boolean session, A2uiVersion version) {
    this.catalogs = List.copyOf(catalogs);
    this.session = session;
    this.version = version;
    this.writer = new IntegrityWriter(this::problem, this::callCatalog, version);
    this.envelope = new MessageWriter(version == null ? A2uiVersion.V0_9 : version);
  }

  /** What a surface is, as far as the messages seen say. */
  private static final class SurfaceState {
    final String id;
    boolean live;
    /** Whether its createSurface was seen: then every component it has is in view. */
    boolean known;
    String catalogId;
    int createdBy = -1;
    int deletedBy = -1;
    /** Messages for it before its createSurface in this input. */
    final List<String> early = new ArrayList<>();
    SurfaceGraph graph;

    SurfaceState(String id) {
      this.id = id;
      this.graph = new SurfaceGraph(id);
    }
  }

  /** A surface created before the checks began: it is live, of {@code catalogId}, its components unseen. */
  void assumeLive(String surfaceId, String catalogId) {
    SurfaceState surface = surface(surfaceId);
    surface.live = true;
    surface.catalogId = catalogId;
  }

  /** Checks one message; its problems, with pointers that count it as message {@code n} of the stream. */
  List<A2uiProblem> apply(ServerMessage message) {
    problems.clear();
    String prefix = "/" + index;
    if (message instanceof CreateSurface) {
      create((CreateSurface) message, prefix);
    } else {
      String kind = prefix + "/" + kind(message);
      SurfaceState surface = order(message, kind);
      if (message instanceof UpdateComponents) {
        components((UpdateComponents) message, surface, kind);
      } else if (message instanceof UpdateDataModel) {
        dataModel((UpdateDataModel) message, kind);
      } else {
        delete(surface);
      }
    }
    tooDeep = false;
    writer.start(prefix, message instanceof UpdateComponents);
    // No surface's catalog is given to the writer: v0.9's would refuse a type outside it by throwing, which the
    // catalog rules report; v1.0's then names the catalog of every type not of the basic one, a component's
    // catalogId, which the IntegrityWriter passes over as it does a record's.
    envelope.write(writer, message);
    if (message instanceof UpdateComponents) {
      SurfaceGraph graph = surface(message.surfaceId()).graph;
      List<A2uiComponent> components = ((UpdateComponents) message).components();
      writer.indexCalls().forEach(site -> graph.indexCall(components.get(site.component()).id(), site.pointer()));
    }
    if (message instanceof UpdateDataModel && !tooDeep) {
      dataModelDepth((UpdateDataModel) message, prefix);
    }
    index++;
    return List.copyOf(problems);
  }

  /** Writer events followed and graph steps taken so far, across surfaces: work a test counts. */
  long work() {
    long work = writer.events();
    for (SurfaceState surface : surfaces.values()) {
      work += surface.graph.steps();
    }
    return work;
  }

  /** The graph rules for every surface whose creation was seen; starts the next batch. */
  List<A2uiProblem> checkpoint() {
    problems.clear();
    for (SurfaceState surface : surfaces.values()) {
      if (surface.known && surface.live) {
        surface.graph.check(this::problem);
      }
    }
    problems.sort((a, b) -> Integer.compare(Pointers.messageIndex(a.pointer()),
        Pointers.messageIndex(b.pointer())));
    return List.copyOf(problems);
  }

  private void create(CreateSurface message, String prefix) {
    SurfaceState surface = surface(message.surfaceId());
    if (surface.live) {
      boolean otherCatalog = surface.catalogId != null && !surface.catalogId.equals(message.catalogId());
      String created = surface.createdBy >= 0 ? "created by message " + surface.createdBy : "live";
      problem(A2uiRule.CREATED_TWICE, prefix + "/createSurface/" + (otherCatalog ? "catalogId" : "surfaceId"),
          "surface \"" + surface.id + "\" is already " + created
              + (otherCatalog ? " with catalog " + surface.catalogId + ", and a surface's catalog is fixed" : "")
              + "; send deleteSurface first, or give this one another id");
      return;
    }
    for (String early : surface.early) {
      problem(A2uiRule.UPDATE_BEFORE_CREATE, early, early.substring(early.lastIndexOf('/') + 1) + " for \""
          + surface.id + "\" comes before its createSurface (message " + index + "); send createSurface first");
    }
    surface.early.clear();
    surface.live = true;
    surface.known = true;
    surface.catalogId = message.catalogId();
    surface.createdBy = index;
    surface.graph = new SurfaceGraph(surface.id);
  }

  /** The message's surface, with a problem when the protocol's order says it cannot be updated. */
  private SurfaceState order(ServerMessage message, String kind) {
    SurfaceState surface = surface(message.surfaceId());
    if (surface.live) {
      return surface;
    }
    if (surface.deletedBy >= 0) {
      problem(A2uiRule.DELETED, kind, "surface \"" + surface.id + "\" was deleted by message " + surface.deletedBy
          + "; send createSurface again before updating it");
    } else if (session) {
      problem(A2uiRule.UPDATE_BEFORE_CREATE, kind, "surface \"" + surface.id + "\" was not created in this session;"
          + " send its createSurface first (or tell the session with assumeLive that it exists)");
    } else {
      // In a batch, a surface never created may have been created before it; one created later is reported then.
      surface.early.add(kind);
    }
    return surface;
  }

  private void components(UpdateComponents message, SurfaceState surface, String kind) {
    ComponentCatalog catalog = catalog(surface.catalogId);
    Map<String, Integer> ids = new HashMap<>();
    List<A2uiComponent> list = message.components();
    for (int j = 0; j < list.size(); j++) {
      A2uiComponent component = list.get(j);
      String pointer = kind + "/components/" + j;
      Integer earlier = ids.putIfAbsent(component.id(), j);
      if (earlier != null) {
        problem(A2uiRule.DUPLICATE_ID, pointer + "/id", "id \"" + component.id() + "\" is also used by component "
            + earlier + " of this message; ids are unique within a surface");
      }
      ComponentCatalog owner = owner(component, catalog, surface, pointer);
      List<SurfaceGraph.Reference> references = references(component, owner, pointer);
      surface.graph.put(new SurfaceGraph.Version(component.id(), pointer, references), kind + "/components");
    }
  }

  private List<SurfaceGraph.Reference> references(A2uiComponent component, ComponentCatalog owner, String pointer) {
    List<SurfaceGraph.Reference> references = new ArrayList<>();
    if (owner == null) {
      return references;
    }
    owner.references(component, new ComponentReferences.Sink() {
      @Override
      public void reference(String at, String id) {
        add(at, id, "a child", false);
      }

      @Override
      public void template(String at, String componentId, String path) {
        add(at, componentId, "its template", true);
      }

      private void add(String at, String id, String role, boolean template) {
        if (id.equals(component.id())) {
          problem(A2uiRule.SELF_REFERENCE, pointer + at, "\"" + id + "\" names itself as " + role + "; a component"
              + " cannot contain itself");
        } else {
          references.add(new SurfaceGraph.Reference(id, pointer + at, template));
        }
      }
    });
    return references;
  }

  private void dataModel(UpdateDataModel message, String kind) {
    String path = message.path();
    if (path == null) {
      return;
    }
    String problem = !path.startsWith("/")
        ? "updateDataModel's path is absolute, such as \"/order/total\" (\"/\" or no path is the whole model),"
            + " and \"" + path + "\" is not"
        : Pointers.problem(path);
    if (problem != null) {
      problem(A2uiRule.MALFORMED_POINTER, kind + "/path", problem);
    }
  }

  /** The data model's depth after the message: the path's segments and the value's nesting. */
  private void dataModelDepth(UpdateDataModel message, String prefix) {
    String path = message.path();
    int segments = path == null || path.equals("/") ? 0 : path.split("/", -1).length - 1;
    int depth = segments + writer.deepestValue();
    if (message.value() != null && depth > IntegrityWriter.MAX_DEPTH) {
      problem(A2uiRule.TOO_DEEP, prefix + "/updateDataModel/value", "the data model is " + depth + " levels deep"
          + " here (the path's " + segments + " and the value's " + (depth - segments) + "); A2UI allows "
          + IntegrityWriter.MAX_DEPTH);
    }
  }

  private void delete(SurfaceState surface) {
    surface.live = false;
    surface.known = false;
    surface.deletedBy = index;
    surface.graph = new SurfaceGraph(surface.id);
  }

  private SurfaceState surface(String id) {
    return surfaces.computeIfAbsent(id, SurfaceState::new);
  }

  private ComponentCatalog catalog(String id) {
    for (ComponentCatalog catalog : catalogs) {
      if (catalog.id().equals(id)) {
        return catalog;
      }
    }
    return null;
  }

  /**
   * The catalog {@code component} is of, which knows its references: the one its {@code catalogId}
   * names, overriding its surface's; else its surface's when that has it; else the catalog its type
   * is of, when given, which A2UI v1.0 names in the component's {@code catalogId} (the v1.0 writer
   * writes it). For a surface created elsewhere, whose catalog is unknown, the first given catalog
   * that has it. Null, with a problem, when the component is in none of these.
   */
  private ComponentCatalog owner(A2uiComponent component, ComponentCatalog surfaceCatalog, SurfaceState surface,
      String pointer) {
    String type = component.getClass().getSimpleName();
    String named = component.catalogId();
    if (named != null && version == A2uiVersion.V0_9) {
      problem(A2uiRule.NOT_IN_CATALOG, pointer + "/catalogId", "A2UI v0.9 has no catalogId: a component is of its"
          + " surface's catalog. Send it as A2UI v1.0, or leave catalogId out");
      named = null;
    }
    if (named != null) {
      ComponentCatalog catalog = namedCatalog(named, pointer + "/catalogId");
      if (catalog == null) {
        return null;
      }
      if (!catalog.contains(component)) {
        problem(A2uiRule.NOT_IN_CATALOG, pointer + "/component", type + " is not in " + catalog.describe()
            + ", the catalog its catalogId names");
        return null;
      }
      return catalog;
    }
    if (surfaceCatalog != null) {
      if (surfaceCatalog.contains(component)) {
        return surfaceCatalog;
      }
      if (version == A2uiVersion.V0_9) {
        problem(A2uiRule.NOT_IN_CATALOG, pointer + "/component", type + " is not in " + surfaceCatalog.describe()
            + ", the catalog of surface \"" + surface.id + "\", and A2UI v0.9 has no catalogId to name another."
            + " Send it as A2UI v1.0, or create the surface with a catalog that has it");
        return null;
      }
      ComponentCatalog own = CatalogRegistry.own(component.getClass());
      if (own != null && catalog(own.id()) != null) {
        return own;
      }
      problem(A2uiRule.NOT_IN_CATALOG, pointer + "/component", type + " is not in " + surfaceCatalog.describe()
          + ", the catalog of surface \"" + surface.id + "\", nor of a catalog given to the validator that it"
          + " could name in its catalogId");
      return null;
    }
    for (ComponentCatalog catalog : catalogs) {
      if (catalog.contains(component)) {
        return catalog;
      }
    }
    problem(A2uiRule.NOT_IN_CATALOG, pointer + "/component", type + " is not in any catalog given to the validator");
    return null;
  }

  /**
   * Checks the catalog a function call names (A2UI v1.0's {@code catalogId} on a call, overriding
   * its surface's catalog): one given to the validator, which has the basic functions, the only
   * ones a call naming a catalog can be of.
   */
  private void callCatalog(String function, String named, String pointer) {
    if (version == A2uiVersion.V0_9) {
      problem(A2uiRule.NOT_IN_CATALOG, pointer, "A2UI v0.9 has no catalogId on a call: its function is of its"
          + " surface's catalog. Send it as A2UI v1.0, or leave catalogId out");
      return;
    }
    ComponentCatalog catalog = namedCatalog(named, pointer);
    if (catalog != null && !catalog.hasBasicFunctions()) {
      problem(A2uiRule.NOT_IN_CATALOG, pointer, "function \"" + function + "\" is not in " + catalog.describe()
          + ", the catalog this call's catalogId names");
    }
  }

  /**
   * The catalog a v1.0 {@code catalogId} names, at {@code pointer}: one given to the validator, else
   * null, with a problem.
   */
  private ComponentCatalog namedCatalog(String named, String pointer) {
    ComponentCatalog catalog = catalog(A2uiVersion.V1_0.catalogIdInJava(named));
    if (catalog == null) {
      problem(A2uiRule.NOT_IN_CATALOG, pointer, "catalogId names " + named + ", which is none of the catalogs given"
          + " to the validator: " + knownIds());
    }
    return catalog;
  }

  /** The ids of the catalogs given to the validator, for messages. */
  private String knownIds() {
    List<String> ids = new ArrayList<>();
    catalogs.forEach(each -> ids.add(each.id()));
    return String.join(", ", ids);
  }

  private void problem(A2uiRule rule, String pointer, String message) {
    if (rule == A2uiRule.TOO_DEEP) {
      tooDeep = true;
    }
    problems.add(new A2uiProblem(pointer, message, rule));
  }

  private static String kind(ServerMessage message) {
    if (message instanceof UpdateComponents) {
      return "updateComponents";
    }
    return message instanceof UpdateDataModel ? "updateDataModel" : "deleteSurface";
  }
}
