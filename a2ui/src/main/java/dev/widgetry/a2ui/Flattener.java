package dev.widgetry.a2ui;

import dev.widgetry.runtime.internal.Utf8Writer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Flattens a tree of nodes into the wire's list of components, root first, depth first: the root
 * gets the id {@code root}, a node with an id of its own keeps it, and any other node gets its
 * parent's id and its place ({@code root-0-2}, {@code root-child}), so an unchanged branch keeps
 * its ids when a sibling branch changes.
 */
final class Flattener {
  private static final String ROOT = "root";
  /** Components a surface usually has at most; the list grows past it. */
  private static final int USUAL_SIZE = 64;

  /** The components made so far, in order; a container's place is taken before its children's. */
  private A2uiComponent[] components;
  private int size;
  /** Where each id was given, in tree order ("root/0/3 (set by withId)"); null until there is a clash to report. */
  private final Map<String, List<String>> places;
  private final List<String> problems = new ArrayList<>();
  /** How many nodes have an id of their own. */
  private int givenIds;
  /** Whether a container has more than one slot, whose children's generated ids may then be the same. */
  private boolean severalSlots;
  /**
   * Whether the id {@code visit} returned last needs no escaping ({@link Utf8Writer#needsNoEscaping}):
   * a generated id is when its parent's id and its segment are, so only given ids and slot names
   * are looked at.
   */
  private boolean lastIdPlain;
  /**
   * Whether every id handed out so far needs no escaping and is the very string its component,
   * as {@code withId} or a Tree's build made it, holds: only then may the writer copy the ids unlooked at.
   */
  private boolean allIdsPlain = true;

  private Flattener(boolean recordPlaces) {
    this.places = recordPlaces ? new LinkedHashMap<>() : null;
    this.components = new A2uiComponent[recordPlaces ? 10 : USUAL_SIZE];
  }

  /** The components of the tree under {@code root}, or an exception naming every problem. */
  static List<A2uiComponent> flatten(Node root) {
    String given = givenId(root);
    boolean rootNamed = given == null || given.equals(ROOT);
    Flattener flattener = new Flattener(false);
    flattener.visit(root, ROOT, true, null);
    List<A2uiComponent> components = flattener.frozenComponents();
    if (rootNamed && !(flattener.mayClash(given != null) && hasClash(components))) {
      return components;
    }
    Flattener reporter = new Flattener(true);
    if (!rootNamed) {
      reporter.problems.add("the root of a surface has the id \"root\"; remove the id \"" + given
          + "\" from the root, or nest it under another component");
    }
    reporter.visit(root, ROOT, true, ROOT);
    reporter.checkDuplicates();
    throw new A2uiBuildException("The surface's tree cannot be flattened", reporter.problems);
  }

  /**
   * Whether two ids may be the same: a node below the root has an id of its own, or a container
   * has several slots. Otherwise every id is generated and each container has one slot, so two
   * nodes lie, below the nearest container they share, under two children of its one slot, whose
   * segments (indexes, {@code tab<i>}) differ and hold no {@code -}: their ids differ there (or one
   * holds the other, whose id is longer). Only in these cases are the ids put in a set.
   */
  private boolean mayClash(boolean rootGiven) {
    return severalSlots || givenIds > (rootGiven ? 1 : 0);
  }

  private static boolean hasClash(List<A2uiComponent> components) {
    Set<String> seen = new HashSet<>(components.size() * 2);
    for (A2uiComponent component : components) {
      if (!seen.add(component.id())) {
        return true;
      }
    }
    return false;
  }

  /**
   * Flattens {@code node} and what it holds; {@code place} (its path from the root) only when places are recorded.
   * {@code generatedPlain} says whether {@code generatedId} needs no escaping.
   *
   * <p>{@code node} is typed {@code Object} so that taking it from a slot's {@code List<Node>} casts
   * nothing: HotSpot (before JDK 23) remembers one interface per class as the last one it was checked
   * against, and a cast to {@code Node} before each {@code instanceof A2uiComponent} made every
   * component miss it and search its interfaces twice, a third of the build and flatten's time.
   */
  private String visit(Object node, String generatedId, boolean generatedPlain, String place) {
    if (node instanceof Tree) {
      return visitTree((Tree) node, generatedId, generatedPlain, place);
    }
    if (!(node instanceof A2uiComponent)) {
      throw new IllegalArgumentException("a surface's tree holds components and Trees, not "
          + (node == null ? "null" : node.getClass().getName()));
    }
    A2uiComponent component = (A2uiComponent) node;
    String given = component.id();
    String id = given != null ? given : generatedId;
    noteId(id, given, place);
    lastIdPlain = given != null ? Utf8Writer.needsNoEscaping(given) : generatedPlain;
    // The list handed out is not copied, so nothing null gets into it (List.copyOf refused it before).
    A2uiComponent made = given != null ? component : Objects.requireNonNull(component.withId(id), "withId returned null");
    // A withId of a user's may keep another id than the one it was given: that id was never looked at.
    allIdsPlain &= lastIdPlain && made.id() == id;
    add(made);
    return id;
  }

  private String visitTree(Tree tree, String generatedId, boolean generatedPlain, String place) {
    String given = tree.givenId();
    String id = given != null ? given : generatedId;
    noteId(id, given, place);
    boolean plain = given != null ? Utf8Writer.needsNoEscaping(given) : generatedPlain;
    int slot = size;
    add(null);
    List<Tree.Slot> slots = tree.slots();
    if (slots.size() > 1) {
      severalSlots = true;
    }
    List<List<String>> childIds = slots.size() == 1
        ? List.of(visitSlot(slots.get(0), id, plain, place))
        : visitSlots(slots, id, plain, place);
    A2uiComponent built = Objects.requireNonNull(tree.build(id, childIds), "a Tree's build returned null");
    // So may a build function, which is the user's too.
    allIdsPlain &= plain && built.id() == id;
    components[slot] = built;
    lastIdPlain = plain;
    return id;
  }

  private List<List<String>> visitSlots(List<Tree.Slot> slots, String id, boolean plain, String place) {
    List<List<String>> childIds = new ArrayList<>(slots.size());
    for (Tree.Slot each : slots) {
      childIds.add(visitSlot(each, id, plain, place));
    }
    return childIds;
  }

  /**
   * The ids of the slot's children, as an immutable list that components keep without copying,
   * marked plain when every id needs no escaping ({@code plain} says whether {@code id} does not).
   */
  private List<String> visitSlot(Tree.Slot slot, String id, boolean plain, String place) {
    List<Node> nodes = slot.nodes();
    String[] slotIds = new String[nodes.size()];
    boolean allPlain = true;
    for (int i = 0; i < slotIds.length; i++) {
      String segment = slot.segment(i);
      slotIds[i] = visit(nodes.get(i), id + "-" + segment, plain && slot.plainSegments(),
          places == null ? null : place + "/" + segment);
      allPlain &= lastIdPlain;
    }
    return allPlain ? FrozenList.plain(slotIds) : FrozenList.of(slotIds, slotIds.length);
  }

  /**
   * The components as the list a surface keeps: over the array they were collected in, or over its
   * copy when that is less than half full, so that a small surface kept in a session holds no array
   * of the usual size; marked when every id needs no escaping, which the writer then copies as it is.
   */
  private List<A2uiComponent> frozenComponents() {
    A2uiComponent[] kept = size < components.length / 2 ? Arrays.copyOf(components, size) : components;
    return FrozenList.components(kept, size, allIdsPlain);
  }

  private void add(A2uiComponent component) {
    if (size == components.length) {
      components = Arrays.copyOf(components, size * 2);
    }
    components[size++] = component;
  }

  private void noteId(String id, String given, String place) {
    if (given != null) {
      givenIds++;
    }
    if (places != null) {
      places.computeIfAbsent(id, key -> new ArrayList<>())
          .add(place + (given != null && !place.equals(ROOT) ? " (set by withId)" : " (generated)"));
    }
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
