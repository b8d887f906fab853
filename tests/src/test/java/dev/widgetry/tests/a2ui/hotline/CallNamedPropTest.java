package dev.widgetry.tests.a2ui.hotline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.widgetry.a2ui.A2ui;
import dev.widgetry.a2ui.A2uiVersion;
import dev.widgetry.a2ui.FormatStringCall;
import dev.widgetry.a2ui.OfficialV1Schemas;
import dev.widgetry.a2ui.ServerMessage;
import dev.widgetry.a2ui.UpdateComponents;
import dev.widgetry.a2ui.basic.Text;
import dev.widgetry.runtime.ParseProblem;
import dev.widgetry.runtime.WidgetParseException;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The reader checks the {@code catalogId} of a function call (a member of the union tagged by
 * {@code "call"}) against the catalogs it was given, and no other record's, even one whose first
 * prop is named {@code call} ({@link CallbackCard.Callback}); and the v1.0 writer leaves out the
 * {@code returnType} of a call only, not that record's.
 */
class CallNamedPropTest {
  private static final String PRODUCTS = "spring-2026";

  /** A surface of {@code version}: a Column over a CallbackCard and a Text showing {@code text}. */
  private static String surface(String version, String callbackCatalogId, String text) {
    String callback = "{\"call\":\"+31 20 555 0100\""
        + (callbackCatalogId == null ? "" : ",\"catalogId\":\"" + callbackCatalogId + "\"") + "}";
    return "[{\"version\":\"" + version + "\",\"createSurface\":{\"surfaceId\":\"s\",\"catalogId\":\""
        + HotlineComponent.ID + "\"}},{\"version\":\"" + version + "\",\"updateComponents\":{\"surfaceId\":\"s\","
        + "\"components\":[{\"component\":\"Column\",\"id\":\"root\",\"children\":[\"card\",\"t\"]},"
        + "{\"component\":\"CallbackCard\",\"id\":\"card\",\"callback\":" + callback + "},"
        + "{\"component\":\"Text\",\"id\":\"t\",\"text\":" + text + "}]}}]";
  }

  /** A formatString call, naming {@code catalogId} when not null. */
  private static String call(String catalogId) {
    return "{\"call\":\"formatString\",\"args\":{\"value\":\"Total: ${/total}\"}"
        + (catalogId == null ? "" : ",\"catalogId\":\"" + catalogId + "\"") + "}";
  }

  private static List<ServerMessage> readV1(String json) {
    return A2ui.reader(A2uiVersion.V1_0).parseMessages(json, HotlineComponentCatalog.CATALOG);
  }

  /** What the official v1.0 schemas, with the Hotline catalog's v1.0 document, find wrong in {@code json}. */
  private static List<String> officialV1Problems(String json) {
    try {
      return OfficialV1Schemas.withCatalog(HotlineComponentCatalog.CATALOG.document(A2uiVersion.V1_0))
          .problems("agent_to_renderer_list.json", new ObjectMapper().readTree(json));
    } catch (JsonProcessingException e) {
      throw new AssertionError(e);
    }
  }

  private static List<String> pointers(WidgetParseException e) {
    return e.problems().stream().map(ParseProblem::pointer).collect(Collectors.toList());
  }

  @Test
  void v1ReadsTheCatalogIdOfARecordWhoseFirstPropIsCallAsItsOwn() {
    String json = surface("v1.0", PRODUCTS, "\"Call us\"");

    List<ServerMessage> read = readV1(json);

    CallbackCard card = (CallbackCard) ((UpdateComponents) read.get(1)).components().get(1);
    assertEquals(new CallbackCard.Callback("+31 20 555 0100", PRODUCTS, null), card.callback());
    assertEquals(json, A2ui.writer(A2uiVersion.V1_0).toJsonArray(read));
    assertEquals(List.of(), A2ui.validate(read, HotlineComponentCatalog.CATALOG));
    assertEquals(List.of(), officialV1Problems(json));
  }

  @Test
  void v1KeepsTheReturnTypeOfARecordWhoseFirstPropIsCallWhenItWritesWhatItRead() {
    String json = surface("v1.0", PRODUCTS, "\"Call us\"")
        .replace("\"catalogId\":\"" + PRODUCTS + "\"}", "\"catalogId\":\"" + PRODUCTS + "\",\"returnType\":\"quote\"}");

    List<ServerMessage> read = readV1(json);

    CallbackCard card = (CallbackCard) ((UpdateComponents) read.get(1)).components().get(1);
    assertEquals(new CallbackCard.Callback("+31 20 555 0100", PRODUCTS, "quote"), card.callback());
    assertEquals(json, A2ui.writer(A2uiVersion.V1_0).toJsonArray(read));
    assertEquals(List.of(), officialV1Problems(json));
  }

  @Test
  void v1StillLeavesOutTheReturnTypeOfACallItWrites() {
    List<ServerMessage> read = A2ui.parseMessages(surface("v0.9", null,
        "{\"call\":\"formatString\",\"args\":{\"value\":\"Total: ${/total}\"},\"returnType\":\"string\"}"),
        HotlineComponentCatalog.CATALOG);

    String written = A2ui.writer(A2uiVersion.V1_0).toJsonArray(read);

    assertEquals(surface("v1.0", null, call(null)), written);
  }

  @Test
  void v1StillRefusesACallsCatalogIdItWasNotGivenAndReadsOneItWas() {
    String unknown = surface("v1.0", PRODUCTS, call(PRODUCTS));
    String known = surface("v1.0", PRODUCTS, call(HotlineComponent.ID));

    WidgetParseException e = assertThrows(WidgetParseException.class, () -> readV1(unknown));
    List<ServerMessage> read = readV1(known);

    assertEquals(List.of("/1/updateComponents/components/2/text/catalogId"), pointers(e),
        "the call's catalogId only, not the callback's");
    assertTrue(e.problems().get(0).expected().startsWith("the id of a catalog given to this reader"),
        e.problems().get(0).expected());
    Text text = (Text) ((UpdateComponents) read.get(1)).components().get(2);
    assertEquals(HotlineComponent.ID, ((FormatStringCall) text.text()).catalogId());
  }

  @Test
  void v09RefusesTheCatalogIdOfTheRecordAndOfTheCallAlike() {
    String ofCallback = surface("v0.9", PRODUCTS, call(null));
    String ofCall = surface("v0.9", null, call(HotlineComponent.ID));

    WidgetParseException callback = assertThrows(WidgetParseException.class,
        () -> A2ui.parseMessages(ofCallback, HotlineComponentCatalog.CATALOG));
    WidgetParseException call = assertThrows(WidgetParseException.class,
        () -> A2ui.parseMessages(ofCall, HotlineComponentCatalog.CATALOG));
    List<ServerMessage> without = A2ui.parseMessages(surface("v0.9", null, call(null)), HotlineComponentCatalog.CATALOG);

    assertEquals(List.of("/1/updateComponents/components/1/callback/catalogId"), pointers(callback));
    assertTrue(callback.problems().get(0).message().contains("(\"catalogId\" is A2UI v1.0's)"),
        callback.problems().get(0).message());
    assertEquals(List.of("/1/updateComponents/components/2/text/catalogId"), pointers(call));
    assertTrue(call.problems().get(0).message().contains("(\"catalogId\" is A2UI v1.0's)"),
        call.problems().get(0).message());
    assertEquals(new CallbackCard.Callback("+31 20 555 0100", null, null),
        ((CallbackCard) ((UpdateComponents) without.get(1)).components().get(1)).callback());
  }
}
