package dev.widgetry.a2ui.basic;

import dev.widgetry.a2ui.ComponentCatalog;

/** A2UI's basic catalog: its 18 components ({@link BasicComponent}) and 14 functions ({@link Functions}). */
public final class BasicCatalog {
  /** The basic catalog's id, as {@code createSurface} names it. */
  public static final String ID = "https://a2ui.org/specification/v0_9/catalogs/basic/catalog.json";

  /**
   * The JSON Schema of the basic catalog's theme: a primary color, an icon and a display name
   * for the agent; other keys are allowed.
   */
  public static final String THEME_SCHEMA = "{\"type\": \"object\", \"properties\": {"
      + "\"primaryColor\": {\"type\": \"string\", \"description\": \"The primary brand color used for highlights"
      + " (e.g., primary buttons, active borders). Renderers may generate variants of this color for different"
      + " contexts. Format: Hexadecimal code (e.g., '#00BFFF').\", \"pattern\": \"^#[0-9a-fA-F]{6}$\"},"
      + " \"iconUrl\": {\"type\": \"string\", \"format\": \"uri\", \"description\": \"A URL for an image that"
      + " identifies the agent or tool associated with the surface.\"},"
      + " \"agentDisplayName\": {\"type\": \"string\", \"description\": \"Text to be displayed next to the surface to"
      + " identify the agent or tool that created it.\"}}, \"additionalProperties\": true}";

  /**
   * What the v1.0 catalog document tells a model about composing basic surfaces (its
   * {@code instructions}): the official catalog's text.
   */
  public static final String INSTRUCTIONS = """
      For layout, use the Row and Column components to organize other components.

      ## Catalog Guidelines

      1. String Concatenation & Formatting: A2UI does not support binary operators like '+' or formatting symbols. To concatenate strings or dynamically inject data bindings into text, you must use the catalog function `formatString(value)` where the value string contains placeholders formatted as `${expression}`:
         formatString("Hello ${/user/name}")

      2. Strict Hierarchy: You must strictly adhere to the requested component nesting and hierarchy. If the prompt specifies that a component is 'inside' or 'contained in' another component, you MUST place it as a child of that specific component, not as a sibling or in a different container.

      3. Validation Checks: When components support validation checks, specify any custom error messages directly as the 'message' inside the check. Do NOT create separate text-display components to display validation errors.

      ## Examples

      Example 1: Dynamic text form
      ```json
      [
        {
          "version": "v1.0",
          "createSurface": {
            "surfaceId": "main",
            "components": [
              {
                "id": "root",
                "component": "Column",
                "children": ["repField", "valueField"]
              },
              {
                "id": "repField",
                "component": "TextField",
                "label": "Representative",
                "value": {"path": "/form/rep"},
                "placeholder": "Enter name"
              },
              {
                "id": "valueField",
                "component": "TextField",
                "label": "Deal Value",
                "value": {"path": "/form/value"},
                "placeholder": "0.00",
                "variant": "number",
                "checks": [
                  {"call": "required"}
                ]
              }
            ],
            "dataModel": {
              "form": {
                "rep": "John Doe",
                "value": 1500.00
              }
            }
          }
        }
      ]
      ```

      Example 2: Dynamic list with templates
      ```json
      [
        {
          "version": "v1.0",
          "createSurface": {
            "surfaceId": "main",
            "components": [
              {
                "id": "root",
                "component": "Card",
                "child": "breedList"
              },
              {
                "id": "breedList",
                "component": "List",
                "children": {
                  "path": "/breeds",
                  "componentId": "breedTemplate"
                },
                "direction": "horizontal"
              },
              {
                "id": "breedTemplate",
                "component": "Image",
                "url": {"path": "url"}
              }
            ],
            "dataModel": {
              "breeds": [
                {
                  "url": "https://example.com/poodle.jpg"
                },
                {
                  "url": "https://example.com/lab.jpg"
                }
              ]
            }
          }
        }
      ]
      ```""";

  /** The basic catalog: how its components are read, and which of their props name others. */
  public static final ComponentCatalog CATALOG = BasicComponentCatalog.CATALOG;

  private BasicCatalog() {}
}
