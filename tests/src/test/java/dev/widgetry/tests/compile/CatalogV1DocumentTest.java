package dev.widgetry.tests.compile;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.widgetry.tests.compile.Compiler.compile;
import static dev.widgetry.tests.compile.Compiler.source;
import static dev.widgetry.tests.compile.GeneratedSourcesTest.resource;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.testing.compile.Compilation;
import dev.widgetry.a2ui.OfficialV1Schemas;
import java.util.ArrayList;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * The v1.0 document of a catalog that stands alone (it does not extend the basic one) with functions
 * of its own: what the processor writes where the basic catalog's records do not go.
 */
class CatalogV1DocumentTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  private static final JavaFileObject CATALOG = source("kiosk.KioskComponent", """
      package kiosk;
      import com.fasterxml.jackson.annotation.JsonProperty;
      import dev.widgetry.a2ui.A2uiCatalog;
      import dev.widgetry.a2ui.A2uiComponent;
      import dev.widgetry.a2ui.A2uiUntil;
      import dev.widgetry.a2ui.A2uiVersion;
      import dev.widgetry.a2ui.AccessibilityAttributes;
      import dev.widgetry.a2ui.DynamicString;
      import dev.widgetry.annotations.Widget;

      /** A kiosk's screens. */
      @Widget(discriminator = "component")
      @A2uiCatalog(id = "https://kiosk.example/catalog.json", extendsBasic = false, functions = KioskFunction.class)
      public sealed interface KioskComponent extends A2uiComponent permits KioskComponent.Banner {

        /**
         * A banner.
         *
         * @param text what it says
         * @param blink whether it blinks, up to A2UI v0.9
         */
        @Widget("Banner")
        record Banner(
            @JsonProperty(required = true) String id,
            @JsonProperty(required = true) DynamicString text,
            @A2uiUntil(A2uiVersion.V0_9) Boolean blink,
            AccessibilityAttributes accessibility,
            Double weight) implements KioskComponent {
          public Banner withId(String id) {
            return new Banner(id, text, blink, accessibility, weight);
          }
        }
      }
      """);
  private static final JavaFileObject FUNCTIONS = source("kiosk.KioskFunction", """
      package kiosk;
      import com.fasterxml.jackson.annotation.JsonProperty;
      import dev.widgetry.a2ui.A2uiSchema;
      import dev.widgetry.a2ui.A2uiVersion;
      import dev.widgetry.annotations.Widget;

      /** The kiosk's functions. */
      @Widget(discriminator = "call")
      public sealed interface KioskFunction permits KioskFunction.PrintTicket {

        /** Prints a ticket. */
        @Widget("printTicket")
        @A2uiSchema(value = "{\\"requiresUserActivation\\": true}", since = A2uiVersion.V1_0)
        record PrintTicket(@JsonProperty(required = true) Args args) implements KioskFunction {

          /** @param copies how many */
          @Widget
          record Args(@JsonProperty(required = true) int copies) {}
        }
      }
      """);

  @Test
  void itsDocumentsHaveTheirVersionsPropsAndFunctionMetadata() throws Exception {
    Compilation compilation = compile(CATALOG, FUNCTIONS);

    assertThat(compilation).succeededWithoutWarnings();
    JsonNode v09 = JSON.readTree(resource(compilation, "kiosk/KioskComponent.a2ui-catalog.json").getCharContent(true)
        .toString());
    JsonNode v1 = JSON.readTree(resource(compilation, "kiosk/KioskComponent.a2ui-catalog.v1_0.json")
        .getCharContent(true).toString());
    assertEquals(List.of(), OfficialV1Schemas.official().problems("catalog_definition.json", v1));
    assertEquals("https://kiosk.example/catalog.json", v1.get("catalogId").asText());
    assertFalse(v1.has("instructions"));
    assertEquals(List.of("component", "text", "weight"), names(v1.at("/components/Banner/properties")));
    assertTrue(v09.at("/components/Banner/allOf/2/properties").has("blink"), "v0.9 has the prop up to v0.9");
    assertEquals("https://a2ui.org/specification/v1_0/common_types.json#/$defs/DynamicString",
        v1.at("/components/Banner/properties/text/$ref").asText());
    assertEquals("any", v1.at("/functions/printTicket/returnType").asText(), "no returnType: v1.0 needs one");
    assertTrue(v1.at("/functions/printTicket/requiresUserActivation").asBoolean());
    assertFalse(v09.at("/functions/printTicket").has("requiresUserActivation"), "the v1.0 schema stays out of v0.9");
    assertEquals(JSON.readTree("{\"oneOf\": [{\"$ref\": \"#/functions/printTicket\"}]}"), v1.at("/$defs/anyFunction"));
  }

  private static List<String> names(JsonNode object) {
    List<String> names = new ArrayList<>();
    object.fieldNames().forEachRemaining(names::add);
    return names;
  }
}
