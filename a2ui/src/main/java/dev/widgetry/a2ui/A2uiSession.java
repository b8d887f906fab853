package dev.widgetry.a2ui;

import dev.widgetry.a2ui.basic.BasicCatalog;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A stream of server messages checked one at a time, as a renderer applies them: each message's
 * own rules and the protocol's order when it is applied, the graph of each surface at a
 * checkpoint. Unlike {@link A2ui#validate}, a session treats a surface it has not seen created as
 * missing, as a renderer does, unless told with {@link #assumeLive}. Not thread-safe.
 *
 * <pre>{@code
 * A2uiSession session = A2uiSession.of(AcmeComponentCatalog.CATALOG);
 * for (ServerMessage message : turn) {
 *   problems.addAll(session.apply(message));
 * }
 * problems.addAll(session.checkpoint());           // at the end of the agent's turn
 * }</pre>
 */
public final class A2uiSession {
  private final Integrity integrity;

  private A2uiSession(List<ComponentCatalog> catalogs, A2uiVersion version) {
    this.integrity = new Integrity(catalogs, true, version);
  }

  /**
   * A session for surfaces of the basic catalog and of {@code catalogs} (and the catalogs they
   * extend), of no particular A2UI version: a component or call may name its catalog, as in v1.0.
   */
  public static A2uiSession of(ComponentCatalog... catalogs) {
    return new A2uiSession(withBasic(List.of(catalogs)), null);
  }

  /**
   * Like {@link #of(ComponentCatalog...)}, for messages sent in {@code version}: in v0.9, which has
   * no {@code catalogId} but the surface's, every component and call is of its surface's catalog;
   * and what {@code version}'s writer refuses, content only another version has, is a problem
   * ({@link A2uiRule#NOT_IN_VERSION}), as in {@link A2ui#validate(A2uiVersion, List, ComponentCatalog...)}.
   */
  public static A2uiSession of(A2uiVersion version, ComponentCatalog... catalogs) {
    return new A2uiSession(withBasic(List.of(catalogs)), Objects.requireNonNull(version, "version"));
  }

  /**
   * Applies {@code message}: the problems of the message itself and of its place in the stream,
   * with pointers that count the messages applied so far ({@code /7/updateComponents/...}).
   */
  public List<A2uiProblem> apply(ServerMessage message) {
    return integrity.apply(Objects.requireNonNull(message, "message"));
  }

  /**
   * The rules of each surface's components as they are now (a root, no dangling reference, no
   * cycle, nothing unreachable that arrived since the last checkpoint, no tree too deep). Call it
   * when a batch ends, such as an agent's turn: each call visits every component once.
   */
  public List<A2uiProblem> checkpoint() {
    return integrity.checkpoint();
  }

  /** Tells the session that {@code surfaceId} was created, with {@code catalogId}, before it began. */
  public A2uiSession assumeLive(String surfaceId, String catalogId) {
    integrity.assumeLive(Objects.requireNonNull(surfaceId, "surfaceId"), Objects.requireNonNull(catalogId, "catalogId"));
    return this;
  }

  /** The basic catalog, then {@code catalogs} and the catalogs they extend, each once. */
  static List<ComponentCatalog> withBasic(List<ComponentCatalog> catalogs) {
    List<ComponentCatalog> all = new ArrayList<>();
    all.add(BasicCatalog.CATALOG);
    for (ComponentCatalog catalog : catalogs) {
      for (ComponentCatalog each = catalog; each != null; each = each.parent()) {
        String id = each.id();
        if (all.stream().noneMatch(known -> known.id().equals(id))) {
          all.add(each);
        }
      }
    }
    return all;
  }
}
