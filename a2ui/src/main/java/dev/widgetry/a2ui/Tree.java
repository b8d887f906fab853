package dev.widgetry.a2ui;

import dev.widgetry.runtime.internal.Utf8Writer;
import java.util.List;
import java.util.Objects;
import java.util.function.BiFunction;

/**
 * A container in a surface's tree whose children are nodes, not yet ids: {@code Card.of(Column.of(
 * Text.of("Hi"), button))}. {@code Surface} flattens it into the wire's list of components, giving
 * each node an id (or keeping the one it has) and the container the ids of its children.
 */
public final class Tree implements Node {
  private final String id;
  private final List<Slot> slots;
  private final BiFunction<String, List<List<String>>, A2uiComponent> build;

  private Tree(String id, List<Slot> slots, BiFunction<String, List<List<String>>, A2uiComponent> build) {
    this.id = id;
    this.slots = List.copyOf(slots);
    this.build = Objects.requireNonNull(build, "build");
  }

  /**
   * A container with these slots of children, built, once each child has an id, by {@code build}
   * from the container's id and the ids of each slot's children, in slot order.
   */
  public static Tree of(List<Slot> slots, BiFunction<String, List<List<String>>, A2uiComponent> build) {
    return new Tree(null, slots, build);
  }

  /** This container with the id {@code id}; its children's generated ids start from it. */
  public Tree id(String id) {
    return new Tree(Objects.requireNonNull(id, "id"), slots, build);
  }

  /** The id given with {@link #id(String)}, or null. */
  String givenId() {
    return id;
  }

  List<Slot> slots() {
    return slots;
  }

  A2uiComponent build(String containerId, List<List<String>> childIds) {
    return build.apply(containerId, childIds);
  }

  /**
   * A named place for children: a single one ({@code child}, {@code trigger}, {@code content}), a
   * list ({@code children}, each child's generated id ending in its index), tabs (ending in
   * {@code tab<i>}), or a template's one item component ({@code item}).
   */
  public static final class Slot {
    /** The segments of a list's first children, made once rather than a string per child. */
    private static final String[] INDEXES = indexes(64);

    private final String name;
    private final List<Node> nodes;
    private final String segment;
    /** Whether every segment needs no escaping in JSON: an index, tab and an index, or a plain name. */
    private final boolean plainSegments;

    private Slot(String name, List<? extends Node> nodes, String segment) {
      this.name = name;
      this.nodes = List.copyOf(nodes);
      this.segment = segment;
      this.plainSegments = Utf8Writer.needsNoEscaping(segment);
    }

    /** One child, whose generated id ends in the slot's name: {@code root-child}. */
    public static Slot single(String name, Node node) {
      return new Slot(name, List.of(Objects.requireNonNull(node, name)), name);
    }

    /** Children in order, whose generated ids end in their index: {@code root-0}, {@code root-1}. */
    public static Slot list(String name, List<? extends Node> nodes) {
      return new Slot(name, nodes, "");
    }

    /** Tabs' children, whose generated ids end in {@code tab<i>}. */
    public static Slot tabs(String name, List<? extends Node> nodes) {
      return new Slot(name, nodes, "tab");
    }

    /** A template's item component, whose generated id ends in {@code item}. */
    public static Slot item(Node node) {
      return new Slot("item", List.of(Objects.requireNonNull(node, "item")), "item");
    }

    private static String[] indexes(int count) {
      String[] indexes = new String[count];
      for (int i = 0; i < count; i++) {
        indexes[i] = Integer.toString(i);
      }
      return indexes;
    }

    String name() {
      return name;
    }

    List<Node> nodes() {
      return nodes;
    }

    /** Whether the segments of this slot's children need no escaping in JSON ({@link Utf8Writer#needsNoEscaping}). */
    boolean plainSegments() {
      return plainSegments;
    }

    /** The id segment of the child at {@code index}: the slot's name, its index, or tab and its index. */
    String segment(int index) {
      if (segment.isEmpty()) {
        return index < INDEXES.length ? INDEXES[index] : Integer.toString(index);
      }
      return segment.equals("tab") ? "tab" + index : segment;
    }
  }
}
