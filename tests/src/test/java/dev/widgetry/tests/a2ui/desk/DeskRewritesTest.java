package dev.widgetry.tests.a2ui.desk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.widgetry.a2ui.A2ui;
import dev.widgetry.a2ui.A2uiAnswer;
import dev.widgetry.a2ui.A2uiRewrites;
import dev.widgetry.a2ui.Action;
import dev.widgetry.a2ui.CheckRule;
import dev.widgetry.a2ui.DynamicString;
import dev.widgetry.a2ui.StringPath;
import dev.widgetry.a2ui.Surface;
import dev.widgetry.a2ui.basic.Column;
import dev.widgetry.a2ui.basic.Functions;
import dev.widgetry.a2ui.basic.Text;
import dev.widgetry.runtime.ActionContext;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The ready rewrites over a catalog of a user's own whose component is a package-private record
 * holding texts in nested records and an action: rebuilt by the catalog's generated rewrites.
 */
class DeskRewritesTest {
  private static final ActionContext FRENCH = ActionContext.empty().with(Locale.class, Locale.FRENCH);
  private static final Map<String, String> FR = Map.of("Printer jam", "Bourrage", "Restarted it", "Redémarré",
      "Say who", "Dites qui", "Open tickets", "Tickets ouverts");

  private static A2uiAnswer desk() {
    Ticket ticket = new Ticket("ticket", DynamicString.of("Printer jam"),
        List.of(new Ticket.Note(DynamicString.of("Restarted it")), new Ticket.Note(new StringPath("/note"))),
        Action.event("take").with("label", "Printer jam"),
        List.of(CheckRule.of(Functions.required(new StringPath("/who")), "Say who")), null, null, null);
    return new A2uiAnswer(Surface.builder("desk", DeskComponentCatalog.CATALOG)
        .root(Column.of(Text.of("Open tickets"), ticket)).build().messages());
  }

  @Test
  void localizedTextsTranslateTheTextsOfAPackagePrivateComponentAndOfTheRecordsItHolds() {
    A2uiAnswer answer = desk();
    A2uiAnswer french = A2uiRewrites.localizedTexts((text, locale) -> FR.getOrDefault(text, text),
        DeskComponentCatalog.CATALOG).apply(answer, FRENCH);

    assertEquals(A2ui.toJsonArray(answer.messages()).replace("\"title\":\"Printer jam\"", "\"title\":\"Bourrage\"")
        .replace("\"Restarted it\"", "\"Redémarré\"").replace("\"Say who\"", "\"Dites qui\"")
        .replace("\"Open tickets\"", "\"Tickets ouverts\""), A2ui.toJsonArray(french.messages()),
        "the event's context keeps \"Printer jam\"; the bound note stays");
  }

  @Test
  void withoutForbiddenActionsRemovesAComponentOfTheGivenCatalogThatFiresAForbiddenEvent() {
    A2uiAnswer allowed = A2uiRewrites.withoutForbiddenActions((name, context) -> !name.equals("take"),
        DeskComponentCatalog.CATALOG).apply(desk(), ActionContext.empty());

    assertEquals("{\"version\":\"v0.9\",\"updateComponents\":{\"surfaceId\":\"desk\",\"components\":[{\"component\":"
        + "\"Column\",\"id\":\"root\",\"children\":[\"root-0\"]},{\"component\":\"Text\",\"id\":\"root-0\",\"text\":"
        + "\"Open tickets\"}]}}", A2ui.toJson(allowed.messages().get(1)));
    assertEquals(List.of(), A2ui.validate(allowed.messages(), DeskComponentCatalog.CATALOG));
  }

  @Test
  void aComponentOfACatalogNotGivenIsAClearFailure() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> A2uiRewrites.localizedTexts((text, locale) -> text).apply(desk(), FRENCH));

    assertEquals("localizedTexts met a dev.widgetry.tests.a2ui.desk.Ticket, a component of none of its catalogs"
        + " (the basic catalog); pass the component's catalog to localizedTexts", e.getMessage());
  }
}
