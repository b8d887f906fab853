package dev.widgetry.a2ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.widgetry.a2ui.basic.Column;
import dev.widgetry.a2ui.basic.Row;
import dev.widgetry.a2ui.basic.RowBuilder;
import dev.widgetry.a2ui.basic.Text;
import dev.widgetry.runtime.internal.Utf8Writer;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectStreamException;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * The flattener hands out its arrays as lists without copying them: those lists behave as the
 * {@code List.of} lists they replace, and what they hold is what the copies held. A slot's child
 * ids are marked as needing no escaping only when none does, and so are a surface's components
 * when none of their ids does; the JSON is the same either way.
 */
class FrozenListTest {

  @Test
  void aFrozenListIsItsArraysFirstElementsAndEqualsTheListOfThem() {
    List<String> list = FrozenList.of(new String[] {"a", "b", "c", null}, 3);

    assertEquals(List.of("a", "b", "c"), list);
    assertEquals(list, List.of("a", "b", "c"));
    assertEquals(List.of("a", "b", "c").hashCode(), list.hashCode());
    assertEquals("[a, b, c]", list.toString());
    assertThrows(IndexOutOfBoundsException.class, () -> list.get(3));
    assertThrows(IndexOutOfBoundsException.class, () -> FrozenList.of(new String[1], 2));
  }

  @Test
  void aFrozenListAnswersAQuestionAboutNullAsListOfDoes() {
    List<String> list = FrozenList.of(new String[] {"a", "b", null}, 2);

    assertThrows(NullPointerException.class, () -> List.of("a", "b").contains(null));
    assertThrows(NullPointerException.class, () -> list.contains(null));
    assertThrows(NullPointerException.class, () -> list.indexOf(null));
    assertThrows(NullPointerException.class, () -> list.lastIndexOf(null));
    assertEquals(1, list.indexOf("b"));
    assertEquals(-1, list.indexOf("c"));
  }

  @Test
  void aFrozenListSerializesAsTheListListCopyOfMakes() throws IOException, ClassNotFoundException {
    List<String> list = FrozenList.of(new String[] {"a", "b", "c"}, 2);
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(list);
    }

    Object read;
    try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
      read = in.readObject();
    }

    assertEquals(List.of("a", "b"), read);
    assertEquals(List.of("a", "b").getClass(), read.getClass());
  }

  /** A FrozenList's serialized form, had it one of its own: its fields, under another name the test renames. */
  private static final class Forged implements Serializable {
    private static final long serialVersionUID = 1L;
    private final Object[] elements = {"a\"b"};
    private final int size = 1;
    private final boolean plainIds = true;
  }

  /**
   * Refused today before FrozenList.readObject is reached, as PlainMarkedList, its first superclass
   * that is not serializable, has no constructor without arguments; readObject refuses it should one come.
   */
  @Test
  void aStreamHoldingAFrozenListItselfIsRefused() throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(new Forged());
    }
    byte[] forged = rename(bytes.toByteArray(), Forged.class.getName(), FrozenList.class.getName());

    assertThrows(ObjectStreamException.class, () -> {
      try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(forged))) {
        in.readObject();
      }
    });
  }

  /** {@code stream} with the class name {@code from}, as writeUTF wrote it, replaced by {@code to}. */
  private static byte[] rename(byte[] stream, String from, String to) {
    byte[] old = utf(from);
    for (int i = 0; i + old.length <= stream.length; i++) {
      if (Arrays.equals(stream, i, i + old.length, old, 0, old.length)) {
        ByteArrayOutputStream renamed = new ByteArrayOutputStream();
        renamed.write(stream, 0, i);
        renamed.writeBytes(utf(to));
        renamed.write(stream, i + old.length, stream.length - i - old.length);
        return renamed.toByteArray();
      }
    }
    throw new AssertionError(from + " is not in the stream");
  }

  private static byte[] utf(String name) {
    byte[] chars = name.getBytes(StandardCharsets.UTF_8);
    byte[] utf = new byte[chars.length + 2];
    utf[0] = (byte) (chars.length >> 8);
    utf[1] = (byte) chars.length;
    System.arraycopy(chars, 0, utf, 2, chars.length);
    return utf;
  }

  @Test
  void aFrozenListCannotBeChanged() {
    List<String> list = FrozenList.of(new String[] {"a", "b"}, 2);

    assertThrows(UnsupportedOperationException.class, () -> list.add("c"));
    assertThrows(UnsupportedOperationException.class, () -> list.set(0, "c"));
    assertThrows(UnsupportedOperationException.class, () -> list.remove(0));
    Iterator<String> iterator = list.iterator();
    iterator.next();
    assertThrows(UnsupportedOperationException.class, iterator::remove);
    assertThrows(UnsupportedOperationException.class, list::clear);
    assertEquals(List.of("a", "b"), list);
  }

  @Test
  void onlyAFrozenListIsKeptAsItIsAnyOtherIsCopied() {
    List<String> frozen = FrozenList.of(new String[] {"a"}, 1);
    List<String> mutable = new ArrayList<>(List.of("a"));

    List<String> copy = FrozenList.copyOf(mutable);
    mutable.add("b");

    assertSame(frozen, FrozenList.copyOf(frozen));
    assertNotSame(mutable, copy);
    assertEquals(List.of("a"), copy);
    assertSame(frozen, ChildList.of(frozen).ids());
    assertEquals(List.of("a"), ChildList.of(mutable.subList(0, 1)).ids());
  }

  @Test
  void aFlattenedSurfacesListsCannotBeChangedAndEqualThoseBuiltFlat() {
    Surface surface = Surface.builder("s").root(Column.of(Text.of("a"), Row.of(Text.of("b"), Text.of("c")))).build();
    Row flatRow = Row.builder().id("root-1").children(ChildList.of("root-1-0", "root-1-1")).build();

    List<A2uiComponent> components = surface.components();

    assertEquals(5, components.size());
    assertEquals(flatRow, components.get(2));
    assertEquals(flatRow.hashCode(), components.get(2).hashCode());
    assertEquals(List.of("root-0", "root-1"),
        assertInstanceOf(ChildList.Ids.class, ((Column) components.get(0)).children()).ids());
    assertThrows(UnsupportedOperationException.class, () -> components.add(Text.of("d").withId("d")));
    assertThrows(UnsupportedOperationException.class, () -> components.set(0, Text.of("d").withId("d")));
    assertSame(components, surface.update().components());
    assertEquals(components, new UpdateComponents("s", new ArrayList<>(components)).components());
  }

  @Test
  void aTreeWhoseBuildGivesNothingIsRefusedWhenFlattened() {
    Tree broken = Tree.of(List.of(Tree.Slot.single("child", Text.of("a"))), (id, ids) -> null);

    NullPointerException e = assertThrows(NullPointerException.class,
        () -> Surface.builder("s").root(broken).build());
    assertEquals("a Tree's build returned null", e.getMessage());
  }

  @Test
  void aComponentWhoseWithIdGivesNothingIsRefusedWhenFlattened() {
    A2uiComponent broken = new A2uiComponent() {
      @Override
      public String id() {
        return null;
      }

      @Override
      public A2uiComponent withId(String id) {
        return null;
      }
    };

    NullPointerException e = assertThrows(NullPointerException.class,
        () -> Surface.builder("s").root(Column.of(broken)).build());
    assertEquals("withId returned null", e.getMessage());
  }

  @Test
  void aStringIsPlainWhenItIsAsciiFromTheSpaceUpWithoutQuoteOrBackslash() {
    assertTrue(Utf8Writer.needsNoEscaping(""));
    assertTrue(Utf8Writer.needsNoEscaping(" root-child-5-10 ~\u007f"));
    for (String notPlain : List.of("a\"b", "a\\b", "tab\t", "\u001f", "\u0080", "caf\u00e9", "\u0141", "\u4e2d")) {
      assertFalse(Utf8Writer.needsNoEscaping(notPlain), notPlain);
    }
    assertTrue(((FrozenList<String>) FrozenList.plain(new String[] {"a"})).plainStrings());
    assertFalse(((FrozenList<String>) FrozenList.of(new String[] {"a"}, 1)).plainStrings());
  }

  @Test
  void aSlotsIdsAreMarkedPlainOnlyWhenNoneNeedsEscapingAndAreWrittenAlikeEitherWay() {
    Surface surface = Surface.builder("s").root(Column.of(
        Row.of(Text.of("a"), Text.of("b")),
        Row.of(Text.of("c"), Text.of("d").withId("d\"quoted")),
        Row.of(Text.of("e")).id("caf\u00e9"),
        Row.of(Text.of("f")).id("plain"))).build();

    Map<String, Boolean> plainById = new TreeMap<>();
    Map<String, List<String>> childrenById = new TreeMap<>();
    List<A2uiComponent> unmarked = new ArrayList<>();
    for (A2uiComponent component : surface.components()) {
      ChildList children = component instanceof Row ? ((Row) component).children()
          : component instanceof Column ? ((Column) component).children() : null;
      if (children != null) {
        List<String> ids = ((ChildList.Ids) children).ids();
        plainById.put(component.id(), ((FrozenList<String>) ids).plainStrings());
        childrenById.put(component.id(), ids);
      }
      // The same component with its ids in a list of another kind, which the writer writes id by id.
      unmarked.add(component instanceof Row
          ? RowBuilder.from((Row) component).children(ChildList.of(new ArrayList<>(children == null ? List.of()
              : ((ChildList.Ids) children).ids()))).build()
          : component);
    }

    assertEquals(Map.of("root", false, "root-0", true, "root-1", false, "caf\u00e9", false, "plain", true), plainById);
    // The root's children include "café", so its list is not plain, though its own id is.
    assertEquals(List.of("caf\u00e9-0"), childrenById.get("caf\u00e9"));
    assertEquals(List.of("root-1-0", "d\"quoted"), childrenById.get("root-1"));
    assertEquals(A2ui.toJsonArray(List.of(new UpdateComponents("s", unmarked))),
        A2ui.toJsonArray(List.of(surface.update())));
    // v1.0 writes components through a wrapper that drops calls' returnType and passes the lists on.
    A2uiWriter v1 = A2ui.writer(A2uiVersion.V1_0);
    assertEquals(v1.toJsonArray(List.of(new UpdateComponents("s", unmarked))),
        v1.toJsonArray(List.of(surface.update())));
    assertTrue(A2ui.toJsonArray(List.of(surface.update())).contains(
        "\"children\":[\"root-1-0\",\"d\\\"quoted\"]},"));
    assertTrue(A2ui.toJsonArray(List.of(surface.update())).contains("\"children\":[\"caf\u00e9-0\"]}"));
  }

  @Test
  void aSurfacesComponentsAreMarkedPlainOnlyWhenNoIdNeedsEscapingAndAreWrittenAlikeEitherWay() {
    Surface plain = Surface.builder("s").root(Column.of(
        Text.of("Title", Text.Variant.H1),
        Row.of(Text.of("a"), Text.of("b").withId("given-b")),
        Row.of(Text.of("c")).id("plain row"))).build();
    Surface quoted = Surface.builder("s").root(Column.of(
        Text.of("a"), Text.of("b").withId("b\"quoted"))).build();
    Surface accented = Surface.builder("s").root(Column.of(Row.of(Text.of("a")).id("caf\u00e9"))).build();

    assertTrue(FrozenList.plainIds(plain.components()));
    assertFalse(FrozenList.plainIds(quoted.components()));
    assertFalse(FrozenList.plainIds(accented.components()));
    assertFalse(FrozenList.plainIds(new UpdateComponents("s", new ArrayList<>(plain.components())).components()));
    for (Surface surface : List.of(plain, quoted, accented)) {
      // The same components in a list of another kind, whose ids the writer looks at.
      UpdateComponents unmarked = new UpdateComponents("s", new ArrayList<>(surface.components()));
      assertEquals(A2ui.toJsonArray(List.of(unmarked)), A2ui.toJsonArray(List.of(surface.update())));
      // v1.0 writes a heading as another component with the same id, through the wrapper that drops returnType.
      A2uiWriter v1 = A2ui.writer(A2uiVersion.V1_0);
      assertEquals(v1.toJsonArray(List.of(unmarked)), v1.toJsonArray(List.of(surface.update())));
      assertEquals(v1.toJsonArray(List.of(surface.create(), unmarked)),
          v1.toJsonArray(List.of(surface.create(), surface.update())));
    }
    assertTrue(A2ui.toJsonArray(List.of(quoted.update())).contains("\"id\":\"b\\\"quoted\""));
    assertTrue(A2ui.toJsonArray(List.of(plain.update())).contains("\"id\":\"plain row\""));
  }

  @Test
  void aSurfaceWhoseTreeBuildsAComponentWithAnotherIdIsNotMarkedAndItsIdIsEscaped() {
    for (String suffix : List.of("\"b", "\u00e9")) {
      Tree renamed = Tree.of(List.of(Tree.Slot.single("child", Text.of("x"))),
          (id, ids) -> Row.builder().id(id + suffix).children(ChildList.of(ids.get(0))).build());
      Surface surface = Surface.builder("s").root(Column.of(renamed)).build();

      assertFalse(FrozenList.plainIds(surface.components()), suffix);
      for (A2uiWriter writer : List.of(A2ui.writer(A2uiVersion.V0_9), A2ui.writer(A2uiVersion.V1_0))) {
        JsonNode written = OfficialExamples.parse(writer.toJson(surface.update()));
        assertEquals("root-0" + suffix, written.at("/updateComponents/components/1/id").asText(), suffix);
      }
    }
  }

  @Test
  void aSurfaceWhoseTreeBuildsAComponentWithoutAnIdIsNotMarkedAndItsUpdateIsRefused() {
    // UpdateComponents asks each component for its id only when the list is not marked plainIds.
    Tree unnamed = Tree.of(List.of(Tree.Slot.single("child", Text.of("x"))),
        (id, ids) -> Row.builder().children(ChildList.of(ids.get(0))).build());
    Surface surface = Surface.builder("s").root(Column.of(unnamed)).build();

    assertFalse(FrozenList.plainIds(surface.components()));
    IllegalArgumentException refused = assertThrows(IllegalArgumentException.class, surface::update);
    assertTrue(refused.getMessage().contains("component 1 (Row) has none"), refused.getMessage());
  }
}
