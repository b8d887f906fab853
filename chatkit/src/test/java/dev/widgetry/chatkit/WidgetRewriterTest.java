package dev.widgetry.chatkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.widgetry.runtime.Widgets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The walk of {@link WidgetRewriter}: what it visits, in which order, and what it rebuilds. */
class WidgetRewriterTest {

  /** A page of orders: a title, a card with every kind of container, and a list. */
  static Basic orders() {
    return Basic.of(
        Title.of("Your orders"),
        Card.builder()
            .children(
                Row.of(Text.of("Order #1042"), Button.of("Details", ActionConfig.of("order.details"))),
                Box.of(Col.of(Text.of("Oat milk"), Transition.of(Text.of("arriving Friday")))),
                Form.of(ActionConfig.of("order.note"), Input.of("note"), Button.submit("Save")),
                Table.of(TableRow.header(TableCell.of("Item")), TableRow.of(TableCell.of("Oat milk"))))
            .confirm(CardAction.of("Pay", ActionConfig.of("order.pay")))
            .build(),
        ListView.of(ListViewItem.of(Text.of("Order #1041"))));
  }

  @Test
  void keepingEverythingGivesBackTheSameWidget() {
    Basic widget = orders();

    assertSame(widget, WidgetRewriter.components(component -> component).rewrite(widget));
    assertSame(widget, WidgetRewriter.listViewItems(item -> item).rewrite(widget));
    assertSame(widget, WidgetRewriter.roots(root -> root).rewrite(widget));
  }

  @Test
  void replacingOneComponentRebuildsItsContainersAndNothingElse() {
    Basic widget = orders();

    Basic rewritten = (Basic) WidgetRewriter.components(component ->
            component.equals(Text.of("arriving Friday")) ? Text.of("arrived") : component)
        .rewrite(widget);

    Card card = (Card) widget.children().get(1);
    Card newCard = (Card) rewritten.children().get(1);
    assertNotSame(card, newCard);
    assertSame(widget.children().get(0), rewritten.children().get(0));
    assertSame(widget.children().get(2), rewritten.children().get(2));
    assertSame(card.children().get(0), newCard.children().get(0));
    assertSame(card.children().get(2), newCard.children().get(2));
    assertSame(card.children().get(3), newCard.children().get(3));
    assertSame(card.confirm(), newCard.confirm());
    Col col = (Col) ((Box) card.children().get(1)).children().get(0);
    Col newCol = (Col) ((Box) newCard.children().get(1)).children().get(0);
    assertSame(col.children().get(0), newCol.children().get(0));
    assertEquals(Transition.of(Text.of("arrived")), newCol.children().get(1));
    assertEquals(
        Card.builder()
            .children(
                Row.of(Text.of("Order #1042"), Button.of("Details", ActionConfig.of("order.details"))),
                Box.of(Col.of(Text.of("Oat milk"), Transition.of(Text.of("arrived")))),
                Form.of(ActionConfig.of("order.note"), Input.of("note"), Button.submit("Save")),
                Table.of(TableRow.header(TableCell.of("Item")), TableRow.of(TableCell.of("Oat milk"))))
            .confirm(CardAction.of("Pay", ActionConfig.of("order.pay")))
            .build(),
        newCard);
  }

  @Test
  void aRebuiltContainerKeepsItsOtherProps() {
    Row row = Row.builder().gap(Dimension.of(2)).align(Alignment.CENTER).key("r").children(Text.of("a")).build();

    Card rewritten = (Card) WidgetRewriter.components(component ->
            component instanceof Text ? Text.of("b") : component)
        .rewrite(Card.builder().size(Card.Size.SM).children(row).build());

    assertEquals(
        Card.builder()
            .size(Card.Size.SM)
            .children(Row.builder().gap(Dimension.of(2)).align(Alignment.CENTER).key("r").children(Text.of("b")).build())
            .build(),
        rewritten);
  }

  @Test
  void aHookChangesAPropThroughTheBuilder() {
    WidgetRewriter secondary = WidgetRewriter.components(component -> component instanceof Button button
        ? ButtonBuilder.from(button).style(Button.Style.SECONDARY).build()
        : component);

    Card rewritten = (Card) secondary.rewrite(Card.of(Row.of(Text.of("Tea"), Button.of("Add", ActionConfig.of("cart.add")))));

    assertEquals(
        Card.of(Row.of(Text.of("Tea"),
            Button.builder().label("Add").onClickAction(ActionConfig.of("cart.add")).style(Button.Style.SECONDARY).build())),
        rewritten);
  }

  @Test
  void droppingAComponentRemovesItFromEveryContainer() {
    WidgetRoot rewritten = WidgetRewriter.components(component -> component instanceof Button ? null : component)
        .rewrite(orders());

    assertEquals(
        Basic.of(
            Title.of("Your orders"),
            Card.builder()
                .children(
                    Row.of(Text.of("Order #1042")),
                    Box.of(Col.of(Text.of("Oat milk"), Transition.of(Text.of("arriving Friday")))),
                    Form.of(ActionConfig.of("order.note"), Input.of("note")),
                    Table.of(TableRow.header(TableCell.of("Item")), TableRow.of(TableCell.of("Oat milk"))))
                .confirm(CardAction.of("Pay", ActionConfig.of("order.pay")))
                .build(),
            ListView.of(ListViewItem.of(Text.of("Order #1041")))),
        rewritten);
  }

  @Test
  void droppingTheOneChildOfATransitionDropsTheTransition() {
    WidgetRoot rewritten = WidgetRewriter.components(component -> component instanceof Caption ? null : component)
        .rewrite(Card.of(Text.of("Answer"), Transition.of(Caption.of("3 sources"))));

    assertEquals(Card.of(Text.of("Answer")), rewritten);
  }

  @Test
  void containersLeftEmptyStayAndAreStillValidChatKit() {
    WidgetRewriter noText = WidgetRewriter.components(component -> component instanceof Text ? null : component);

    WidgetRoot card = noText.rewrite(Card.of(Row.of(Text.of("a")), Table.of(TableRow.of(TableCell.of("b")))));
    WidgetRoot list = WidgetRewriter.listViewItems(item -> null).rewrite(ListView.of(ListViewItem.of(Text.of("a"))));

    String cardJson = Widgets.toJson(card);
    Json.assertSameJson("{\"type\":\"Card\",\"children\":[{\"type\":\"Row\",\"children\":[]},"
        + "{\"type\":\"Table\",\"children\":[{\"type\":\"Table.Row\",\"children\":[{\"type\":\"Table.Cell\","
        + "\"children\":[]}]}]}]}", cardJson);
    assertEquals(List.of(), OfficialSchema.problems(Json.parse(cardJson)));
    String listJson = Widgets.toJson(list);
    Json.assertSameJson("{\"type\":\"ListView\",\"children\":[]}", listJson);
    assertEquals(List.of(), OfficialSchema.problems(Json.parse(listJson)));
  }

  @Test
  void childrenAreVisitedBeforeTheirContainerWhichSeesThemRewritten() {
    List<String> visits = new ArrayList<>();
    WidgetRewriter recorder = new WidgetRewriter() {
      @Override
      protected WidgetComponent component(WidgetComponent component) {
        if (component instanceof Text text) {
          visits.add("Text " + text.value());
          return Text.of(text.value().toUpperCase(Locale.ROOT));
        }
        visits.add(component.getClass().getSimpleName() + " " + Widgets.toJson(component));
        return component;
      }

      @Override
      protected ListViewItem listViewItem(ListViewItem item) {
        visits.add("ListViewItem");
        return item;
      }

      @Override
      protected WidgetRoot root(WidgetRoot root) {
        visits.add(root.getClass().getSimpleName());
        return root;
      }
    };

    recorder.rewrite(Basic.of(Card.of(Row.of(Text.of("a"), Box.of(Text.of("b")))), ListView.of(ListViewItem.of())));

    assertEquals(
        List.of(
            "Text a",
            "Text b",
            "Box {\"type\":\"Box\",\"children\":[{\"type\":\"Text\",\"value\":\"B\"}]}",
            "Row {\"type\":\"Row\",\"children\":[{\"type\":\"Text\",\"value\":\"A\"},"
                + "{\"type\":\"Box\",\"children\":[{\"type\":\"Text\",\"value\":\"B\"}]}]}",
            "Card",
            "ListViewItem",
            "ListView",
            "Basic"),
        visits);
  }

  @Test
  void whatAHookReturnsIsNotWalkedAgain() {
    List<WidgetComponent> visited = new ArrayList<>();
    WidgetRewriter boxed = WidgetRewriter.components(component -> {
      visited.add(component);
      return component instanceof Text ? Box.of(component) : component;
    });

    WidgetRoot rewritten = boxed.rewrite(Card.of(Text.of("a")));

    assertEquals(Card.of(Box.of(Text.of("a"))), rewritten);
    assertEquals(List.of(Text.of("a")), visited);
  }

  @Test
  void rootsInsideABasicAreRewrittenAndMayBeDropped() {
    WidgetRoot rewritten = WidgetRewriter.roots(root -> root instanceof ListView ? null : root).rewrite(orders());

    Basic expected = Basic.of(orders().children().get(0), orders().children().get(1));
    assertEquals(expected, rewritten);
  }

  @Test
  void listViewItemsAreRewrittenAfterTheirChildren() {
    ListView list = ListView.of(
        ListViewItem.builder().children(Text.of("Tea")).onClickAction(ActionConfig.of("pick")).build(),
        ListViewItem.of(Text.of("Coffee")));
    WidgetRewriter rewriter = new WidgetRewriter() {
      @Override
      protected WidgetComponent component(WidgetComponent component) {
        return component.equals(Text.of("Coffee")) ? Text.of("Decaf") : component;
      }

      @Override
      protected ListViewItem listViewItem(ListViewItem item) {
        return item.onClickAction() == null ? ListViewItemBuilder.from(item).key("plain").build() : item;
      }
    };

    ListView rewritten = (ListView) rewriter.rewrite(list);

    assertSame(list.children().get(0), rewritten.children().get(0));
    assertEquals(ListViewItem.builder().children(Text.of("Decaf")).key("plain").build(), rewritten.children().get(1));
  }

  @Test
  void tableRowsAndCellsAreComponentsToo() {
    WidgetRewriter noHeader = WidgetRewriter.components(component ->
        component instanceof TableRow row && Boolean.TRUE.equals(row.header()) ? null : component);
    WidgetRewriter wideCells = WidgetRewriter.components(component -> component instanceof TableCell cell
        ? TableCellBuilder.from(cell).colSpan(2).build()
        : component);
    Card card = Card.of(Table.of(TableRow.header(TableCell.of("Item")), TableRow.of(TableCell.of("Tea"))));

    assertEquals(Card.of(Table.of(TableRow.of(TableCell.of("Tea")))), noHeader.rewrite(card));
    assertEquals(
        Card.of(Table.of(
            TableRow.header(TableCell.builder().children(Text.of("Item")).colSpan(2).build()),
            TableRow.of(TableCell.builder().children(Text.of("Tea")).colSpan(2).build()))),
        wideCells.rewrite(card));
  }

  @Test
  void aTableRowReplacedByAnythingButARowIsAnError() {
    WidgetRewriter rowsToText = WidgetRewriter.components(component ->
        component instanceof TableRow ? Text.of("row") : component);
    WidgetRewriter cellsToText = WidgetRewriter.components(component ->
        component instanceof TableCell ? Text.of("cell") : component);
    Card card = Card.of(Table.of(TableRow.of(TableCell.of("Tea"))));

    assertEquals("A Table holds only Table.Row components, but component() replaced a row with a Text",
        assertThrows(IllegalStateException.class, () -> rowsToText.rewrite(card)).getMessage());
    assertEquals("A Table.Row holds only Table.Cell components, but component() replaced a cell with a Text",
        assertThrows(IllegalStateException.class, () -> cellsToText.rewrite(card)).getMessage());
  }

  @Test
  void droppingTheWidgetItselfIsAnError() {
    IllegalStateException error = assertThrows(IllegalStateException.class,
        () -> WidgetRewriter.roots(root -> null).rewrite(Card.of()));

    assertEquals("root() dropped the widget itself: a rewrite must leave a widget to send", error.getMessage());
  }

  @Test
  void absentChildrenStayAbsent() {
    Card card = Card.of(Box.builder().padding(Spacing.of(2)).build(), new Table(null, null, null));

    assertSame(card, WidgetRewriter.components(component -> component).rewrite(card));
    assertEquals(
        Card.of(Box.builder().padding(Spacing.of(2)).key("k").build(), new Table(null, "k", null)),
        WidgetRewriter.components(component -> component instanceof Box box
                ? BoxBuilder.from(box).key("k").build()
                : component instanceof Table table ? TableBuilder.from(table).key("k").build() : component)
            .rewrite(card));
  }
}
