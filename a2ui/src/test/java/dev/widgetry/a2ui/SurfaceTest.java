package dev.widgetry.a2ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.widgetry.a2ui.basic.Button;
import dev.widgetry.a2ui.basic.Card;
import dev.widgetry.a2ui.basic.Column;
import dev.widgetry.a2ui.basic.Divider;
import dev.widgetry.a2ui.basic.Modal;
import dev.widgetry.a2ui.basic.Row;
import dev.widgetry.a2ui.basic.Tabs;
import dev.widgetry.a2ui.basic.Text;
import dev.widgetry.runtime.Widgets;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** A surface built as a tree and one built flat are the same wire; ids are deterministic; clashes are one error. */
class SurfaceTest {
  private static final EventAction PAY = Action.event("pay");

  @Test
  void aTreeAndTheSameSurfaceFlatWriteTheSameMessages() {
    Surface nested = Surface.builder("order")
        .root(Card.of(Column.of(Text.of("Order #1042", Text.Variant.H3), Button.of("Pay", PAY))))
        .build();
    Surface flat = Surface.builder("order")
        .components(
            Card.builder().id("root").child("root-child").build(),
            Column.builder().id("root-child").children(ChildList.of("root-child-0", "root-child-1")).build(),
            Text.of("Order #1042", Text.Variant.H3).withId("root-child-0"),
            Button.builder().id("root-child-1").child("root-child-1-child").action(PAY).build(),
            Text.of("Pay").withId("root-child-1-child"))
        .build();

    assertEquals(A2ui.toJsonArray(flat.messages()), A2ui.toJsonArray(nested.messages()));
    assertEquals("{\"version\":\"v0.9\",\"createSurface\":{\"surfaceId\":\"order\",\"catalogId\":"
        + "\"https://a2ui.org/specification/v0_9/catalogs/basic/catalog.json\"}}", A2ui.toJson(nested.create()));
  }

  @Test
  void idsAUserGaveAreKeptAndTheirChildrenNamedFromThem() {
    Surface surface = Surface.builder("s")
        .root(Column.of(Text.of("Title").withId("title"), Row.of(Text.of("a"), Text.of("b")).id("line"), Divider.of()))
        .build();

    assertEquals(List.of("root", "title", "line", "line-0", "line-1", "root-2"), ids(surface));
  }

  @Test
  void aTemplateRepeatsItsItemOverAList() {
    ListPath<StringPath, String> names = new ListPath<>("/names", StringPath::new, (out, list) -> { });
    Surface surface = Surface.builder("s").root(Column.template(names, name -> Text.of(name))).build();

    assertEquals("{\"component\":\"Column\",\"id\":\"root\",\"children\":{\"componentId\":\"root-item\",\"path\":"
        + "\"/names\"}}", Widgets.toJson(surface.components().get(0)));
    assertEquals("{\"component\":\"Text\",\"id\":\"root-item\",\"text\":{\"path\":\"\"}}",
        Widgets.toJson(surface.components().get(1)));
  }

  @Test
  void tabsAndModalsNameTheirChildrenBySlot() {
    Surface surface = Surface.builder("s")
        .root(Column.of(
            Tabs.of(Tabs.tab("One", Text.of("1")), Tabs.tab("Two", Text.of("2"))),
            Modal.of(Button.of("Open", PAY), Text.of("Hello"))))
        .build();

    assertEquals(List.of("root", "root-0", "root-0-tab0", "root-0-tab1", "root-1", "root-1-trigger",
        "root-1-trigger-child", "root-1-content"), ids(surface));
  }

  @Test
  void duplicateIdsAreOneErrorNamingEveryClash() {
    A2uiBuildException e = assertThrows(A2uiBuildException.class, () -> Surface.builder("s")
        .root(Column.of(Text.of("a"), Text.of("b").withId("total"), Text.of("c").withId("root-0"),
            Text.of("d").withId("total")))
        .build());

    assertEquals(List.of("2 duplicate component ids: \"root-0\" at root/0 (generated) and at root/2 (set by withId);"
        + " \"total\" at root/1 (set by withId) and at root/3 (set by withId)"), e.problems());
  }

  @Test
  void aContainerWithTwoListsOfChildrenGivesClashingIdsAndIsRefused() {
    // Generated ids spell a node's place; two list slots of one container give the same places.
    Tree twoLists = Tree.of(List.of(Tree.Slot.list("left", List.of(Text.of("a"))),
            Tree.Slot.list("right", List.of(Text.of("b")))),
        (id, ids) -> Column.builder().id(id).children(ChildList.of(ids.get(0))).build());
    A2uiBuildException e = assertThrows(A2uiBuildException.class,
        () -> Surface.builder("s").root(Card.of(twoLists)).build());

    assertEquals(List.of("1 duplicate component id: \"root-child-0\" at root/child/0 (generated) and at"
        + " root/child/0 (generated)"), e.problems());
  }

  @Test
  void aComponentBelowTheRootCannotTakeTheRootsId() {
    Surface named = Surface.builder("s").root(Column.of(Text.of("a")).id("root")).build();
    A2uiBuildException e = assertThrows(A2uiBuildException.class,
        () -> Surface.builder("s").root(Column.of(Divider.of(), Text.of("a").withId("root")).id("root")).build());

    assertEquals(List.of("root", "root-0"), ids(named));
    assertEquals(List.of("1 duplicate component id: \"root\" at root (generated) and at root/1 (set by withId)"),
        e.problems());
  }

  @Test
  void theRootIsCalledRoot() {
    A2uiBuildException e = assertThrows(A2uiBuildException.class,
        () -> Surface.builder("s").root(Text.of("Hi").withId("summary")).build());

    assertEquals(List.of("the root of a surface has the id \"root\"; remove the id \"summary\" from the root, or nest"
        + " it under another component"), e.problems());
  }

  @Test
  void flatComponentsNeedIdsARootAndNoDuplicates() {
    A2uiBuildException e = assertThrows(A2uiBuildException.class, () -> Surface.builder("s")
        .components(Text.of("a").withId("x"), Text.of("b"), Text.of("c").withId("x"))
        .build());

    assertEquals(List.of(
        "component 1 (Text) has no id: give it one with withId(...) or its builder's id(...)",
        "component 2 (Text) has the id \"x\" of component 0; ids are unique within a surface",
        "no component has the id \"root\", where the renderer starts drawing"), e.problems());
  }

  private static List<String> ids(Surface surface) {
    return surface.components().stream().map(A2uiComponent::id).collect(Collectors.toList());
  }

  @Test
  void twoMessagesOfEqualDataAreEqual() {
    Text model = Text.builder().id("t").text(DynamicString.of("a")).build();
    StringListPath tags = new StringListPath("/tags");

    assertEquals(UpdateDataModel.of("s", model), UpdateDataModel.of("s", model));
    assertEquals(UpdateDataModel.at("s", tags, List.of("x")), UpdateDataModel.at("s", tags, List.of("x")));
    assertEquals(UpdateDataModel.at("s", new NumberPath("/n"), 2L), UpdateDataModel.at("s", new NumberPath("/n"), 2L));
  }

  @Test
  void aTreeKeepsThePropsItsBuilderHadWhenItWasMade() {
    dev.widgetry.a2ui.basic.RowBuilder props = Row.builder().justify(dev.widgetry.a2ui.basic.Justify.CENTER);
    Tree row = Row.of(props, Text.of("a"));
    props.justify(dev.widgetry.a2ui.basic.Justify.END);

    Row root = (Row) Surface.builder("s").root(row).build().components().get(0);
    Row again = (Row) Surface.builder("s").root(row).build().components().get(0);

    assertEquals(dev.widgetry.a2ui.basic.Justify.CENTER, root.justify());
    assertEquals(root, again);
  }

  @Test
  void aContainerWithoutPropsIsTheContainerOfAnEmptyBuilder() {
    ChildList children = ChildList.of("root-0", "root-1");

    assertEquals(List.of(Row.builder().id("root").children(children).build()),
        containers(Row.of(Text.of("a"), Text.of("b")), Row.of(Row.builder(), Text.of("a"), Text.of("b"))));
    assertEquals(List.of(Column.builder().id("root").children(children).build()),
        containers(Column.of(Text.of("a"), Text.of("b")), Column.of(Column.builder(), Text.of("a"), Text.of("b"))));
    assertEquals(List.of(dev.widgetry.a2ui.basic.List.builder().id("root").children(children).build()),
        containers(dev.widgetry.a2ui.basic.List.of(Text.of("a"), Text.of("b")),
            dev.widgetry.a2ui.basic.List.of(dev.widgetry.a2ui.basic.List.builder(), Text.of("a"), Text.of("b"))));
  }

  /** The root component each tree flattens to, once for all when they are the same. */
  private static List<A2uiComponent> containers(Tree... trees) {
    return java.util.Arrays.stream(trees).map(tree -> Surface.builder("s").root(tree).build().components().get(0))
        .distinct().collect(Collectors.toList());
  }

  @Test
  void aListItemIsAtAnIndexOfZeroOrMore() {
    StringListPath tags = new StringListPath("/tags");

    assertEquals("/tags/2", tags.item(2).pointer());
    IndexOutOfBoundsException e = assertThrows(IndexOutOfBoundsException.class, () -> tags.item(-1));
    assertEquals("a list index is 0 or more, and -1 is not", e.getMessage());
  }
}
