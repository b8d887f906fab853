package dev.widgetry.tests.compile;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.widgetry.tests.compile.Compiler.compile;
import static dev.widgetry.tests.compile.Compiler.source;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.google.testing.compile.Compilation;
import dev.widgetry.a2ui.A2ui;
import dev.widgetry.a2ui.A2uiComponent;
import dev.widgetry.a2ui.A2uiVersion;
import dev.widgetry.a2ui.ComponentCatalog;
import dev.widgetry.a2ui.OfficialV1Schemas;
import dev.widgetry.a2ui.Surface;
import dev.widgetry.a2ui.basic.Column;
import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The processor tells the generated catalog which records keep A2UI v1.0's component {@code
 * catalogId} (a {@code String} named so in Java and JSON), so the catalog learns it without
 * reflection, and refuses a prop named so in only one of them, or of another type.
 */
class CatalogIdPropTest {
  private static final String DESK_ID = "https://desk.example/catalog.json";
  private static final JavaFileObject DESK = source("desk.DeskComponent", """
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
          permits DeskComponent.Plain, DeskComponent.Named {

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
      }
      """);
  /** Reads duplicate keys as an error, where a tree would keep the last. */
  private static final ObjectMapper JSON =
      JsonMapper.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();

  @TempDir Path output;

  @Test
  void aRecordKeepsTheCatalogIdWhenAStringPropIsNamedSo() throws IOException {
    Compilation compilation = compile(DESK);

    assertThat(compilation).succeeded();
    String catalog = GeneratedSourcesTest.generatedSource(compilation, "desk.DeskComponentCatalog")
        .getCharContent(true).toString();
    assertTrue(catalog.contains(".component(\"Plain\", DeskComponent.Plain.class,"), catalog);
    assertTrue(catalog.contains(".componentKeepingCatalogId(\"Named\", DeskComponent.Named.class,"), catalog);
  }

  @Test
  void onABasicV1SurfaceARecordIsWrittenWithOneCatalogIdAndOneThatKeepsItsOwnAsGiven() throws Exception {
    Compilation compilation = compile(DESK);
    assertThat(compilation).succeeded();
    ClassOutput.write(compilation, output);
    String given = "https://desk.example/v2/catalog.json";

    try (URLClassLoader loader = new URLClassLoader(new URL[] {output.toUri().toURL()}, getClass().getClassLoader())) {
      Surface surface = Surface.builder("o").root(Column.of(
          record(loader, "Plain"),
          record(loader, "Named", given))).build();
      ComponentCatalog desk = (ComponentCatalog) loader.loadClass("desk.DeskComponentCatalog").getField("CATALOG").get(null);

      String v1 = A2ui.writer(A2uiVersion.V1_0).toJsonArray(surface.messages());
      JsonNode written = JSON.readTree(v1);
      JsonNode components = written.at("/1/updateComponents/components");
      assertFalse(components.get(0).has("catalogId"), "the Column is of the surface's catalog: " + v1);
      assertEquals(DESK_ID, components.at("/1/catalogId").asText(), "Plain names its own catalog: " + v1);
      assertEquals(given, components.at("/2/catalogId").asText(), "Named keeps its catalogId as given: " + v1);
      assertEquals(List.of(), OfficialV1Schemas.withCatalog(desk.document(A2uiVersion.V1_0))
          .problems("agent_to_renderer_list.json", written));
    }
  }

  @Test
  void aPropNamedCatalogIdInJavaOrJsonOnlyOrOfAnotherTypeIsAnError() {
    JavaFileObject file = source("desk.Odd", """
        package desk;

        import com.fasterxml.jackson.annotation.JsonProperty;
        import dev.widgetry.a2ui.A2uiCatalog;
        import dev.widgetry.a2ui.A2uiComponent;
        import dev.widgetry.a2ui.AccessibilityAttributes;
        import dev.widgetry.annotations.Widget;

        @Widget(discriminator = "component")
        @A2uiCatalog(id = "https://desk.example/catalog.json")
        public sealed interface Odd extends A2uiComponent permits Odd.Renamed, Odd.Elsewhere, Odd.NotText {

          @Widget("Renamed")
          record Renamed(@JsonProperty(required = true) String id, AccessibilityAttributes accessibility,
              Double weight, @JsonProperty("catalogId") String home) implements Odd {
            public Renamed withId(String id) {
              return new Renamed(id, accessibility, weight, home);
            }
          }

          @Widget("Elsewhere")
          record Elsewhere(@JsonProperty(required = true) String id, AccessibilityAttributes accessibility,
              Double weight, @JsonProperty("catalog") String catalogId) implements Odd {
            public Elsewhere withId(String id) {
              return new Elsewhere(id, accessibility, weight, catalogId);
            }
          }

          @Widget("NotText")
          record NotText(@JsonProperty(required = true) String id, AccessibilityAttributes accessibility,
              Double weight, @JsonProperty("catalogId") Integer number) implements Odd {
            public NotText withId(String id) {
              return new NotText(id, accessibility, weight, number);
            }
          }
        }
        """);
    Compilation compilation = compile(file);

    assertThat(compilation).hadErrorCount(3);
    assertThat(compilation).hadErrorContaining("[A2uiCatalogIdProp] Renamed is a component of catalog Odd, and its"
            + " prop home (\"catalogId\" in JSON, java.lang.String) is named catalogId in Java or in JSON without"
            + " being a String named catalogId in both: A2UI v1.0's catalogId is read through the accessor and"
            + " written by its JSON name, so the component would carry it twice or not at all. Make it a String named"
            + " catalogId in both, or rename it in both.")
        .inFile(file).onLineContaining("@JsonProperty(\"catalogId\") String home");
    assertThat(compilation).hadErrorContaining("[A2uiCatalogIdProp] Elsewhere is a component of catalog Odd, and"
            + " its prop catalogId (\"catalog\" in JSON, java.lang.String) is named catalogId in Java or in JSON")
        .inFile(file).onLineContaining("@JsonProperty(\"catalog\") String catalogId");
    assertThat(compilation).hadErrorContaining("[A2uiCatalogIdProp] NotText is a component of catalog Odd, and its"
            + " prop number (\"catalogId\" in JSON, java.lang.Integer) is named catalogId in Java or in JSON")
        .inFile(file).onLineContaining("@JsonProperty(\"catalogId\") Integer number");
  }

  /** The desk record {@code name}, of no id, accessibility or weight, its last props {@code rest}. */
  private static A2uiComponent record(ClassLoader loader, String name, Object... rest)
      throws ReflectiveOperationException {
    Object[] props = new Object[3 + rest.length];
    System.arraycopy(rest, 0, props, 3, rest.length);
    return (A2uiComponent) loader.loadClass("desk.DeskComponent$" + name).getConstructors()[0].newInstance(props);
  }
}
