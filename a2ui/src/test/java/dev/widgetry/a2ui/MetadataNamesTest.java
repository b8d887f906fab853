package dev.widgetry.a2ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Metadata built in Java takes the extension names v1.0's schemas take, and no others. */
class MetadataNamesTest {
  private static final JsonNode VALUE = JsonNodeFactory.instance.textNode("x");

  @Test
  void identifierNamesAreTakenInEitherMetadata() {
    for (String name : List.of("tracking", "_private", "größe", "a2ui_official", "x1")) {
      assertEquals(VALUE, ComponentMetadata.of(Map.of(name, VALUE)).extensions().get(name));
      assertEquals(VALUE, new ActionMetadata(Map.of(name, VALUE)).extensions().get(name));
    }
  }

  @Test
  void aNameThatIsNotAnIdentifierIsRefusedInEitherMetadata() {
    for (String name : List.of("1st", "with-dash", "", "a b")) {
      String expected = "extension names are identifiers (a letter or _, then letters, digits or _), and \"" + name
          + "\" is not";
      assertEquals(expected, assertThrows(IllegalArgumentException.class,
          () -> ComponentMetadata.of(Map.of(name, VALUE))).getMessage());
      assertEquals(expected, assertThrows(IllegalArgumentException.class,
          () -> new ActionMetadata(Map.of(name, VALUE))).getMessage());
    }
  }
}
