package dev.widgetry.processor.read;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class JavadocTest {

  @Test
  void theMainTextAndParamLinesBecomeDescriptions() {
    Javadoc javadoc = Javadoc.parse(" A product in a shop,\n sold by the piece.\n\n @param name what the customer\n    sees on the shelf\n"
        + " @param price in {@code EUR}, see {@link Money}\n @see Shop\n");

    assertEquals("A product in a shop, sold by the piece.", javadoc.description());
    assertEquals("what the customer sees on the shelf", javadoc.param("name"));
    assertEquals("in EUR, see Money", javadoc.param("price"));
    assertEquals("", javadoc.param("stock"));
  }

  @Test
  void htmlIsFlattenedAndAnAtSignInsideALineIsText() {
    Javadoc javadoc = Javadoc.parse(" Mail <b>us</b> at help@example.com.<p>Thanks.\n");

    assertEquals("Mail us at help@example.com. Thanks.", javadoc.description());
  }

  @Test
  void noCommentMeansNoDescription() {
    assertEquals("", Javadoc.parse(null).description());
    assertEquals("", Javadoc.parse("  \n ").param("x"));
  }
}
