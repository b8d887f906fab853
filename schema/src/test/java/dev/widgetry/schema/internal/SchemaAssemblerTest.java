package dev.widgetry.schema.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SchemaAssemblerTest {
  private static final String DIALECT = "https://json-schema.org/draft/2020-12/schema";

  @Test
  void keysDefinitionsByNestedNameInlinesValueRecordsAndPointsTheRootAtHash() {
    Map<String, Map<String, Object>> parts = Map.of(
        "com.acme/Card", part("Card",
            "type", "object",
            "properties", object(
                "size", ref("com.acme/Size"),
                "self", ref("com.acme/Card"),
                "row", ref("com.acme/Row"),
                "price", object("description", "What it costs.", "$ref", "com.acme/Money")),
            "$defs", object("com.acme/Size", object("enum", List.of("sm", "lg"))),
            SchemaParts.REFERENCES, object(
                "com.acme/Size", SchemaParts.ENUM,
                "com.acme/Card", SchemaParts.WIDGET,
                "com.acme/Row", SchemaParts.WIDGET,
                "com.acme/Money", SchemaParts.VALUE)),
        "com.acme/Row", part("Row",
            "type", "object",
            "properties", object("card", ref("com.acme/Card")),
            SchemaParts.REFERENCES, object("com.acme/Card", SchemaParts.WIDGET)),
        "com.acme/Money", part("Money",
            "type", "object",
            "description", "An amount in cents.",
            "properties", object("cents", object("type", "integer")),
            "required", List.of("cents")));

    Map<String, Object> document = new SchemaAssembler(parts::get).document("com.acme/Card", parts.get("com.acme/Card"));

    assertEquals("""
        {
          "$schema": "https://json-schema.org/draft/2020-12/schema",
          "title": "Card",
          "type": "object",
          "properties": {
            "size": {
              "$ref": "#/$defs/Size"
            },
            "self": {
              "$ref": "#"
            },
            "row": {
              "$ref": "#/$defs/Row"
            },
            "price": {
              "description": "An amount in cents.",
              "type": "object",
              "properties": {
                "cents": {
                  "type": "integer"
                }
              },
              "required": ["cents"]
            }
          },
          "$defs": {
            "Row": {
              "type": "object",
              "properties": {
                "card": {
                  "$ref": "#"
                }
              }
            },
            "Size": {
              "enum": ["sm", "lg"]
            }
          }
        }
        """, JsonPrinter.print(document));
  }

  @Test
  void embedsWidgetsCompiledElsewhereAndNamesMissingOnesByCanonicalNameWhereTheNestedOneIsTaken() {
    Map<String, Map<String, Object>> parts = Map.of(
        "com.acme/Card", part("Card",
            "type", "object",
            "properties", object(
                "tag", ref("org.other/Tag"),
                "gone", ref("org.gone/Outer.Tag"),
                "lost", ref("org.lost/Outer.Tag")),
            SchemaParts.REFERENCES, object(
                "org.other/Tag", SchemaParts.EMBEDDED,
                "org.gone/Outer.Tag", SchemaParts.MISSING,
                "org.lost/Outer.Tag", SchemaParts.MISSING)),
        "org.other/Tag", part("Tag", "type", "string", "maxLength", 20));

    Map<String, Object> document = new SchemaAssembler(parts::get).document("com.acme/Card", parts.get("com.acme/Card"));

    assertEquals("""
        {
          "$schema": "https://json-schema.org/draft/2020-12/schema",
          "title": "Card",
          "type": "object",
          "properties": {
            "tag": {
              "$ref": "#/$defs/Tag"
            },
            "gone": {
              "$ref": "#/$defs/Outer.Tag"
            },
            "lost": {
              "$ref": "#/$defs/org.lost.Outer.Tag"
            }
          },
          "$defs": {
            "Outer.Tag": {
              "description": "The schema of org.gone.Outer.Tag was not found at compile time."
            },
            "Tag": {
              "type": "string",
              "maxLength": 20
            },
            "org.lost.Outer.Tag": {
              "description": "The schema of org.lost.Outer.Tag was not found at compile time."
            }
          }
        }
        """, JsonPrinter.print(document));
  }

  @Test
  void aDocumentOfNoWidgetRefersToEveryWidgetByKey() {
    Map<String, Map<String, Object>> parts = Map.of(
        "com.acme/Card", part("Card", "type", "object", "properties", object("card", ref("com.acme/Card")),
            SchemaParts.REFERENCES, object("com.acme/Card", SchemaParts.WIDGET)));
    Map<String, Object> wrapper = part("add",
        "type", "object",
        "properties", object("card", ref("com.acme/Card")),
        SchemaParts.REFERENCES, object("com.acme/Card", SchemaParts.WIDGET));

    Map<String, Object> document = new SchemaAssembler(parts::get).document(null, wrapper);

    assertEquals(List.of("$schema", "title", "type", "properties", "$defs"), List.copyOf(document.keySet()));
    assertEquals(object("Card", object("type", "object", "properties", object("card", ref("#/$defs/Card")))),
        document.get("$defs"));
  }

  @Test
  void numbersTheKeyOfAnUnnamedPackagesWidgetWhoseNestedNameIsTaken() {
    Map<String, Map<String, Object>> parts = Map.of(
        "com.acme/Card", part("Card",
            "type", "object",
            "properties", object("theirs", ref("com.acme/Tag"), "plain", ref("/Tag")),
            SchemaParts.REFERENCES, object("com.acme/Tag", SchemaParts.WIDGET, "/Tag", SchemaParts.WIDGET)),
        "com.acme/Tag", part("Tag", "type", "string", "maxLength", 20),
        "/Tag", part("Tag", "type", "integer"));

    Map<String, Object> document = new SchemaAssembler(parts::get).document("com.acme/Card", parts.get("com.acme/Card"));

    // "Tag" is both the nested and the canonical name of the unnamed package's Tag: the second
    // widget to ask for it gets it numbered, and neither definition replaces the other.
    Map<?, ?> defs = (Map<?, ?>) document.get("$defs");
    assertEquals(Map.of("type", "string", "maxLength", 20), defs.get("Tag"));
    assertEquals(Map.of("type", "integer"), defs.get("Tag2"));
    Map<?, ?> properties = (Map<?, ?>) document.get("properties");
    assertEquals(Map.of("$ref", "#/$defs/Tag"), properties.get("theirs"));
    assertEquals(Map.of("$ref", "#/$defs/Tag2"), properties.get("plain"));
  }

  private static Map<String, Object> part(String title, Object... namesAndValues) {
    Map<String, Object> part = object("$schema", DIALECT, "title", title);
    part.putAll(object(namesAndValues));
    return part;
  }

  private static Map<String, Object> ref(String target) {
    return object("$ref", target);
  }

  /** An object with its keys in the order given: name, value, name, value... */
  private static Map<String, Object> object(Object... namesAndValues) {
    Map<String, Object> object = new LinkedHashMap<>();
    for (int i = 0; i < namesAndValues.length; i += 2) {
      object.put((String) namesAndValues[i], namesAndValues[i + 1]);
    }
    return object;
  }
}
