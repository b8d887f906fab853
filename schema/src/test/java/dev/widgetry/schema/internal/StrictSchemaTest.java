package dev.widgetry.schema.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StrictSchemaTest {

  @Test
  void requiresEveryPropertyAndLetsOptionalOnesBeNull() {
    Map<String, Object> document = object(
        "$schema", "https://json-schema.org/draft/2020-12/schema",
        "title", "Card",
        "type", "object",
        "properties", object(
            "title", object("type", "string", "minLength", 1),
            "note", object("type", "string"),
            "kind", object("description", "Which one.", "oneOf", List.of(
                object("const", "a"), object("$ref", "#/$defs/B"))),
            "tags", object("type", "object", "additionalProperties", object("type", "string")),
            "extra", object()),
        "required", List.of("title"),
        "additionalProperties", false,
        "$defs", object("B", object("const", "b")));

    assertEquals("""
        {
          "type": "object",
          "properties": {
            "title": {
              "type": "string"
            },
            "note": {
              "type": ["string", "null"]
            },
            "kind": {
              "description": "Which one.",
              "anyOf": [
                {
                  "enum": ["a"]
                },
                {
                  "$ref": "#/$defs/B"
                },
                {
                  "type": "null"
                }
              ]
            },
            "tags": {
              "description": "A map, written as the list of its entries: each key once.",
              "type": ["array", "null"],
              "items": {
                "type": "object",
                "properties": {
                  "key": {
                    "type": "string"
                  },
                  "value": {
                    "type": "string"
                  }
                },
                "required": ["key", "value"],
                "additionalProperties": false
              }
            },
            "extra": {
              "type": ["string", "number", "boolean", "null"]
            }
          },
          "required": ["title", "note", "kind", "tags", "extra"],
          "additionalProperties": false,
          "$defs": {
            "B": {
              "enum": ["b"]
            }
          }
        }
        """, JsonPrinter.print(StrictSchema.of(document)));
  }

  @Test
  void closesAMapAtTheRoot() {
    Map<String, Object> document = object("type", "object", "additionalProperties", object("type", "integer"));

    assertEquals(object("type", "object", "properties", object(), "required", List.of(), "additionalProperties", false),
        StrictSchema.of(document));
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
