package dev.widgetry.tests.compile;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.widgetry.tests.compile.Compiler.compile;
import static dev.widgetry.tests.compile.Compiler.source;

import com.google.testing.compile.Compilation;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** Every compile error about {@code @A2uiCatalog} and {@code @ComponentRef}: the whole message and its line. */
class CatalogErrorsTest {

  @Test
  void aCatalogOnAUnionTaggedByType() {
    JavaFileObject file = source("acme.Part", """
        package acme;
        import dev.widgetry.a2ui.A2uiCatalog;
        import dev.widgetry.a2ui.A2uiComponent;
        import dev.widgetry.annotations.Widget;
        @A2uiCatalog(id = "https://acme.example/catalog.json")
        @Widget
        public sealed interface Part extends A2uiComponent permits Part.Gauge {
          @Widget
          record Gauge(String id) implements Part {
            public Gauge withId(String id) {
              return new Gauge(id);
            }
          }
        }
        """);
    Compilation compilation = compile(file);
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation).hadErrorContaining("[A2uiCatalogTarget] @A2uiCatalog goes on a sealed @Widget(discriminator"
            + " = \"component\") interface that extends A2uiComponent, and Part is not tagged by \"component\". Add"
            + " discriminator = \"component\" to its @Widget.")
        .inFile(file).onLineContaining("@A2uiCatalog");
  }

  @Test
  void aCatalogOnAUnionThatIsNotOfComponents() {
    JavaFileObject file = source("acme.Part", """
        package acme;
        import dev.widgetry.a2ui.A2uiCatalog;
        import dev.widgetry.annotations.Widget;
        @A2uiCatalog(id = "https://acme.example/catalog.json")
        @Widget(discriminator = "component")
        public sealed interface Part permits Part.Gauge {
          @Widget
          record Gauge(String id) implements Part {}
        }
        """);
    Compilation compilation = compile(file);
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation).hadErrorContaining("[A2uiCatalogTarget] @A2uiCatalog goes on a sealed @Widget(discriminator"
            + " = \"component\") interface that extends A2uiComponent, and Part does not extend A2uiComponent. Declare it"
            + " as sealed interface Part extends A2uiComponent permits ....")
        .inFile(file).onLineContaining("@A2uiCatalog");
  }

  @Test
  void aComponentWithoutTheCommonProps() {
    JavaFileObject file = source("acme.Part", """
        package acme;
        import dev.widgetry.a2ui.A2uiCatalog;
        import dev.widgetry.a2ui.A2uiComponent;
        import dev.widgetry.annotations.Widget;
        @A2uiCatalog(id = "https://acme.example/catalog.json")
        @Widget(discriminator = "component")
        public sealed interface Part extends A2uiComponent permits Part.Gauge {
          @Widget
          record Gauge(String id, double value) implements Part {
            public Gauge withId(String id) {
              return new Gauge(id, value);
            }
          }
        }
        """);
    Compilation compilation = compile(file);
    assertThat(compilation).hadErrorCount(3);
    assertThat(compilation).hadErrorContaining("[A2uiCommonProps] Gauge is a component of catalog Part, and every A2UI"
            + " component accepts a required \"id\", so the record must read it: add @JsonProperty(required = true)"
            + " String id.")
        .inFile(file).onLineContaining("record Gauge");
    assertThat(compilation).hadErrorContaining("[A2uiCommonProps] Gauge is a component of catalog Part, and every A2UI"
            + " component accepts \"accessibility\", so the record must read it: add AccessibilityAttributes"
            + " accessibility.")
        .inFile(file).onLineContaining("record Gauge");
    assertThat(compilation).hadErrorContaining("[A2uiCommonProps] Gauge is a component of catalog Part, and every A2UI"
            + " component accepts \"weight\", so the record must read it: add Double weight.")
        .inFile(file).onLineContaining("record Gauge");
  }

  @Test
  void aComponentRefOnANumber() {
    JavaFileObject file = source("acme.Part", """
        package acme;
        import com.fasterxml.jackson.annotation.JsonProperty;
        import dev.widgetry.a2ui.A2uiCatalog;
        import dev.widgetry.a2ui.A2uiComponent;
        import dev.widgetry.a2ui.AccessibilityAttributes;
        import dev.widgetry.a2ui.ComponentRef;
        import dev.widgetry.annotations.Widget;
        @A2uiCatalog(id = "https://acme.example/catalog.json")
        @Widget(discriminator = "component")
        public sealed interface Part extends A2uiComponent permits Part.Gauge {
          @Widget
          record Gauge(
              @JsonProperty(required = true) String id,
              @ComponentRef int label,
              AccessibilityAttributes accessibility,
              Double weight) implements Part {
            public Gauge withId(String id) {
              return new Gauge(id, label, accessibility, weight);
            }
          }
        }
        """);
    Compilation compilation = compile(file);
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation).hadErrorContaining("[ComponentRefType] @ComponentRef on Gauge.label: a reference to a"
            + " component is its id, and label has type int. Use String, or List<String> for several.")
        .inFile(file).onLineContaining("@ComponentRef int label");
  }

  @Test
  void aComponentNamedAsABasicOne() {
    JavaFileObject file = source("acme.Part", """
        package acme;
        import com.fasterxml.jackson.annotation.JsonProperty;
        import dev.widgetry.a2ui.A2uiCatalog;
        import dev.widgetry.a2ui.A2uiComponent;
        import dev.widgetry.a2ui.AccessibilityAttributes;
        import dev.widgetry.annotations.Widget;
        @A2uiCatalog(id = "https://acme.example/catalog.json")
        @Widget(discriminator = "component")
        public sealed interface Part extends A2uiComponent permits Part.Label {
          @Widget("Text")
          record Label(
              @JsonProperty(required = true) String id,
              AccessibilityAttributes accessibility,
              Double weight) implements Part {
            public Label withId(String id) {
              return new Label(id, accessibility, weight);
            }
          }
        }
        """);
    Compilation compilation = compile(file);
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation).hadErrorContaining("[CatalogNameClash] Label is named \"Text\" in catalog Part, which"
            + " extends the basic catalog, and the basic catalog has a component \"Text\". Give it another name with"
            + " @Widget(\"...\").")
        .inFile(file).onLineContaining("record Label");
  }

  @Test
  void twoCatalogsWithOneId() {
    JavaFileObject first = source("acme.One", catalog("One", "Gauge"));
    JavaFileObject second = source("acme.Two", catalog("Two", "Dial"));
    Compilation compilation = compile(first, second);
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation).hadErrorContaining("[DuplicateCatalogId] Catalogs One and Two both have the id"
            + " \"https://acme.example/catalog.json\"; createSurface names a catalog by its id. Give each its own.")
        .inFile(second).onLineContaining("@A2uiCatalog");
  }

  private static String catalog(String name, String component) {
    return """
        package acme;
        import com.fasterxml.jackson.annotation.JsonProperty;
        import dev.widgetry.a2ui.A2uiCatalog;
        import dev.widgetry.a2ui.A2uiComponent;
        import dev.widgetry.a2ui.AccessibilityAttributes;
        import dev.widgetry.annotations.Widget;
        @A2uiCatalog(id = "https://acme.example/catalog.json")
        @Widget(discriminator = "component")
        public sealed interface NAME extends A2uiComponent permits NAME.COMPONENT {
          @Widget
          record COMPONENT(
              @JsonProperty(required = true) String id,
              AccessibilityAttributes accessibility,
              Double weight) implements NAME {
            public COMPONENT withId(String id) {
              return new COMPONENT(id, accessibility, weight);
            }
          }
        }
        """.replace("NAME", name).replace("COMPONENT", component);
  }
}
