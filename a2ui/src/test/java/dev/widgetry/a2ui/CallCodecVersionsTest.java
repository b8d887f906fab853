package dev.widgetry.a2ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.widgetry.a2ui.basic.Functions;
import dev.widgetry.a2ui.basic.Text;
import org.junit.jupiter.api.Test;

/**
 * A basic call's generated codec, written in a version without one of its props: the returnType
 * (v0.9's, a one-constant enum) is left out by the codec itself, with no wrapper around the writer;
 * a prop that carries a value, such as v1.0's catalogId, is still refused.
 */
class CallCodecVersionsTest {

  @Test
  void theCodecLeavesOutAReturnTypeInV1WithoutRefusingTheComponent() {
    Text text = Text.of(Functions.formatString("${/n}")).withId("t");

    assertEquals("", RefusalPointer.of(text, A2uiVersion.V1_0));
    assertEquals("", RefusalPointer.of(text, A2uiVersion.V0_9));
  }

  @Test
  void aCallsCatalogIdIsStillRefusedInV09() {
    Text text = Text.of(Functions.formatString("${/n}").withCatalogId("https://example.com/catalog.json"))
        .withId("t");

    IllegalArgumentException refused =
        assertThrows(IllegalArgumentException.class, () -> RefusalPointer.of(text, A2uiVersion.V0_9));
    assertTrue(refused.getMessage().startsWith("A2UI v0.9's FormatStringCall has no catalogId"), refused.getMessage());
    assertEquals("", RefusalPointer.of(text, A2uiVersion.V1_0));
  }
}
