package dev.widgetry.chatkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import dev.widgetry.runtime.ActionContext;
import dev.widgetry.runtime.WidgetMiddleware;
import dev.widgetry.runtime.WidgetPipeline;
import dev.widgetry.runtime.Widgets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Middleware as an application writes it, over catalog widgets (the README's three): a dark theme
 * for users who prefer it, button labels in the user's language, no buttons the user may not press,
 * and why their order matters. It lives beside the catalog tests to check its output against
 * ChatKit's own schema.
 */
class MiddlewareExamplesTest {

  /** What the user chose in their settings; the application attaches it to the context. */
  record Preferences(boolean darkTheme) {}

  /** The action types the user may invoke; the application attaches it to the context. */
  record Permissions(Set<String> actionTypes) {
    static final Permissions NONE = new Permissions(Set.of());

    boolean allows(String actionType) {
      return actionTypes.contains(actionType);
    }
  }

  /** Button labels by language; a label with no translation stays as it is. */
  private static final Map<String, Map<String, String>> LABELS = Map.of(
      "fr", Map.of(
          "Details", "Détails",
          "Track parcel", "Suivre le colis",
          "Refund", "Rembourser",
          "Pay", "Payer",
          "Cancel", "Annuler",
          "Contact support", "Contacter le support"));

  static final WidgetMiddleware DARK_THEME = (widget, context) ->
      context.get(Preferences.class).filter(Preferences::darkTheme).isPresent()
          ? WidgetRewrites.theme(Theme.DARK).rewrite(widget)
          : widget;

  static final WidgetMiddleware LOCALIZED_LABELS = (widget, context) -> {
    String language = context.get(Locale.class).orElse(Locale.ENGLISH).getLanguage();
    Map<String, String> translations = LABELS.getOrDefault(language, Map.of());
    return WidgetRewrites.buttonLabels(label -> translations.getOrDefault(label, label)).rewrite(widget);
  };

  static final WidgetMiddleware PERMITTED_ACTIONS = (widget, context) -> {
    Permissions permissions = context.get(Permissions.class).orElse(Permissions.NONE);
    return WidgetRewrites.withoutActions(action -> !permissions.allows(action.type())).rewrite(widget);
  };

  /** Adds a button to reach support at the bottom of every card. */
  static final WidgetMiddleware SUPPORT_BUTTON = (widget, context) ->
      WidgetRewriter.roots(root -> {
        if (root instanceof Card card) {
          List<WidgetComponent> children = new ArrayList<>(card.children());
          children.add(Button.of("Contact support", ActionConfig.of("support.open")));
          return CardBuilder.from(card).children(children).build();
        }
        return root;
      }).rewrite(widget);

  private static final Permissions CUSTOMER =
      new Permissions(Set.of("order.details", "order.track", "order.pay", "order.open", "support.open"));

  static Card order() {
    return Card.builder()
        .children(
            Title.of("Order #1042"),
            Row.of(Text.of("Oat milk x2"), Spacer.of(), Button.of("Details", ActionConfig.of("order.details"))),
            Box.of(Col.of(
                Button.of("Track parcel", ActionConfig.of("order.track")),
                Button.of("Refund", ActionConfig.of("order.refund")))))
        .confirm(CardAction.of("Pay", ActionConfig.of("order.pay")))
        .cancel(CardAction.of("Cancel", ActionConfig.of("order.cancel")))
        .build();
  }

  @Test
  void darkThemeForUsersWhoPreferIt() {
    Card order = order();

    WidgetRoot dark = DARK_THEME.apply(order, ActionContext.empty().with(Preferences.class, new Preferences(true)));

    assertEquals(
        Card.builder()
            .theme(Theme.DARK)
            .children(
                Title.of("Order #1042"),
                Row.of(Text.of("Oat milk x2"), Spacer.of(), Button.of("Details", ActionConfig.of("order.details"))),
                Box.of(Col.of(
                    Button.of("Track parcel", ActionConfig.of("order.track")),
                    Button.of("Refund", ActionConfig.of("order.refund")))))
            .confirm(CardAction.of("Pay", ActionConfig.of("order.pay")))
            .cancel(CardAction.of("Cancel", ActionConfig.of("order.cancel")))
            .build(),
        dark);
    assertSame(order.children(), ((Card) dark).children());
    assertSame(order, DARK_THEME.apply(order, ActionContext.empty().with(Preferences.class, new Preferences(false))));
    assertSame(order, DARK_THEME.apply(order, ActionContext.empty()));
  }

  @Test
  void buttonLabelsInTheUsersLanguageEverywhereInTheTree() {
    Card order = order();

    Card french = (Card) LOCALIZED_LABELS.apply(order, ActionContext.empty().with(Locale.class, Locale.CANADA_FRENCH));

    assertEquals(
        Card.builder()
            .children(
                Title.of("Order #1042"),
                Row.of(Text.of("Oat milk x2"), Spacer.of(), Button.of("Détails", ActionConfig.of("order.details"))),
                Box.of(Col.of(
                    Button.of("Suivre le colis", ActionConfig.of("order.track")),
                    Button.of("Rembourser", ActionConfig.of("order.refund")))))
            .confirm(CardAction.of("Payer", ActionConfig.of("order.pay")))
            .cancel(CardAction.of("Annuler", ActionConfig.of("order.cancel")))
            .build(),
        french);
    assertSame(order.children().get(0), french.children().get(0));
    assertSame(order, LOCALIZED_LABELS.apply(order, ActionContext.empty().with(Locale.class, Locale.GERMAN)));
  }

  @Test
  void buttonsTheUserMayNotInvokeAreRemoved() {
    Basic page = Basic.of(
        order(),
        ListView.of(
            ListViewItem.builder().children(Text.of("Order #1041")).onClickAction(ActionConfig.of("order.open")).build(),
            ListViewItem.builder().children(Text.of("Audit log")).onClickAction(ActionConfig.of("admin.audit")).build()));

    WidgetRoot permitted = PERMITTED_ACTIONS.apply(page, ActionContext.empty().with(Permissions.class, CUSTOMER));

    String json = Widgets.toJson(permitted);
    Json.assertSameJson("{\"type\":\"Basic\",\"children\":["
        + "{\"type\":\"Card\",\"children\":["
        + "{\"type\":\"Title\",\"value\":\"Order #1042\"},"
        + "{\"type\":\"Row\",\"children\":[{\"type\":\"Text\",\"value\":\"Oat milk x2\"},{\"type\":\"Spacer\"},"
        + "{\"type\":\"Button\",\"label\":\"Details\",\"onClickAction\":{\"type\":\"order.details\"}}]},"
        + "{\"type\":\"Box\",\"children\":[{\"type\":\"Col\",\"children\":["
        + "{\"type\":\"Button\",\"label\":\"Track parcel\",\"onClickAction\":{\"type\":\"order.track\"}}]}]}],"
        + "\"confirm\":{\"label\":\"Pay\",\"action\":{\"type\":\"order.pay\"}}},"
        + "{\"type\":\"ListView\",\"children\":[{\"type\":\"ListViewItem\",\"children\":"
        + "[{\"type\":\"Text\",\"value\":\"Order #1041\"}],\"onClickAction\":{\"type\":\"order.open\"}}]}]}",
        json);
    assertEquals(List.of(), OfficialSchema.problems(Json.parse(json)));
  }

  @Test
  void aUserWithNoPermissionsKeepsAValidWidgetWithoutButtons() {
    WidgetRoot bare = PERMITTED_ACTIONS.apply(order(), ActionContext.empty());

    String json = Widgets.toJson(bare);
    Json.assertSameJson("{\"type\":\"Card\",\"children\":["
        + "{\"type\":\"Title\",\"value\":\"Order #1042\"},"
        + "{\"type\":\"Row\",\"children\":[{\"type\":\"Text\",\"value\":\"Oat milk x2\"},{\"type\":\"Spacer\"}]},"
        + "{\"type\":\"Box\",\"children\":[{\"type\":\"Col\",\"children\":[]}]}]}",
        json);
    assertEquals(List.of(), OfficialSchema.problems(Json.parse(json)));
  }

  @Test
  void localizingAfterAddingTranslatesTheAddedButtonAndBeforeDoesNot() {
    ActionContext french = ActionContext.empty().with(Locale.class, Locale.FRENCH);
    Card card = Card.of(Text.of("Oat milk x2"));

    WidgetRoot addThenLocalize = WidgetPipeline.of(SUPPORT_BUTTON, LOCALIZED_LABELS).apply(card, french);
    WidgetRoot localizeThenAdd = WidgetPipeline.of(LOCALIZED_LABELS, SUPPORT_BUTTON).apply(card, french);

    assertEquals(Card.of(Text.of("Oat milk x2"), Button.of("Contacter le support", ActionConfig.of("support.open"))),
        addThenLocalize);
    assertEquals(Card.of(Text.of("Oat milk x2"), Button.of("Contact support", ActionConfig.of("support.open"))),
        localizeThenAdd);
  }

  @Test
  void permissionsLastCatchWhatEarlierMiddlewareAdded() {
    ActionContext noSupport = ActionContext.empty().with(Permissions.class, new Permissions(Set.of("order.pay")));
    Card card = Card.of(Text.of("Oat milk x2"), Button.of("Pay", ActionConfig.of("order.pay")));

    WidgetRoot permissionsLast = WidgetPipeline.of(SUPPORT_BUTTON, PERMITTED_ACTIONS).apply(card, noSupport);
    WidgetRoot permissionsFirst = WidgetPipeline.of(PERMITTED_ACTIONS, SUPPORT_BUTTON).apply(card, noSupport);

    assertEquals(Card.of(Text.of("Oat milk x2"), Button.of("Pay", ActionConfig.of("order.pay"))), permissionsLast);
    assertEquals(
        Card.of(Text.of("Oat milk x2"), Button.of("Pay", ActionConfig.of("order.pay")),
            Button.of("Contact support", ActionConfig.of("support.open"))),
        permissionsFirst);
  }

  @Test
  void theWholePipelineGivesValidChatKit() {
    ActionContext context = ActionContext.empty()
        .with(Permissions.class, CUSTOMER)
        .with(Locale.class, Locale.FRENCH)
        .with(Preferences.class, new Preferences(true));
    WidgetPipeline pipeline = WidgetPipeline.of(SUPPORT_BUTTON, PERMITTED_ACTIONS, LOCALIZED_LABELS, DARK_THEME);

    String json = Widgets.toJson(pipeline.apply(order(), context));

    Json.assertSameJson("{\"type\":\"Card\",\"theme\":\"dark\",\"children\":["
        + "{\"type\":\"Title\",\"value\":\"Order #1042\"},"
        + "{\"type\":\"Row\",\"children\":[{\"type\":\"Text\",\"value\":\"Oat milk x2\"},{\"type\":\"Spacer\"},"
        + "{\"type\":\"Button\",\"label\":\"Détails\",\"onClickAction\":{\"type\":\"order.details\"}}]},"
        + "{\"type\":\"Box\",\"children\":[{\"type\":\"Col\",\"children\":["
        + "{\"type\":\"Button\",\"label\":\"Suivre le colis\",\"onClickAction\":{\"type\":\"order.track\"}}]}]},"
        + "{\"type\":\"Button\",\"label\":\"Contacter le support\",\"onClickAction\":{\"type\":\"support.open\"}}],"
        + "\"confirm\":{\"label\":\"Payer\",\"action\":{\"type\":\"order.pay\"}}}",
        json);
    assertEquals(List.of(), OfficialSchema.problems(Json.parse(json)));
  }
}
