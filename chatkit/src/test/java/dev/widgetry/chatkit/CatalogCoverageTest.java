package dev.widgetry.chatkit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The catalog against ChatKit's {@code widgets.schema.json}: the same component types, the same
 * props under the same names, the same required props, and props that accept the same JSON. Our
 * side is the schema our processor generated ({@code Widgets.schema(WidgetRoot.class)}), not
 * reflection, so a prop missing on either side, or typed differently, fails the build.
 */
class CatalogCoverageTest {
  private static final SchemaShapes OFFICIAL = new SchemaShapes(OfficialSchema.DOCUMENT, "definitions");
  private static final SchemaShapes OURS = new SchemaShapes(CatalogSchema.of(WidgetRoot.class), "$defs");

  /**
   * Props where the schema says "number" and we say "integer", on purpose: each counts whole
   * things (lines, rows, cells, items), so a fraction is a mistake we report.
   */
  private static final Set<String> WHOLE_NUMBERS = Set.of(
      "Text.maxLines", "Text.minLines", "Title.maxLines", "Caption.maxLines", "Textarea.rows",
      "Textarea.maxRows", "Table.Cell.colSpan", "Table.Cell.rowSpan", "ListView.limit");

  @Test
  void hasEveryComponentTypeAndNoOther() {
    assertEquals(OFFICIAL.components().keySet(), OURS.components().keySet());
  }

  @Test
  void everyComponentHasExactlyTheOfficialProps() {
    Map<String, String> differences = new TreeMap<>();
    OFFICIAL.components().forEach((type, official) -> {
      TreeSet<String> theirs = SchemaShapes.propertyNames(official);
      TreeSet<String> ours = SchemaShapes.propertyNames(OURS.components().get(type));
      if (!theirs.equals(ours)) {
        differences.put(type, "ChatKit " + theirs + ", ours " + ours);
      }
    });
    assertEquals(Map.of(), differences);
  }

  @Test
  void everyComponentRequiresWhatTheOfficialSchemaRequires() {
    Map<String, String> differences = new TreeMap<>();
    OFFICIAL.components().forEach((type, official) -> {
      TreeSet<String> theirs = SchemaShapes.requiredNames(official);
      TreeSet<String> ours = SchemaShapes.requiredNames(OURS.components().get(type));
      if (!theirs.equals(ours)) {
        differences.put(type, "ChatKit " + theirs + ", ours " + ours);
      }
    });
    assertEquals(Map.of(), differences);
  }

  @Test
  void everyPropAcceptsWhatTheOfficialSchemaAccepts() {
    Map<String, String> differences = new TreeMap<>();
    Set<String> narrowedToIntegers = new TreeSet<>();
    OFFICIAL.components().forEach((type, official) -> {
      JsonNode ourComponent = OURS.components().get(type);
      for (String prop : SchemaShapes.propertyNames(official)) {
        String name = type + "." + prop;
        String theirs = OFFICIAL.shape(official.path("properties").path(prop));
        String ours = OURS.shape(ourComponent.path("properties").path(prop));
        if (WHOLE_NUMBERS.contains(name) && ours.contains("integer") && theirs.contains("number")) {
          narrowedToIntegers.add(name);
          ours = ours.replace("integer", "number");
        }
        String expected = expectedOurs(name, theirs);
        if (!expected.equals(ours)) {
          differences.put(name, "\n  ChatKit: " + theirs + "\n  ours:    " + ours);
        }
      }
    });
    assertEquals(Map.of(), differences);
    assertEquals(WHOLE_NUMBERS, narrowedToIntegers);
  }

  @Test
  void theRootsAndTheComponentUnionMatch() {
    assertEquals(OFFICIAL.shape(OFFICIAL.definition("WidgetRoot")), OURS.shape(CatalogSchema.of(WidgetRoot.class)));
    assertEquals(OFFICIAL.shape(OFFICIAL.definition("WidgetComponent")), OURS.shape(OURS.definition("WidgetComponent")));
    assertEquals(
        OFFICIAL.shape(OFFICIAL.definition("BasicRoot").path("properties").path("children")),
        OURS.shape(OURS.components().get("Basic").path("properties").path("children")));
  }

  /**
   * What our schema should accept for a prop, given what ChatKit's accepts: the same, except for
   * two things our processor writes differently.
   */
  private static String expectedOurs(String prop, String theirs) {
    if (prop.equals("Text.editable")) {
      // ChatKit: false | {...}. Our schema says boolean; Editable.Off rejects true when read.
      return theirs.replace("const false", "boolean");
    }
    if (prop.endsWith(".label") && theirs.equals("null | string")) {
      // A series label may be null in ChatKit; we read null as absent and never write it.
      return "string";
    }
    return theirs;
  }
}
