package dev.widgetry.tests.compile;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.widgetry.tests.compile.Compiler.compile;
import static dev.widgetry.tests.compile.Compiler.source;

import com.google.testing.compile.Compilation;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** Every compile error about {@code @Widget(discriminator = ...)}: the whole message and its line. */
class DiscriminatorErrorsTest {

  @Test
  void aDiscriminatorOnARecord() {
    JavaFileObject file = source("test.Text", """
        package test;
        import dev.widgetry.annotations.Widget;
        @Widget(discriminator = "component")
        record Text(String text) {}
        """);
    Compilation compilation = compile(file);
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation).hadErrorContaining("[DiscriminatorOnRecord] @Widget(discriminator = \"component\") on record"
            + " Text: a discriminator names the property a union's members are tagged by, so it goes on the sealed"
            + " @Widget interface that permits Text. Move it there.")
        .inFile(file).onLineContaining("@Widget(discriminator");
  }

  @Test
  void aBlankDiscriminator() {
    JavaFileObject file = source("test.Part", """
        package test;
        import dev.widgetry.annotations.Widget;
        @Widget(discriminator = " ")
        sealed interface Part permits Bolt {}
        @Widget
        record Bolt(int size) implements Part {}
        """);
    Compilation compilation = compile(file);
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation).hadErrorContaining("[InvalidDiscriminator] @Widget(discriminator = \" \") on Part is not a"
            + " usable property name: it is blank. Give a JSON property name such as \"component\", or leave it out"
            + " for \"type\".")
        .inFile(file).onLineContaining("@Widget(discriminator");
  }

  @Test
  void aDiscriminatorWithSurroundingWhitespace() {
    JavaFileObject file = source("test.Part", """
        package test;
        import dev.widgetry.annotations.Widget;
        @Widget(discriminator = "kind ")
        sealed interface Part permits Bolt {}
        @Widget
        record Bolt(int size) implements Part {}
        """);
    Compilation compilation = compile(file);
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation).hadErrorContaining("[InvalidDiscriminator] @Widget(discriminator = \"kind \") on Part is"
            + " not a usable property name: it starts or ends with whitespace. Give a JSON property name such as"
            + " \"component\", or leave it out for \"type\".")
        .inFile(file).onLineContaining("@Widget(discriminator");
  }

  @Test
  void aDiscriminatorOnAUnionToldApartByJsonKind() {
    JavaFileObject file = source("test.Size", """
        package test;
        import com.fasterxml.jackson.annotation.JsonValue;
        import dev.widgetry.annotations.Widget;
        @Widget(discriminator = "kind")
        sealed interface Size permits Px, Named {}
        @Widget
        record Px(@JsonValue int px) implements Size {}
        @Widget
        record Named(String name) implements Size {}
        """);
    Compilation compilation = compile(file);
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation).hadErrorContaining("[DiscriminatorOnUntaggedUnion] @Widget(discriminator = \"kind\") on"
            + " Size: the union is untagged (Px is written as a bare value (@JsonValue), so members are told apart by"
            + " JSON kind), so no property holds its members' names. Remove the discriminator, or remove @JsonValue"
            + " from every member so that the union is tagged.")
        .inFile(file).onLineContaining("@Widget(discriminator");
  }

  @Test
  void aDiscriminatorOnAUnionDeducedByItsProperties() {
    JavaFileObject file = source("test.Action", """
        package test;
        import com.fasterxml.jackson.annotation.JsonTypeInfo;
        import dev.widgetry.annotations.Widget;
        @Widget(discriminator = "kind")
        @JsonTypeInfo(use = JsonTypeInfo.Id.DEDUCTION)
        sealed interface Action permits Send, Open {}
        @Widget
        record Send(String event) implements Action {}
        @Widget
        record Open(String url) implements Action {}
        """);
    Compilation compilation = compile(file);
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation).hadErrorContaining("[DiscriminatorOnUntaggedUnion] @Widget(discriminator = \"kind\") on"
            + " Action: the union is untagged (@JsonTypeInfo(use = DEDUCTION) tells its members apart by their"
            + " properties), so no property holds its members' names. Remove the discriminator, or remove"
            + " @JsonTypeInfo(use = DEDUCTION) so that the union is tagged.")
        .inFile(file).onLineContaining("@Widget(discriminator");
  }

  @Test
  void aRecordInTwoUnionsTaggedDifferently() {
    JavaFileObject file = source("test.Both", """
        package test;
        import dev.widgetry.annotations.Widget;
        @Widget(discriminator = "component")
        sealed interface Component permits Both {}
        @Widget
        sealed interface Node permits Both {}
        @Widget
        record Both(String text) implements Component, Node {}
        """);
    Compilation compilation = compile(file);
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation).hadErrorContaining("[ConflictingDiscriminators] Record Both belongs to union Component,"
            + " tagged by \"component\", and to union Node, tagged by \"type\", but its records write one tag"
            + " property. Give Component and Node the same discriminator, or split Both.")
        .inFile(file).onLineContaining("record Both");
  }

  @Test
  void aNestedUnionThatNamesAnotherDiscriminatorThanItsParent() {
    JavaFileObject file = source("test.Call", """
        package test;
        import dev.widgetry.annotations.Widget;
        @Widget(discriminator = "call")
        sealed interface Call permits Format {}
        @Widget(discriminator = "fn")
        sealed interface Format extends Call permits Upper {}
        @Widget
        record Upper(String value) implements Format {}
        """);
    Compilation compilation = compile(file);
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation).hadErrorContaining("[ConflictingDiscriminators] @Widget(discriminator = \"fn\") on Format"
            + " differs from \"call\", the discriminator of union Call, which permits it, and its records belong to"
            + " both unions. Use \"call\", or leave it out to inherit it.")
        .inFile(file).onLineContaining("@Widget(discriminator = \"fn\")");
  }

  @Test
  void aMemberWithAComponentNamedAsTheDiscriminator() {
    JavaFileObject file = source("test.Text", """
        package test;
        import dev.widgetry.annotations.Widget;
        @Widget(discriminator = "component")
        sealed interface Component permits Text {}
        @Widget
        record Text(
            String component) implements Component {}
        """);
    Compilation compilation = compile(file);
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation).hadErrorContaining("[ReservedTypeProperty] Component component of Text has the JSON name"
            + " \"component\", which holds Text's type name because it belongs to union Component. Rename it, or"
            + " give it another JSON name with @JsonProperty.")
        .inFile(file).onLineContaining("String component");
  }

  @Test
  void aTypePropertyIsFineWhenTheDiscriminatorIsAnother() {
    JavaFileObject file = source("test.Component", """
        package test;
        import dev.widgetry.annotations.Widget;
        @Widget(discriminator = "component")
        sealed interface Component permits Component.Input {
          @Widget
          record Input(String type) implements Component {}
        }
        """);
    assertThat(compile(file)).succeededWithoutWarnings();
  }

  @Test
  void twoMembersWithOneNameInTheDiscriminator() {
    JavaFileObject file = source("test.Component", """
        package test;
        import dev.widgetry.annotations.Widget;
        @Widget(discriminator = "component")
        sealed interface Component permits Text, Label {}
        @Widget
        record Text(String text) implements Component {}
        @Widget("Text")
        record Label(String text) implements Component {}
        """);
    Compilation compilation = compile(file);
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation).hadErrorContaining("[DuplicateTypeName] Members Text and Label of union Component both"
            + " have the \"component\" name \"Text\". Give one another name with @Widget(\"...\").")
        .inFile(file).onLineContaining("@Widget(\"Text\")");
  }

  @Test
  void aNestedTaggedUnionThatCannotBeToldFromAnotherObjectMember() {
    JavaFileObject file = source("test.Value", """
        package test;
        import com.fasterxml.jackson.annotation.JsonValue;
        import dev.widgetry.annotations.Widget;
        @Widget
        sealed interface Value permits Literal, Named, Call {}
        @Widget
        record Literal(@JsonValue String text) implements Value {}
        @Widget
        record Named(String call, String args) implements Value {}
        @Widget(discriminator = "call")
        sealed interface Call extends Value permits Upper {}
        @Widget("upper")
        record Upper(String args) implements Call {}
        """);
    Compilation compilation = compile(file);
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation).hadErrorContaining("[AmbiguousUntaggedUnion] Untagged union Value cannot tell Named from"
            + " Call: both are written as objects whose property names do not tell them apart.")
        .inFile(file).onLineContaining("sealed interface Value");
  }
}
