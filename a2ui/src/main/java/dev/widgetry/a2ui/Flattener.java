package dev.widgetry.a2ui;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Flattens a tree of nodes into the wire's list of components, root first, depth first: the root
 * gets the id {@code root}, a node with an id of its own keeps it, and any other node gets its
 * parent's id and its place ({@code root-0-2}, {@code root-child}), so an unchanged branch keeps
 * its ids when a sibling branch changes.
 */
final class Flattener {
  private static final String ROOT = "root";

  private final List<A2uiComponent> components = new ArrayList<>();
  /** The ids given so far, to notice a clash; where each was given is worked out only to report one. */
  private final Set<String> ids = new HashSet<>();
  /** Where each id was given, in tree order ("root/0/3 (set by withId)"); null until there is a clash to report. */
  private final Map<String, List<String>> places;
  private final List<String> problems = new ArrayList<>();
  private boolean clash;

  private Flattener(boolean recordPlaces) {
    this.places = recordPlaces ? new LinkedHashMap<>() : null;
  }

  /** The components of the tree under {@code root}, or an exception naming every problem. */
  static List<A2uiComponent> flatten(Node root) {
    String given = givenId(root);
    boolean rootNamed = given == null || given.equals(ROOT);
    Flattener flattener = new Flattener(false);
    flattener.visit(root, ROOT, null);
    if (rootNamed && !flattener.clash) {
      return List.copyOf(flattener.components);
    }
    Flattener reporter = new Flattener(true);
    if (!rootNamed) {
      reporter.problems.add("the root of a surface has the id \"root\"; remove the id \"" + given
          + "\" from the root, or nest it under another component");
    }
    reporter.visit(root, ROOT, ROOT);
    reporter.checkDuplicates();
    throw new A2uiBuildException("The surface's tree cannot be flattened", reporter.problems);
  }

  /** Flattens {@code node} and what it holds; {@code place} (its path from the root) only when places are recorded. */
  private String visit(Node node, String generatedId, String place) {
    String given = givenId(node);
    String id = given != null ? given : generatedId;
    if (!ids.add(id)) {
      clash = true;
    }
    if (places != null) {
      places.computeIfAbsent(id, key -> new ArrayList<>())
          .add(place + (given != null && !place.equals(ROOT) ? " (set by withId)" : " (generated)"));
    }
    if (node instanceof A2uiComponent) {
      A2uiComponent component = (A2uiComponent) node;
      components.add(given != null ? component : component.withId(id));
      return id;
    }
    if (!(node instanceof Tree)) {
      throw new IllegalArgumentException("a surface's tree holds components and Trees, not "
          + (node == null ? "null" : node.getClass().getName()));
    }
    Tree tree = (Tree) node;
    int slot = components.size();
    components.add(null);
    List<Tree.Slot> slots = tree.slots();
    List<List<String>> childIds = new ArrayList<>(slots.size());
    for (Tree.Slot each : slots) {
      List<Node> nodes = each.nodes();
      List<String> idsOfSlot = new ArrayList<>(nodes.size());
      for (int i = 0; i < nodes.size(); i++) {
        String segment = each.segment(i);
        idsOfSlot.add(visit(nodes.get(i), id + "-" + segment, places == null ? null : place + "/" + segment));
      }
      childIds.add(idsOfSlot);
    }
    components.set(slot, tree.build(id, childIds));
    return id;
  }

  private void checkDuplicates() {
    List<String> clashes = new ArrayList<>();
    for (Map.Entry<String, List<String>> entry : places.entrySet()) {
      if (entry.getValue().size() > 1) {
        clashes.add("\"" + entry.getKey() + "\" at " + String.join(" and at ", entry.getValue()));
      }
    }
    if (!clashes.isEmpty()) {
      problems.add(clashes.size() + " duplicate component id" + (clashes.size() == 1 ? "" : "s") + ": "
          + String.join("; ", clashes));
    }
  }

  private static String givenId(Node node) {
    if (node instanceof Tree) {
      return ((Tree) node).givenId();
    }
    return node instanceof A2uiComponent ? ((A2uiComponent) node).id() : null;
  }
}
