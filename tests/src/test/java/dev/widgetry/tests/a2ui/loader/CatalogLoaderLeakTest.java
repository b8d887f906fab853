package dev.widgetry.tests.a2ui.loader;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import dev.widgetry.a2ui.A2ui;
import dev.widgetry.a2ui.A2uiComponent;
import dev.widgetry.a2ui.A2uiVersion;
import dev.widgetry.a2ui.ComponentCatalog;
import dev.widgetry.a2ui.DynamicString;
import dev.widgetry.a2ui.OfficialV1Schemas;
import dev.widgetry.a2ui.ServerMessage;
import dev.widgetry.a2ui.Surface;
import dev.widgetry.a2ui.basic.Column;
import dev.widgetry.a2ui.basic.Text;
import dev.widgetry.processor.WidgetProcessor;
import dev.widgetry.tests.compile.ClassOutput;
import dev.widgetry.tests.runtime.LeakChecks;
import java.io.IOException;
import java.lang.ref.Reference;
import java.lang.ref.WeakReference;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The A2UI catalogs Widgetry knows (by id, and by component type, for v1.0's component {@code
 * catalogId}) do not keep a class loader alive: a web application whose catalog is loaded by its
 * own loader, widgetry-a2ui by a parent one, is collected once dropped; and the application
 * deployed again is the one its catalog's id names.
 */
class CatalogLoaderLeakTest {
  private static final String PROBE_ID = "https://probe.example/catalog.json";
  private static final JavaFileObject PROBE = JavaFileObjects.forSourceString("leak.catalog.ProbeComponent", """
      package leak.catalog;

      import com.fasterxml.jackson.annotation.JsonProperty;
      import dev.widgetry.a2ui.A2uiCatalog;
      import dev.widgetry.a2ui.A2uiComponent;
      import dev.widgetry.a2ui.AccessibilityAttributes;
      import dev.widgetry.a2ui.DynamicString;
      import dev.widgetry.annotations.Widget;

      @Widget(discriminator = "component")
      @A2uiCatalog(id = "https://probe.example/catalog.json")
      public sealed interface ProbeComponent extends A2uiComponent permits ProbeComponent.Gauge {

        @Widget("Gauge")
        record Gauge(@JsonProperty(required = true) String id, DynamicString label,
            AccessibilityAttributes accessibility, Double weight) implements ProbeComponent {
          public Gauge withId(String id) {
            return new Gauge(id, label, accessibility, weight);
          }
        }
      }
      """);
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path application;

  @Test
  void aLoaderWhoseCatalogWentThroughAMixedV1SurfaceIsCollected() throws Exception {
    Compilation compiled = Compiler.javac().withProcessors(new WidgetProcessor()).compile(PROBE);
    assertThat(compiled).succeeded();
    ClassOutput.write(compiled, application);

    WeakReference<ClassLoader> loader = useThroughA2uiAndDrop(application);

    LeakChecks.assertCollected(loader, "the application's class loader");
  }

  @Test
  void aCatalogIdRegisteredAgainAsAfterARedeployNamesTheLatestCatalog() throws Exception {
    Compilation compiled = Compiler.javac().withProcessors(new WidgetProcessor()).compile(PROBE);
    assertThat(compiled).succeeded();
    ClassOutput.write(compiled, application);
    String renamedId = "https://probe.example/renamed.json";

    try (URLClassLoader first = load(application); URLClassLoader second = load(application)) {
      ComponentCatalog before = catalogOf(first).withId(renamedId);
      ComponentCatalog after = catalogOf(second).withId(renamedId);
      Surface surface = Surface.builder("o", after)
          .root(Column.of(Text.of("Your car"), gauge(second), gauge(first))).build();

      String v1 = A2ui.writer(A2uiVersion.V1_0).toJsonArray(surface.messages());
      JsonNode components = JSON.readTree(v1).at("/1/updateComponents/components");
      assertEquals("Gauge", components.at("/2/component").asText(), v1);
      assertFalse(components.get(2).has("catalogId"), "the surface's catalog, the latest " + renamedId
          + ", has the second application's Gauge: " + v1);
      assertEquals(PROBE_ID, components.at("/3/catalogId").asText(), "the first application's Gauge is not of "
          + "the surface's catalog, the latest " + renamedId + ", and names its own: " + v1);
      // CatalogRegistry holds catalogs weakly: the first application's catalog under the renamed id
      // stays registered, as an older deployment's would, until the writer has looked the id up.
      Reference.reachabilityFence(before);
    }
  }

  /**
   * Writes a v1.0 surface mixing a basic Column and Text with the application's Gauge (so the
   * writer looks up the Gauge's catalog by its type, loading the generated catalog class), reads it
   * back with the application's catalog, and lets go of all of it.
   */
  private static WeakReference<ClassLoader> useThroughA2uiAndDrop(Path application) throws Exception {
    URLClassLoader child = load(application);
    Surface surface = Surface.builder("o").root(Column.of(Text.of("Your car"), gauge(child))).build();

    ComponentCatalog catalog = catalogOf(child);
    String v1 = A2ui.writer(A2uiVersion.V1_0).toJsonArray(surface.messages());
    JsonNode components = JSON.readTree(v1).at("/1/updateComponents/components");
    assertEquals("Gauge", components.at("/2/component").asText(), v1);
    assertEquals(PROBE_ID, components.at("/2/catalogId").asText(), v1);
    assertEquals("Fuel", components.at("/2/label").asText(), v1);
    assertEquals(List.of(), OfficialV1Schemas.withCatalog(catalog.document(A2uiVersion.V1_0))
        .problems("agent_to_renderer_list.json", JSON.readTree(v1)));

    List<ServerMessage> read = A2ui.reader(A2uiVersion.V1_0).parseMessages(v1, catalog);
    // Compared as JSON: a record's own equals links through java.lang.invoke, whose soft caches
    // outlive a System.gc() and would hold the loader for reasons that are not Widgetry's.
    assertEquals(v1, A2ui.writer(A2uiVersion.V1_0).toJsonArray(read));
    assertEquals(List.of(), A2ui.validate(read, catalog));

    child.close();
    return new WeakReference<>(child);
  }

  static URLClassLoader load(Path application) throws IOException {
    return new URLClassLoader(new URL[] {application.toUri().toURL()}, CatalogLoaderLeakTest.class.getClassLoader());
  }

  /** A Gauge of the application {@code loader} loads, labelled "Fuel". */
  private static A2uiComponent gauge(ClassLoader loader) throws ReflectiveOperationException {
    return (A2uiComponent) loader.loadClass("leak.catalog.ProbeComponent$Gauge").getConstructors()[0]
        .newInstance(null, DynamicString.of("Fuel"), null, null);
  }

  private static ComponentCatalog catalogOf(ClassLoader loader) throws ReflectiveOperationException {
    return (ComponentCatalog) loader.loadClass("leak.catalog.ProbeComponentCatalog").getField("CATALOG").get(null);
  }
}
