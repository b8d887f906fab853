package dev.widgetry.chatkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.widgetry.runtime.Widgets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The ready-made rewrites: theme, button labels, and removing what fires forbidden actions. */
class WidgetRewritesTest {
  private static final Map<String, String> GERMAN = Map.of("Pay", "Bezahlen", "Cancel", "Abbrechen", "Save", "Speichern");

  @Test
  void themeSetsEveryRootAndKeepsThoseAlreadyInIt() {
    Card dark = Card.builder().theme(Theme.DARK).children(Text.of("Night")).build();
    Basic widget = Basic.of(Title.of("Today"), dark, ListView.of(ListViewItem.of(Text.of("Stand-up"))));

    Basic rewritten = (Basic) WidgetRewrites.theme(Theme.DARK).rewrite(widget);

    assertEquals(
        Basic.builder()
            .theme(Theme.DARK)
            .children(Title.of("Today"), dark,
                ListView.builder().theme(Theme.DARK).children(ListViewItem.of(Text.of("Stand-up"))).build())
            .build(),
        rewritten);
    assertSame(dark, rewritten.children().get(1));
    assertSame(widget.children().get(0), rewritten.children().get(0));
    assertSame(dark, WidgetRewrites.theme(Theme.DARK).rewrite(dark));
  }

  @Test
  void buttonLabelsReachEveryButtonAndTheCardFooter() {
    Card card = Card.builder()
        .children(
            Row.of(Text.of("Total"), Button.of("Pay", ActionConfig.of("order.pay"))),
            Form.of(ActionConfig.of("order.note"), Input.of("note"), Button.submit("Save")),
            Button.builder().iconStart(IconName.DOTS_HORIZONTAL).onClickAction(ActionConfig.of("order.menu")).build())
        .confirm(CardAction.of("Pay", ActionConfig.of("order.pay")))
        .cancel(CardAction.of("Cancel", ActionConfig.of("order.cancel")))
        .build();

    Card rewritten = (Card) WidgetRewrites.buttonLabels(label -> GERMAN.getOrDefault(label, label)).rewrite(card);

    assertEquals(
        Card.builder()
            .children(
                Row.of(Text.of("Total"), Button.of("Bezahlen", ActionConfig.of("order.pay"))),
                Form.of(ActionConfig.of("order.note"), Input.of("note"), Button.submit("Speichern")),
                Button.builder().iconStart(IconName.DOTS_HORIZONTAL).onClickAction(ActionConfig.of("order.menu")).build())
            .confirm(CardAction.of("Bezahlen", ActionConfig.of("order.pay")))
            .cancel(CardAction.of("Abbrechen", ActionConfig.of("order.cancel")))
            .build(),
        rewritten);
    assertSame(card.children().get(2), rewritten.children().get(2));
  }

  @Test
  void buttonLabelsKeepWhatTheyDoNotChange() {
    Card card = Card.builder()
        .children(Button.of("OK", ActionConfig.of("ok")))
        .confirm(CardAction.of("Done", ActionConfig.of("done")))
        .build();

    assertSame(card, WidgetRewrites.buttonLabels(label -> GERMAN.getOrDefault(label, label)).rewrite(card));
  }

  @Test
  void aLabelFunctionReturningNullIsNamedInTheError() {
    NullPointerException error = assertThrows(NullPointerException.class,
        () -> WidgetRewrites.buttonLabels(GERMAN::get).rewrite(Card.of(Button.of("OK", ActionConfig.of("ok")))));

    assertEquals("The label function returned null for \"OK\"", error.getMessage());
  }

  @Test
  void withoutActionsRemovesWhateverFiresAForbiddenAction() {
    ActionConfig refund = ActionConfig.of("order.refund");
    Basic widget = Basic.of(
        Card.builder()
            .children(
                Row.of(Text.of("#1042"), Button.of("Refund", refund), Button.of("Track", ActionConfig.of("order.track"))),
                Form.of(refund, Input.of("reason"), Button.submit("Refund")),
                Select.builder().name("amount").options(List.of(SelectOption.of("all", "All"))).onChangeAction(refund)
                    .build())
            .confirm(CardAction.of("Refund", refund))
            .cancel(CardAction.of("Close", ActionConfig.of("order.close")))
            .build(),
        ListView.of(
            ListViewItem.builder().children(Text.of("Refund #1041")).onClickAction(refund).build(),
            ListViewItem.builder().children(Text.of("Open #1040")).onClickAction(ActionConfig.of("order.open")).build()));

    WidgetRoot rewritten = WidgetRewrites.withoutActions(action -> action.type().equals("order.refund")).rewrite(widget);

    assertEquals(
        Basic.of(
            Card.builder()
                .children(Row.of(Text.of("#1042"), Button.of("Track", ActionConfig.of("order.track"))))
                .cancel(CardAction.of("Close", ActionConfig.of("order.close")))
                .build(),
            ListView.of(
                ListViewItem.builder().children(Text.of("Open #1040")).onClickAction(ActionConfig.of("order.open"))
                    .build())),
        rewritten);
  }

  @Test
  void withoutActionsLeavesEmptyContainersValid() {
    ActionConfig delete = ActionConfig.of("file.delete");
    Card card = Card.builder()
        .children(Row.of(Button.of("Delete", delete)))
        .confirm(CardAction.of("Delete", delete))
        .build();
    ListView list = ListView.of(ListViewItem.builder().children(Text.of("a.txt")).onClickAction(delete).build());

    String cardJson = Widgets.toJson(WidgetRewrites.withoutActions(delete::equals).rewrite(card));
    String listJson = Widgets.toJson(WidgetRewrites.withoutActions(delete::equals).rewrite(list));

    Json.assertSameJson("{\"type\":\"Card\",\"children\":[{\"type\":\"Row\",\"children\":[]}]}", cardJson);
    Json.assertSameJson("{\"type\":\"ListView\",\"children\":[]}", listJson);
    assertEquals(List.of(), OfficialSchema.problems(Json.parse(cardJson)));
    assertEquals(List.of(), OfficialSchema.problems(Json.parse(listJson)));
  }

  @Test
  void withoutActionsKeepsAWidgetWithNothingForbiddenAsItIs() {
    Card card = Card.builder()
        .children(Row.of(Button.of("Track", ActionConfig.of("order.track"))), Button.submit("Save"))
        .confirm(CardAction.of("OK", ActionConfig.of("ok")))
        .build();

    assertSame(card, WidgetRewrites.withoutActions(action -> action.type().equals("order.refund")).rewrite(card));
  }
}
