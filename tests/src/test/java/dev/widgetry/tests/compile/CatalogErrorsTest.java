package dev.widgetry.tests.compile;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.widgetry.tests.compile.Compiler.compile;
import static dev.widgetry.tests.compile.Compiler.source;

import com.google.testing.compile.Compilation;
import dev.widgetry.a2ui.basic.BasicComponent;
import dev.widgetry.processor.WidgetProcessor;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every compile error about {@code @A2uiCatalog}, {@code @ComponentRef}, {@code @A2uiSince} and
 * {@code @A2uiUntil}: the whole message and its line.
 */
class CatalogErrorsTest {

  /** Stand-ins for the types the processor looks for by name, for a class path without widgetry-a2ui. */
  private static final JavaFileObject STAND_IN_CATALOG = source("dev.widgetry.a2ui.A2uiCatalog", """
      package dev.widgetry.a2ui;
      public @interface A2uiCatalog {
        String id();
        boolean extendsBasic() default true;
      }
      """);
  private static final JavaFileObject STAND_IN_COMPONENT = source("dev.widgetry.a2ui.A2uiComponent", """
      package dev.widgetry.a2ui;
      public interface A2uiComponent {
        String id();
      }
      """);
  private static final JavaFileObject STAND_IN_ACCESSIBILITY = source("dev.widgetry.a2ui.AccessibilityAttributes", """
      package dev.widgetry.a2ui;
      import dev.widgetry.annotations.Widget;
      @Widget
      public record AccessibilityAttributes(String label) {}
      """);

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
  void aRequiredPropOfALaterVersion() {
    JavaFileObject file = gaugeWithRequired("A2uiSince", "@A2uiSince(A2uiVersion.V1_0) DynamicString caption");
    Compilation compilation = compile(file);
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation).hadErrorContaining("[A2uiSinceRequired] Gauge.caption is required and"
            + " @A2uiSince(V1_0): messages of the A2UI versions before it could not carry it, so a prop that exists"
            + " from a version on is optional. Make Gauge.caption optional, or remove @A2uiSince.")
        .inFile(file).onLineContaining("@A2uiSince(A2uiVersion.V1_0) DynamicString caption");
  }

  @Test
  void aRequiredPropOfAnEarlierVersionOnly() {
    JavaFileObject file = gaugeWithRequired("A2uiUntil", "@A2uiUntil(A2uiVersion.V0_9) DynamicString caption");
    Compilation compilation = compile(file);
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation).hadErrorContaining("[A2uiUntilRequired] Gauge.caption is required and"
            + " @A2uiUntil(V0_9): messages of the A2UI versions after it could not carry it, so a prop that exists"
            + " up to a version is optional. Make Gauge.caption optional, or remove @A2uiUntil.")
        .inFile(file).onLineContaining("@A2uiUntil(A2uiVersion.V0_9) DynamicString caption");
  }

  @Test
  void aLaterVersionOnARecordNoTaggedUnionPermits() {
    JavaFileObject file = source("acme.Range", """
        package acme;
        import dev.widgetry.a2ui.A2uiSince;
        import dev.widgetry.a2ui.A2uiVersion;
        import dev.widgetry.annotations.Widget;
        @Widget
        @A2uiSince(A2uiVersion.V1_0)
        public record Range(int from, int to) {}
        """);
    Compilation compilation = compile(file);
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation).hadErrorContaining("[A2uiVersionedNotMember] @A2uiSince(V1_0) on record Range, which no"
            + " tagged union permits: a whole record exists in some A2UI versions only as a member of a tagged union,"
            + " whose readers of the other versions read its tag as unknown. Put @A2uiSince on the props that hold"
            + " Range instead, or make it a member of a sealed @Widget(discriminator = ...) interface.")
        .inFile(file).onLineContaining("@A2uiSince(A2uiVersion.V1_0)");
  }

  @Test
  void anEarlierVersionOnlyOnACatalogComponent() {
    JavaFileObject file = source("acme.Part", """
        package acme;
        import com.fasterxml.jackson.annotation.JsonProperty;
        import dev.widgetry.a2ui.A2uiCatalog;
        import dev.widgetry.a2ui.A2uiComponent;
        import dev.widgetry.a2ui.A2uiUntil;
        import dev.widgetry.a2ui.A2uiVersion;
        import dev.widgetry.a2ui.AccessibilityAttributes;
        import dev.widgetry.annotations.Widget;
        @A2uiCatalog(id = "https://acme.example/catalog.json")
        @Widget(discriminator = "component")
        public sealed interface Part extends A2uiComponent permits Part.Gauge {
          @Widget
          @A2uiUntil(A2uiVersion.V0_9)
          record Gauge(
              @JsonProperty(required = true) String id,
              AccessibilityAttributes accessibility,
              Double weight) implements Part {
            public Gauge withId(String id) {
              return new Gauge(id, accessibility, weight);
            }
          }
        }
        """);
    Compilation compilation = compile(file);
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation).hadErrorContaining("[A2uiVersionedComponent] @A2uiUntil(V0_9) on component Gauge of"
            + " catalog Part: a catalog has its components in every A2UI version it is written in. Remove @A2uiUntil,"
            + " and mark the component's own props with @A2uiSince or @A2uiUntil instead.")
        .inFile(file).onLineContaining("@A2uiUntil(A2uiVersion.V0_9)");
  }

  @Test
  void aVersionOnAFieldThatIsNoPropNorConstant() {
    JavaFileObject file = source("test.Settings", """
        package test;

        import dev.widgetry.a2ui.A2uiSince;
        import dev.widgetry.a2ui.A2uiVersion;

        class Settings {
          @A2uiSince(A2uiVersion.V1_0)
          String theme;
        }
        """);
    Compilation compilation = compile(file);
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation).hadErrorContaining("[A2uiVersionedField] @A2uiSince on field theme of Settings: only a"
            + " prop of a @Widget record, an enum constant or a tagged union's member record exists in some A2UI"
            + " versions only, and no generated code reads it here. Remove @A2uiSince, or put it on a record"
            + " component.")
        .inFile(file).onLineContaining("@A2uiSince(A2uiVersion.V1_0)");
  }

  @Test
  void anEnumConstantNoVersionHas() {
    JavaFileObject file = gaugeWithStyle("""
          @A2uiSince(A2uiVersion.V1_0)
          @A2uiUntil(A2uiVersion.V0_9)
          DIAL,
          BAR
        """);
    Compilation compilation = compile(file);
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation).hadErrorContaining("[A2uiConstantWithoutVersion] Style.DIAL is @A2uiSince(V1_0) and"
            + " @A2uiUntil(V0_9): no A2UI version has it. Make @A2uiSince name a version no later than"
            + " @A2uiUntil's, or remove the constant.")
        .inFile(file).onLineContaining("@A2uiUntil(A2uiVersion.V0_9)");
  }

  @Test
  void anEnumWithoutConstantsInAVersion() {
    JavaFileObject file = gaugeWithStyle("""
          @A2uiUntil(A2uiVersion.V0_9)
          DIAL,
          @A2uiUntil(A2uiVersion.V0_9)
          BAR
        """);
    Compilation compilation = compile(file);
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation).hadErrorContaining("[A2uiEnumWithoutConstants] Enum Style has no constant in A2UI v1.0:"
            + " @A2uiSince or @A2uiUntil leaves that version out of every one, so a prop of it could hold nothing"
            + " there. Leave at least one constant in every version.")
        .inFile(file).onLineContaining("enum Style");
  }

  @Test
  void aBindableSincePropOfNoDynamicType() {
    JavaFileObject file = gaugeWithRequired("A2uiBindableSince",
        "@A2uiBindableSince(A2uiVersion.V1_0) String caption");
    Compilation compilation = compile(file);
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation).hadErrorContaining("[A2uiBindableType] @A2uiBindableSince(V1_0) on Gauge.caption, of type"
            + " string: it marks a prop that holds a literal before that version and a binding or a call too from it"
            + " on. Give Gauge.caption the type DynamicString, DynamicNumber or DynamicBoolean, or remove"
            + " @A2uiBindableSince.")
        .inFile(file).onLineContaining("@A2uiBindableSince(A2uiVersion.V1_0) String caption");
  }

  /** A catalog component whose {@code style} prop holds enum {@code Style}, with {@code constants}. */
  private static JavaFileObject gaugeWithStyle(String constants) {
    return source("acme.Part", """
        package acme;
        import com.fasterxml.jackson.annotation.JsonProperty;
        import dev.widgetry.a2ui.A2uiCatalog;
        import dev.widgetry.a2ui.A2uiComponent;
        import dev.widgetry.a2ui.A2uiSince;
        import dev.widgetry.a2ui.A2uiUntil;
        import dev.widgetry.a2ui.A2uiVersion;
        import dev.widgetry.a2ui.AccessibilityAttributes;
        import dev.widgetry.annotations.Widget;
        @A2uiCatalog(id = "https://acme.example/catalog.json")
        @Widget(discriminator = "component")
        public sealed interface Part extends A2uiComponent permits Part.Gauge {
          @Widget
          record Gauge(
              @JsonProperty(required = true) String id,
              Style style,
              AccessibilityAttributes accessibility,
              Double weight) implements Part {
            public Gauge withId(String id) {
              return new Gauge(id, style, accessibility, weight);
            }
          }
          enum Style {
        """ + constants + """
          }
        }
        """);
  }

  /** A catalog component whose required {@code caption} is declared as {@code caption} says. */
  private static JavaFileObject gaugeWithRequired(String annotation, String caption) {
    return source("acme.Part", """
        package acme;
        import com.fasterxml.jackson.annotation.JsonProperty;
        import dev.widgetry.a2ui.A2uiCatalog;
        import dev.widgetry.a2ui.A2uiComponent;
        import dev.widgetry.a2ui.%s;
        import dev.widgetry.a2ui.A2uiVersion;
        import dev.widgetry.a2ui.AccessibilityAttributes;
        import dev.widgetry.a2ui.DynamicString;
        import dev.widgetry.annotations.Widget;
        @A2uiCatalog(id = "https://acme.example/catalog.json")
        @Widget(discriminator = "component")
        public sealed interface Part extends A2uiComponent permits Part.Gauge {
          @Widget
          record Gauge(
              @JsonProperty(required = true) String id,
              @JsonProperty(required = true) %s,
              AccessibilityAttributes accessibility,
              Double weight) implements Part {
            public Gauge withId(String id) {
              return new Gauge(id, caption, accessibility, weight);
            }
          }
        }
        """.formatted(annotation, caption));
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

  @Test
  void schemaTextThatIsNotAJsonObject() {
    JavaFileObject file = source("acme.Part", """
        package acme;
        import com.fasterxml.jackson.annotation.JsonProperty;
        import dev.widgetry.a2ui.A2uiCatalog;
        import dev.widgetry.a2ui.A2uiComponent;
        import dev.widgetry.a2ui.A2uiSchema;
        import dev.widgetry.a2ui.AccessibilityAttributes;
        import dev.widgetry.annotations.Widget;
        @A2uiCatalog(id = "https://acme.example/catalog.json")
        @Widget(discriminator = "component")
        public sealed interface Part extends A2uiComponent permits Part.Gauge {
          @Widget
          record Gauge(
              @JsonProperty(required = true) String id,
              @A2uiSchema("{minimum: 0}") Double value,
              AccessibilityAttributes accessibility,
              Double weight) implements Part {
            public Gauge withId(String id) {
              return new Gauge(id, value, accessibility, weight);
            }
          }
        }
        """);
    Compilation compilation = compile(file);
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation).hadErrorContaining("[InvalidA2uiSchema] @A2uiSchema on Gauge.value is not a JSON object:"
            + " Expected '\"' at offset 1. Write the JSON Schema keywords to merge, such as {\"minItems\": 1}.")
        .inFile(file).onLineContaining("@A2uiSchema(\"{minimum: 0}\")");
  }

  @Test
  void aThemeThatIsNotAJsonObject() {
    JavaFileObject file = source("acme.Part", catalog("Part", "Gauge").replace(
        "@A2uiCatalog(id = \"https://acme.example/catalog.json\")",
        "@A2uiCatalog(id = \"https://acme.example/catalog.json\", theme = \"[]\")"));
    Compilation compilation = compile(file);
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation).hadErrorContaining("[InvalidA2uiSchema] @A2uiCatalog(theme = ...) on Part is not a JSON"
            + " object: it is JSON, but not an object. Write the JSON Schema keywords to merge, such as"
            + " {\"minItems\": 1}.")
        .inFile(file).onLineContaining("@A2uiCatalog");
  }

  @Test
  void aCatalogThatExtendsTheBasicOneWithoutItOnTheClassPath() {
    JavaFileObject file = partWithoutWithId();
    Compilation compilation = compileWithoutA2ui(List.of(), file);
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation).hadErrorContaining("[MissingBasicCatalog] Catalog Part extends the basic catalog, whose"
            + " document (dev/widgetry/a2ui/basic/BasicComponent.a2ui-catalog.json) is not on the class path. Put"
            + " widgetry-a2ui on the class path, or say @A2uiCatalog(extendsBasic = false).")
        .inFile(file).onLineContaining("public sealed interface Part");
  }

  @Test
  void aCatalogThatExtendsABasicCatalogWithoutItsV1Document(@TempDir Path old) throws IOException {
    // A widgetry-a2ui from before v1.0 documents: the basic v0.9 document, and no v1.0 one beside it.
    Path basic = Files.createDirectories(old.resolve("dev/widgetry/a2ui/basic"));
    try (InputStream in = BasicComponent.class.getResourceAsStream("BasicComponent.a2ui-catalog.json")) {
      Files.copy(in, basic.resolve("BasicComponent.a2ui-catalog.json"));
    }
    JavaFileObject file = partWithoutWithId();
    Compilation compilation = compileWithoutA2ui(List.of(old.toFile()), file);
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation).hadErrorContaining("[MissingBasicCatalog] Catalog Part extends the basic catalog, whose"
            + " document (dev/widgetry/a2ui/basic/BasicComponent.a2ui-catalog.v1_0.json) is not on the class path. Put"
            + " widgetry-a2ui on the class path, or say @A2uiCatalog(extendsBasic = false).")
        .inFile(file).onLineContaining("public sealed interface Part");
  }

  /** {@code file} compiled with the stand-ins, on a class path without widgetry-a2ui but with {@code entries}. */
  private static Compilation compileWithoutA2ui(List<File> entries, JavaFileObject file) {
    List<File> classPath = Stream.concat(entries.stream(),
            Stream.of(System.getProperty("java.class.path").split(File.pathSeparator))
                .filter(entry -> !entry.contains(File.separator + "a2ui" + File.separator))
                .map(File::new))
        .collect(Collectors.toList());
    return com.google.testing.compile.Compiler.javac()
        .withProcessors(new WidgetProcessor())
        .withClasspath(classPath)
        .compile(STAND_IN_CATALOG, STAND_IN_COMPONENT, STAND_IN_ACCESSIBILITY, file);
  }

  /** A catalog whose component has no {@code withId}, which the stand-in {@code A2uiComponent} does not ask for. */
  private static JavaFileObject partWithoutWithId() {
    return source("acme.Part", catalog("Part", "Gauge").replace(
        "            public Gauge withId(String id) {\n              return new Gauge(id, accessibility, weight);\n            }\n",
        ""));
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
