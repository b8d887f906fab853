package dev.widgetry.a2ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.widgetry.a2ui.basic.Button;
import dev.widgetry.a2ui.basic.Card;
import dev.widgetry.a2ui.basic.Column;
import dev.widgetry.a2ui.basic.Functions;
import dev.widgetry.a2ui.basic.Row;
import dev.widgetry.a2ui.basic.Tabs;
import dev.widgetry.a2ui.basic.Text;
import dev.widgetry.a2ui.basic.TextField;
import dev.widgetry.runtime.ActionContext;
import dev.widgetry.runtime.spi.AnswerPipelines;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * A2UI middleware: each ready rewrite, the pipeline's order, and a surface a middleware breaks
 * caught before it is sent.
 */
class MiddlewareTest {
  private static final ActionContext FRENCH = ActionContext.empty().with(Locale.class, Locale.FRENCH);
  private static final Map<String, String> FR = Map.of("Your order", "Votre commande", "Pay", "Payer",
      "Email", "Courriel", "Enter an email address", "Saisissez une adresse", "Details", "Détails");

  private static A2uiAnswer order() {
    StringPath email = new StringPath("/email");
    return new A2uiAnswer(Surface.builder("order")
        .root(Column.of(
            Text.of("Your order"),
            Text.of(new StringPath("/summary")),
            TextField.builder().label(DynamicString.of("Email")).value(email)
                .checks(List.of(CheckRule.of(Functions.email(email), "Enter an email address"))).build(),
            Row.of(Button.of("Pay", Action.event("pay").with("label", "Pay")),
                Button.of("Cancel", Action.event("cancel"))).id("buttons"),
            Card.of(Button.of("Refund", Action.event("refund"))).id("refund-card"),
            Tabs.of(Tabs.tab("Details", Text.of("Two items")), Tabs.tab("Admin", Button.of("Delete",
                Action.event("delete")))).id("tabs")))
        .build()
        .messages());
  }

  @Test
  void theThemeRewriteSetsTheThemeOfEverySurfaceTheAnswerCreates() {
    Theme brand = Theme.of().primaryColor("#00BFFF");
    A2uiAnswer themed = A2uiRewrites.theme(brand).apply(order(), ActionContext.empty());

    assertEquals("{\"version\":\"v0.9\",\"createSurface\":{\"surfaceId\":\"order\",\"catalogId\":"
        + "\"https://a2ui.org/specification/v0_9/catalogs/basic/catalog.json\",\"theme\":{\"primaryColor\":"
        + "\"#00BFFF\"}}}", A2ui.toJson(themed.messages().get(0)));
    assertEquals(order().messages().subList(1, 2), themed.messages().subList(1, 2));
    A2uiAnswer update = new A2uiAnswer(order().messages().subList(1, 2));
    assertSame(update, A2uiRewrites.theme(brand).apply(update, ActionContext.empty()), "no surface created");
    assertSame(themed, A2uiRewrites.theme(context -> null).apply(themed, ActionContext.empty()));
  }

  @Test
  void localizedTextsTranslateEveryLiteralTextByTheContextsLocale() {
    A2uiAnswer answer = order();
    A2uiAnswer french = A2uiRewrites.localizedTexts((text, locale) ->
        locale.equals(Locale.FRENCH) ? FR.getOrDefault(text, text) : text).apply(answer, FRENCH);

    String json = A2ui.toJsonArray(french.messages());
    for (String translated : FR.values()) {
      assertTrue(json.contains("\"" + translated + "\""), translated + " in " + json);
    }
    assertEquals(A2ui.toJsonArray(answer.messages()).replace("\"Your order\"", "\"Votre commande\"")
        .replace("\"text\":\"Pay\"", "\"text\":\"Payer\"").replace("\"Email\"", "\"Courriel\"")
        .replace("\"Enter an email address\"", "\"Saisissez une adresse\"").replace("\"Details\"", "\"Détails\""),
        json, "only literal texts change: the bound summary, ids, event names and contexts stay");
    assertSame(answer, A2uiRewrites.localizedTexts((text, locale) -> "x").apply(answer, ActionContext.empty()),
        "no locale, no change");
  }

  @Test
  void localizedTextsLeaveFunctionCallsArgumentsAlone() {
    A2uiAnswer answer = new A2uiAnswer(Surface.builder("s")
        .root(Column.of(Text.of(Functions.formatString("Total")),
            Text.of(Functions.formatDate(new StringPath("/day"), "Total")),
            Text.of(Functions.formatCurrency(new NumberPath("/sum"), "Total")), Text.of("Total")))
        .build().messages());

    A2uiAnswer translated = A2uiRewrites.localizedTexts((text, locale) -> text.equals("Total") ? "Somme" : text)
        .apply(answer, FRENCH);

    String json = A2ui.toJsonArray(answer.messages());
    assertEquals(json.replace("\"text\":\"Total\"", "\"text\":\"Somme\""), A2ui.toJsonArray(translated.messages()),
        "a template, a date pattern and a currency code are arguments, not texts: only the literal Text changes");
    assertEquals(3, json.split("\"Total\"", -1).length - 2, "three arguments spell the key too: " + json);
  }

  @Test
  void forbiddenActionsGoWithWhatOnlyTheyHeldAndTheReferencesToThem() {
    Set<String> forbidden = Set.of("pay", "refund", "delete");
    A2uiAnswer answer = order();
    A2uiAnswer allowed = A2uiRewrites.withoutForbiddenActions((name, context) -> !forbidden.contains(name))
        .apply(answer, ActionContext.empty());

    List<String> ids = new ArrayList<>();
    ((UpdateComponents) allowed.messages().get(1)).components().forEach(component -> ids.add(component.id()));
    // The pay button and its label leave the row; the card around the refund button goes with it, as
    // does the tab holding the delete button, title and all.
    assertEquals(List.of("root", "root-0", "root-1", "root-2", "buttons", "buttons-1", "buttons-1-child", "tabs",
        "tabs-tab0"), ids);
    assertEquals("{\"component\":\"Column\",\"id\":\"root\",\"children\":[\"root-0\",\"root-1\",\"root-2\","
        + "\"buttons\",\"tabs\"]}", dev.widgetry.runtime.Widgets.toJson(component(allowed, "root")));
    assertEquals("{\"component\":\"Row\",\"id\":\"buttons\",\"children\":[\"buttons-1\"]}",
        dev.widgetry.runtime.Widgets.toJson(component(allowed, "buttons")));
    assertEquals(1, ((dev.widgetry.a2ui.basic.Tabs) component(allowed, "tabs")).tabs().size());
    assertEquals(List.of(), A2ui.validate(allowed.messages()));
    assertSame(answer, A2uiRewrites.withoutForbiddenActions((name, context) -> true).apply(answer,
        ActionContext.empty()));
  }

  @Test
  void aComponentSentTwiceLosesTheRemovedChildFromEachCopyByItsOwnIndexes() {
    String update = "{\"version\":\"v0.9\",\"updateComponents\":{\"surfaceId\":\"s\",\"components\":[";
    A2uiAnswer answer = new A2uiAnswer(A2ui.parseMessages("[{\"version\":\"v0.9\",\"createSurface\":{\"surfaceId\":"
        + "\"s\",\"catalogId\":\"" + dev.widgetry.a2ui.basic.BasicCatalog.ID + "\"}}," + update
        + "{\"component\":\"Row\",\"id\":\"root\",\"children\":[\"pay\",\"note\"]},{\"component\":\"Button\","
        + "\"id\":\"pay\",\"child\":\"label\",\"action\":{\"event\":{\"name\":\"pay\"}}},{\"component\":\"Text\","
        + "\"id\":\"label\",\"text\":\"Pay\"},{\"component\":\"Text\",\"id\":\"note\",\"text\":\"Note\"}]}},"
        + update + "{\"component\":\"Row\",\"id\":\"root\",\"children\":[\"note\",\"pay\"]}]}}]"));

    A2uiAnswer allowed = A2uiRewrites.withoutForbiddenActions((name, context) -> false).apply(answer,
        ActionContext.empty());

    assertEquals(update + "{\"component\":\"Row\",\"id\":\"root\",\"children\":[\"note\"]},{\"component\":"
        + "\"Text\",\"id\":\"note\",\"text\":\"Note\"}]}}", A2ui.toJson(allowed.messages().get(1)));
    assertEquals(update + "{\"component\":\"Row\",\"id\":\"root\",\"children\":[\"note\"]}]}}",
        A2ui.toJson(allowed.messages().get(2)));
    assertEquals(List.of(), A2ui.validate(allowed.messages()));
  }

  @Test
  void theHandlersOwnProblemStaysItsOwnWhenARemovalMovesItsPointer() {
    A2uiAnswer answer = new A2uiAnswer(A2ui.parseMessages("[{\"version\":\"v0.9\",\"createSurface\":{\"surfaceId\":"
        + "\"s\",\"catalogId\":\"" + dev.widgetry.a2ui.basic.BasicCatalog.ID + "\"}},{\"version\":\"v0.9\","
        + "\"updateComponents\":{\"surfaceId\":\"s\",\"components\":[{\"component\":\"Column\",\"id\":\"root\","
        + "\"children\":[\"pay\",\"ghost\"]},{\"component\":\"Button\",\"id\":\"pay\",\"child\":\"label\","
        + "\"action\":{\"event\":{\"name\":\"pay\"}}},{\"component\":\"Text\",\"id\":\"label\",\"text\":\"Pay\"}]}}]"));
    List<A2uiProblem> own = A2ui.validate(answer.messages());

    A2uiAnswer sent = A2uiPipeline.of(A2uiRewrites.withoutForbiddenActions((name, context) -> false))
        .apply(answer, ActionContext.empty());

    List<A2uiProblem> after = A2ui.validate(sent.messages());
    assertEquals(1, own.size(), "the dangling \"ghost\": " + own);
    assertEquals("/1/updateComponents/components/0/children/1", own.get(0).pointer());
    assertEquals("/1/updateComponents/components/0/children/0", after.get(0).pointer());
    assertEquals(own.get(0).message(), after.get(0).message());
  }

  @Test
  void aMiddlewareThatAddsAProblemTheAnswerHadAlreadyOnceIsBlamedForTheSecond() {
    A2uiAnswer answer = new A2uiAnswer(A2ui.parseMessages("[{\"version\":\"v0.9\",\"createSurface\":{\"surfaceId\":"
        + "\"s\",\"catalogId\":\"" + dev.widgetry.a2ui.basic.BasicCatalog.ID + "\"}},{\"version\":\"v0.9\","
        + "\"updateComponents\":{\"surfaceId\":\"s\",\"components\":[{\"component\":\"Column\",\"id\":\"root\","
        + "\"children\":[\"ghost\"]}]}}]"));
    A2uiMiddleware twice = (given, context) -> A2uiRewrites.components(given, component -> Column.builder()
        .id("root").children(ChildList.of(List.of("ghost", "ghost"))).build());

    A2uiMiddlewareException e = assertThrows(A2uiMiddlewareException.class,
        () -> A2uiPipeline.of((given, context) -> given, twice).apply(answer, ActionContext.empty()));

    assertTrue(e.getMessage().contains("2 of 2"), e.getMessage());
  }

  @Test
  void aParentThatCannotBeWithoutTheButtonGoesTooAndTabsWithoutTabs() {
    A2uiAnswer answer = new A2uiAnswer(Surface.builder("s")
        .root(Column.of(Card.of(Button.of("Pay", Action.event("pay"))),
            Tabs.of(Tabs.tab("Admin", Button.of("Delete", Action.event("delete")))), Text.of("Thanks")))
        .build().messages());

    A2uiAnswer allowed = A2uiRewrites.withoutForbiddenActions((name, context) -> false).apply(answer,
        ActionContext.empty());

    assertEquals("{\"version\":\"v0.9\",\"updateComponents\":{\"surfaceId\":\"s\",\"components\":[{\"component\":"
        + "\"Column\",\"id\":\"root\",\"children\":[\"root-2\"]},{\"component\":\"Text\",\"id\":\"root-2\",\"text\":"
        + "\"Thanks\"}]}}", A2ui.toJson(allowed.messages().get(1)));
    assertEquals(List.of(), A2ui.validate(allowed.messages()));
  }

  @Test
  void thePipelineRunsItsMiddlewareInItsOrder() {
    A2uiMiddleware translate = A2uiRewrites.localizedTexts((text, locale) -> FR.getOrDefault(text, text));
    A2uiMiddleware shout = (answer, context) -> A2uiRewrites.components(answer, component ->
        component instanceof Text text && text.text() instanceof StringLiteral literal
            ? new Text(text.id(), new StringLiteral(literal.value().toUpperCase(Locale.ROOT)), text.variant(),
                text.accessibility(), text.weight(), text.catalogId(), text.metadata())
            : component);

    String translatedFirst = A2ui.toJsonArray(A2uiPipeline.of(translate, shout).apply(order(), FRENCH).messages());
    String shoutedFirst = A2ui.toJsonArray(A2uiPipeline.of(shout).then(translate).apply(order(), FRENCH).messages());

    assertTrue(translatedFirst.contains("\"VOTRE COMMANDE\""), translatedFirst);
    assertTrue(shoutedFirst.contains("\"YOUR ORDER\""), "the text is no key once shouted: " + shoutedFirst);
  }

  @Test
  void aSurfaceAMiddlewareBreaksIsCaughtBeforeItIsSentNamingTheMiddleware() {
    A2uiMiddleware dropPayButton = (answer, context) -> A2uiRewrites.components(answer, component -> component);
    A2uiMiddleware careless = (answer, context) -> A2uiRewrites.messages(answer, message ->
        message instanceof UpdateComponents update
            ? new UpdateComponents(update.surfaceId(), update.components().stream()
                .filter(component -> !component.id().equals("buttons-0")).toList())
            : message);

    A2uiMiddlewareException e = assertThrows(A2uiMiddlewareException.class,
        () -> A2uiPipeline.of(dropPayButton, careless).apply(order(), ActionContext.empty()));

    assertEquals(2, e.problems().size(), e.getMessage());
    assertTrue(e.getMessage().startsWith("A2UI middleware 2 of 2 (" + careless.getClass().getName()
        + ") broke the answer; nothing was sent. Its 2 problems:\n- At /1/updateComponents/components/"),
        e.getMessage());
    assertEquals(Set.of(A2uiRule.DANGLING_REFERENCE, A2uiRule.UNREACHABLE),
        Set.of(e.problems().get(0).rule(), e.problems().get(1).rule()), e.getMessage());
  }

  @Test
  void problemsTheHandlersAnswerHadAreNotAMiddlewaresDoing() {
    A2uiAnswer broken = new A2uiAnswer(List.of(CreateSurface.of("s"), UpdateComponents.of("s",
        Column.builder().id("root").children(ChildList.of("gone")).build())));
    A2uiAnswer themed = A2uiPipeline.of(A2uiRewrites.theme(Theme.of().agentDisplayName("Shop")))
        .apply(broken, ActionContext.empty());

    assertEquals("Shop", ((CreateSurface) themed.messages().get(0)).theme().agentDisplayName());
  }

  @Test
  void aMiddlewareThatReturnsNullIsNamed() {
    IllegalStateException e = assertThrows(IllegalStateException.class,
        () -> A2uiPipeline.of((answer, context) -> null).apply(order(), ActionContext.empty()));

    assertTrue(e.getMessage().startsWith("A2UI middleware 1 of 1 ("), e.getMessage());
  }

  @Test
  void thePipelineIsTheDispatchersMiddlewareForA2uiAnswers() {
    AnswerPipelines pipelines = AnswerPipelines.none().with(A2uiPipeline.of(A2uiRewrites.theme(
        Theme.of().primaryColor("#112233"))));

    A2uiAnswer answer = pipelines.apply(A2uiAnswer.class, order(), ActionContext.empty());

    assertEquals("#112233", ((CreateSurface) answer.messages().get(0)).theme().primaryColor());
  }

  private static A2uiComponent component(A2uiAnswer answer, String id) {
    return ((UpdateComponents) answer.messages().get(1)).components().stream()
        .filter(component -> component.id().equals(id)).findFirst().orElseThrow();
  }
}
