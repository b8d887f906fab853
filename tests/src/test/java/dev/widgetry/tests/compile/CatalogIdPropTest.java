package dev.widgetry.tests.compile;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.widgetry.tests.compile.Compiler.compile;
import static dev.widgetry.tests.compile.Compiler.source;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import java.io.IOException;
import org.junit.jupiter.api.Test;

/**
 * The processor tells the generated catalog which records keep A2UI v1.0's component {@code
 * catalogId}, by the prop's JSON name and type: the catalog learns it without reflection.
 */
class CatalogIdPropTest {

  @Test
  void aRecordKeepsTheCatalogIdWhenAStringPropIsNamedSoInJson() throws IOException {
    Compilation compilation = compile(source("desk.DeskComponent", """
        package desk;

        import com.fasterxml.jackson.annotation.JsonProperty;
        import dev.widgetry.a2ui.A2uiCatalog;
        import dev.widgetry.a2ui.A2uiComponent;
        import dev.widgetry.a2ui.A2uiSince;
        import dev.widgetry.a2ui.A2uiVersion;
        import dev.widgetry.a2ui.AccessibilityAttributes;
        import dev.widgetry.annotations.Widget;

        @Widget(discriminator = "component")
        @A2uiCatalog(id = "https://desk.example/catalog.json")
        public sealed interface DeskComponent extends A2uiComponent
            permits DeskComponent.Plain, DeskComponent.Named, DeskComponent.Renamed, DeskComponent.Elsewhere,
                DeskComponent.NotText {

          @Widget("Plain")
          record Plain(@JsonProperty(required = true) String id, AccessibilityAttributes accessibility,
              Double weight) implements DeskComponent {
            public Plain withId(String id) {
              return new Plain(id, accessibility, weight);
            }
          }

          @Widget("Named")
          record Named(@JsonProperty(required = true) String id, AccessibilityAttributes accessibility,
              Double weight, @A2uiSince(A2uiVersion.V1_0) String catalogId) implements DeskComponent {
            public Named withId(String id) {
              return new Named(id, accessibility, weight, catalogId);
            }
          }

          @Widget("Renamed")
          record Renamed(@JsonProperty(required = true) String id, AccessibilityAttributes accessibility,
              Double weight, @JsonProperty("catalogId") String home) implements DeskComponent {
            public Renamed withId(String id) {
              return new Renamed(id, accessibility, weight, home);
            }
          }

          @Widget("Elsewhere")
          record Elsewhere(@JsonProperty(required = true) String id, AccessibilityAttributes accessibility,
              Double weight, @JsonProperty("catalog") String catalogId) implements DeskComponent {
            public Elsewhere withId(String id) {
              return new Elsewhere(id, accessibility, weight, catalogId);
            }
          }

          @Widget("NotText")
          record NotText(@JsonProperty(required = true) String id, AccessibilityAttributes accessibility,
              Double weight, @JsonProperty("catalogId") Integer number) implements DeskComponent {
            public NotText withId(String id) {
              return new NotText(id, accessibility, weight, number);
            }
          }
        }
        """));

    assertThat(compilation).succeeded();
    String catalog = GeneratedSourcesTest.generatedSource(compilation, "desk.DeskComponentCatalog")
        .getCharContent(true).toString();
    assertTrue(catalog.contains(".component(\"Plain\", DeskComponent.Plain.class,"), catalog);
    assertTrue(catalog.contains(".componentKeepingCatalogId(\"Named\", DeskComponent.Named.class,"), catalog);
    assertTrue(catalog.contains(".componentKeepingCatalogId(\"Renamed\", DeskComponent.Renamed.class,"), catalog);
    assertTrue(catalog.contains(".component(\"Elsewhere\", DeskComponent.Elsewhere.class,"), catalog);
    assertTrue(catalog.contains(".component(\"NotText\", DeskComponent.NotText.class,"), catalog);
  }
}
