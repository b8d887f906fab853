package dev.widgetry.schema.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ToolDefinitionTest {

  @Test
  void namesToolsInSnakeCaseWithinTheCharactersAndLengthToolNamesAllow() {
    assertEquals("weather_data", ToolDefinition.nameOfType("WeatherData"));
    assertEquals("htmlpage", ToolDefinition.nameOfType("HTMLPage"));
    assertEquals("cart_add", ToolDefinition.nameOfAction("cart.add"));
    assertEquals("a".repeat(64), ToolDefinition.nameOfAction("a".repeat(70)));
  }

  @Test
  void movesTheSchemasDescriptionToTheToolAndLeavesTheSchemaGiven() {
    Map<String, Object> strict = new LinkedHashMap<>();
    strict.put("description", "A card.");
    strict.put("type", "object");
    strict.put("required", List.of());

    assertEquals("""
        {
          "type": "function",
          "name": "card",
          "description": "A card.",
          "parameters": {
            "type": "object",
            "required": []
          },
          "strict": true
        }
        """, JsonPrinter.print(ToolDefinition.of("card", "A card.", strict)));
    assertEquals("A card.", strict.get("description"));
  }

  @Test
  void leavesAnEmptyDescriptionOut() {
    assertEquals(List.of("type", "name", "parameters", "strict"),
        List.copyOf(ToolDefinition.of("card", "", Map.of("type", "object")).keySet()));
  }
}
