package dev.widgetry.a2ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.widgetry.a2ui.basic.Image;
import dev.widgetry.a2ui.basic.Text;
import dev.widgetry.runtime.ParseProblem;
import dev.widgetry.runtime.WidgetParseException;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * A v1.0 component's own {@code catalogId}, read ahead wherever it stands in the component: first,
 * last, absent, or only on a call inside it. The components of one array are read one after the
 * other from recordings, so each case is read both on its own and after the others.
 */
class V1ComponentCatalogIdTest {
  private static final String BASIC_V1 = "https://a2ui.org/specification/v1_0/catalogs/basic/catalog.json";
  private static final String NOWHERE = "https://nowhere.example/catalog.json";

  private static final String FIRST =
      "{\"catalogId\":\"" + BASIC_V1 + "\",\"component\":\"Text\",\"id\":\"first\",\"text\":\"a\"}";
  private static final String LAST =
      "{\"component\":\"Image\",\"id\":\"last\",\"url\":\"https://example.com/l.png\",\"catalogId\":\""
          + BASIC_V1 + "\"}";
  private static final String ABSENT = "{\"component\":\"Text\",\"id\":\"absent\",\"text\":{\"path\":\"/name\"}}";
  private static final String IN_A_CALL = "{\"component\":\"Text\",\"id\":\"call\",\"text\":{\"call\":\"formatString\","
      + "\"args\":{\"value\":\"Total: ${/total}\"},\"catalogId\":\"" + BASIC_V1 + "\"}}";

  /** One v1.0 updateComponents message of {@code components}, in that order. */
  private static String message(String... components) {
    return "[{\"version\":\"v1.0\",\"updateComponents\":{\"surfaceId\":\"s\",\"components\":["
        + String.join(",", components) + "]}}]";
  }

  private static List<A2uiComponent> read(String... components) {
    return ((UpdateComponents) A2ui.reader(A2uiVersion.V1_0).parseMessages(message(components)).get(0)).components();
  }

  private static List<String> pointers(String... components) {
    WidgetParseException e = assertThrows(WidgetParseException.class,
        () -> A2ui.reader(A2uiVersion.V1_0).parseMessages(message(components)));
    return e.problems().stream().map(ParseProblem::pointer).collect(Collectors.toList());
  }

  @Test
  void eachPlaceOfACatalogIdReadsAloneAsAfterTheOthers() {
    List<A2uiComponent> together = read(FIRST, LAST, ABSENT, IN_A_CALL, FIRST);

    for (int i = 0; i < 4; i++) {
      String alone = List.of(FIRST, LAST, ABSENT, IN_A_CALL).get(i);
      assertEquals(read(alone), List.of(together.get(i)), alone);
    }
    assertEquals(together.get(0), together.get(4));
    assertEquals(BASIC_V1, ((Text) together.get(0)).catalogId(), "read first, it is still the component's");
    assertNull(((Text) together.get(2)).catalogId());
    assertEquals(BASIC_V1, ((Image) together.get(1)).catalogId(), "read last");
    assertNull(((Image) read(LAST.replace(",\"catalogId\":\"" + BASIC_V1 + "\"", "")).get(0)).catalogId());
    assertEquals(new StringPath("/name"), ((Text) together.get(2)).text());
    assertEquals(BASIC_V1, ((FormatStringCall) ((Text) together.get(3)).text()).catalogId(),
        "a call's catalogId is the call's, not the component's");
  }

  @Test
  void anUnknownCatalogIsRefusedAtItsPointerFirstOrLastAndTheNextComponentStillReads() {
    String first = FIRST.replace(BASIC_V1, NOWHERE);
    String last = LAST.replace(BASIC_V1, NOWHERE);
    String unknownComponent = "{\"component\":\"Txt\",\"id\":\"x\",\"text\":\"a\"}";

    assertEquals(List.of("/0/updateComponents/components/0/catalogId", "/0/updateComponents/components/1/catalogId",
        "/0/updateComponents/components/3/component"), pointers(first, last, ABSENT, unknownComponent, IN_A_CALL));
  }

  @Test
  void aDuplicateCatalogIdIsReadAsItsFirstAndTheSecondIsRefused() {
    String text = FIRST.replace("\"id\":\"first\"", "\"id\":\"first\",\"catalogId\":\"" + NOWHERE + "\"");
    String image = LAST.replace("\"id\":\"last\"", "\"id\":\"last\",\"catalogId\":\"" + BASIC_V1 + "\"");

    assertEquals(List.of("/0/updateComponents/components/0/catalogId", "/0/updateComponents/components/2/catalogId"),
        pointers(text, ABSENT, image, ABSENT));
  }
}
