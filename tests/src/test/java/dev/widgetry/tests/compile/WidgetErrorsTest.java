package dev.widgetry.tests.compile;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.widgetry.tests.compile.Compiler.compile;
import static dev.widgetry.tests.compile.Compiler.source;

import com.google.testing.compile.Compilation;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * Every compile error the processor reports about {@code @Widget} types: the whole message, and
 * the line it points at. Each case compiles nothing else wrong, so the error count is exact too.
 */
class WidgetErrorsTest {

  @Test
  void widgetOnAClass() {
    JavaFileObject file = source("test.Price", """
        package test;
        import dev.widgetry.annotations.Widget;
        @Widget
        public class Price {}
        """);
    Compilation compilation = compile(file);
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation).hadErrorContaining("[WidgetOnClass] @Widget goes on a record or a sealed interface, and"
            + " Price is a class. Declare it as a record: record Price(...) {}.")
        .inFile(file).onLineContaining("@Widget");
  }

  @Test
  void widgetOnAnEnum() {
    JavaFileObject file = source("test.Color", """
        package test;
        import dev.widgetry.annotations.Widget;
        @Widget enum Color { RED }
        """);
    Compilation compilation = compile(file);
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation).hadErrorContaining("[WidgetOnEnum] @Widget cannot go on enum Color: an enum is written as"
            + " a JSON string wherever a widget uses it, so it needs no annotation. Remove @Widget.")
        .inFile(file).onLineContaining("@Widget enum Color");
  }

  @Test
  void widgetOnAnInterfaceThatIsNotSealed() {
    JavaFileObject file = source("test.Shape", """
        package test;
        import dev.widgetry.annotations.Widget;
        @Widget interface Shape {}
        """);
    Compilation compilation = compile(file);
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation).hadErrorContaining("[WidgetOnOpenInterface] @Widget on interface Shape declares a union,"
            + " so the interface must be sealed: declare it as sealed interface Shape permits ... and list its"
            + " @Widget records.")
        .inFile(file).onLineContaining("@Widget interface Shape");
  }

  @Test
  void widgetOnAnAnnotationType() {
    JavaFileObject file = source("test.Marker", """
        package test;
        import dev.widgetry.annotations.Widget;
        @Widget @interface Marker {}
        """);
    Compilation compilation = compile(file);
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation).hadErrorContaining("[WidgetOnAnnotation] @Widget goes on a record or a sealed interface,"
            + " and Marker is an annotation type.")
        .inFile(file).onLineContaining("@Widget @interface Marker");
  }

  @Test
  void aGenericRecord() {
    JavaFileObject file = source("test.Box", """
        package test;
        import dev.widgetry.annotations.Widget;
        @Widget
        record Box<T>(
            T content) {}
        """);
    Compilation compilation = compile(file);
    assertThat(compilation).hadErrorCount(2);
    assertThat(compilation).hadErrorContaining("[GenericWidget] @Widget Box cannot have type parameters: its codec"
            + " must know every component's JSON type at compile time. Remove <T> and use concrete types.")
        .inFile(file).onLineContaining("@Widget");
    assertThat(compilation).hadErrorContaining("[TypeVariable] Component Box.content has type variable T, whose JSON"
            + " type is unknown at compile time. Use a concrete type.")
        .inFile(file).onLineContaining("T content");
  }

  @Test
  void aPrivateNestedRecord() {
    JavaFileObject file = source("test.Outer", """
        package test;
        import dev.widgetry.annotations.Widget;
        class Outer {
          @Widget
          private record Inner(String name) {}
        }
        """);
    Compilation compilation = compile(file);
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation).hadErrorContaining("[InaccessibleWidget] @Widget Inner is private, so its generated codec"
            + " cannot reach it. Make it package-private or public and nest it only in classes that are.")
        .inFile(file).onLineContaining("@Widget");
  }

  @Test
  void anInvalidTypeName() {
    JavaFileObject file = source("test.Card", """
        package test;
        import dev.widgetry.annotations.Widget;
        @Widget("card view!")
        record Card(String title) {}
        """);
    Compilation compilation = compile(file);
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation).hadErrorContaining("[InvalidTypeName] @Widget(\"card view!\") on Card is not a usable"
            + " type name: it has characters other than letters, digits and . _ -. Use letters, digits and . _ -,"
            + " or leave it empty for \"Card\".")
        .inFile(file).onLineContaining("@Widget(\"card view!\")");
  }

  @Test
  void aComponentOfANonDataClass() {
    JavaFileObject file = source("test.Job", """
        package test;
        import dev.widgetry.annotations.Widget;
        @Widget
        record Job(String name,
            Thread worker) {}
        """);
    Compilation compilation = compile(file);
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation).hadErrorContaining("[UnsupportedType] Component Job.worker has type java.lang.Thread,"
            + " which has no JSON form. Use a @Widget record, an enum, String, a number or boolean, List, Set,"
            + " Map<String, T>, Optional, a java.time date, or JsonNode.")
        .inFile(file).onLineContaining("Thread worker");
  }

  @Test
  void aComponentOfTypeObject() {
    JavaFileObject file = source("test.Holder", """
        package test;
        import dev.widgetry.annotations.Widget;
        @Widget
        record Holder(
            Object anything) {}
        """);
    Compilation compilation = compile(file);
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation).hadErrorContaining("[ObjectType] Component Holder.anything has type java.lang.Object,"
            + " which says nothing about its JSON. Use a @Widget record, a sealed @Widget interface for a choice of"
            + " records, or JsonNode for any JSON.")
        .inFile(file).onLineContaining("Object anything");
  }

  @Test
  void aRawList() {
    JavaFileObject file = source("test.Menu", """
        package test;
        import dev.widgetry.annotations.Widget;
        import java.util.List;
        @Widget
        @SuppressWarnings("rawtypes")
        record Menu(
            List items) {}
        """);
    Compilation compilation = compile(file);
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation).hadErrorContaining("[RawType] Component Menu.items has raw type java.util.List: name its"
            + " type arguments, as in List<String>.")
        .inFile(file).onLineContaining("List items");
  }

  @Test
  void aWildcard() {
    JavaFileObject file = source("test.Menu", """
        package test;
        import dev.widgetry.annotations.Widget;
        import java.util.List;
        @Widget
        record Menu(
            List<? extends Item> items) {}
        @Widget
        record Item(String label) {}
        """);
    Compilation compilation = compile(file);
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation).hadErrorContaining("[WildcardType] Component Menu.items has type"
            + " java.util.List<? extends test.Item>: a wildcard leaves the JSON type open. Name the type exactly, as"
            + " in List<Item>.")
        .inFile(file).onLineContaining("List<? extends Item> items");
  }

  @Test
  void aMapWithNonStringKeys() {
    JavaFileObject file = source("test.Scores", """
        package test;
        import dev.widgetry.annotations.Widget;
        import java.util.Map;
        @Widget
        record Scores(
            Map<Integer, String> byRank) {}
        """);
    Compilation compilation = compile(file);
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation).hadErrorContaining("[MapKeyNotString] Component Scores.byRank has type"
            + " java.util.Map<java.lang.Integer,java.lang.String>, but JSON object keys are strings. Use"
            + " Map<String, java.lang.String>.")
        .inFile(file).onLineContaining("Map<Integer, String> byRank");
  }

  @Test
  void aConcreteCollection() {
    JavaFileObject file = source("test.Basket", """
        package test;
        import dev.widgetry.annotations.Widget;
        import java.util.ArrayList;
        @Widget
        record Basket(
            ArrayList<String> fruit) {}
        """);
    Compilation compilation = compile(file);
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation).hadErrorContaining("[ConcreteCollection] Component Basket.fruit has type"
            + " java.util.ArrayList<java.lang.String>. Declare the interface instead, List<String>, and the parser"
            + " picks the implementation.")
        .inFile(file).onLineContaining("ArrayList<String> fruit");
  }

  @Test
  void anOptionalInsideAList() {
    JavaFileObject file = source("test.Survey", """
        package test;
        import dev.widgetry.annotations.Widget;
        import java.util.List;
        import java.util.Optional;
        @Widget
        record Survey(
            List<Optional<String>> answers) {}
        """);
    Compilation compilation = compile(file);
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation).hadErrorContaining("[OptionalInside] Component Survey.answers has type"
            + " java.util.Optional<java.lang.String>: Optional marks a component that may be absent, not an element"
            + " or a map value. Use java.lang.String instead.")
        .inFile(file).onLineContaining("List<Optional<String>> answers");
  }

  @Test
  void anArrayOfAGenericType() {
    JavaFileObject file = source("test.Grid", """
        package test;
        import dev.widgetry.annotations.Widget;
        import java.util.List;
        @Widget
        record Grid(
            List<String>[] rows) {}
        """);
    Compilation compilation = compile(file);
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation).hadErrorContaining("[GenericArray] Component Grid.rows has type"
            + " java.util.List<java.lang.String>[]: Java cannot create arrays of it. Use"
            + " List<java.util.List<java.lang.String>>.")
        .inFile(file).onLineContaining("List<String>[] rows");
  }

  @Test
  void aRecordThatIsNotAWidget() {
    JavaFileObject file = source("test.Order", """
        package test;
        import dev.widgetry.annotations.Widget;
        @Widget
        record Order(
            Address shipTo) {}
        record Address(String street) {}
        """);
    Compilation compilation = compile(file);
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation).hadErrorContaining("[NotAWidget] Component Order.shipTo has type test.Address, a record"
            + " that is not a @Widget, so it has no codec. Annotate Address with @Widget.")
        .inFile(file).onLineContaining("Address shipTo");
  }

  @Test
  void aComponentTypeTheCodecCannotName() {
    JavaFileObject file = source("test.Lamp", """
        package test;
        import dev.widgetry.annotations.Widget;
        class Lamp {
          private enum Mode { ON, OFF }
          @Widget
          record State(
              Mode mode) {}
        }
        """);
    Compilation compilation = compile(file);
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation).hadErrorContaining("[InaccessibleType] Component State.mode has type test.Lamp.Mode,"
            + " which is private, so the generated codec cannot name it. Make it package-private or public.")
        .inFile(file).onLineContaining("Mode mode");
  }

  @Test
  void twoComponentsWithOneJsonName() {
    JavaFileObject file = source("test.Contact", """
        package test;
        import com.fasterxml.jackson.annotation.JsonProperty;
        import dev.widgetry.annotations.Widget;
        @Widget
        record Contact(String email,
            @JsonProperty("email") String backupEmail) {}
        """);
    Compilation compilation = compile(file);
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation).hadErrorContaining("[DuplicateJsonName] Components email and backupEmail of Contact both"
            + " have the JSON name \"email\". Rename one, or give it another name with @JsonProperty.")
        .inFile(file).onLineContaining("String backupEmail");
  }

  @Test
  void aBlankJsonPropertyName() {
    JavaFileObject file = source("test.Note", """
        package test;
        import com.fasterxml.jackson.annotation.JsonProperty;
        import dev.widgetry.annotations.Widget;
        @Widget
        record Note(
            @JsonProperty("  ") String text) {}
        """);
    Compilation compilation = compile(file);
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation).hadErrorContaining("[BlankJsonName] @JsonProperty on text gives a blank name. Give a"
            + " name, or remove the annotation to use \"text\".")
        .inFile(file).onLineContaining("@JsonProperty(\"  \")");
  }

  @Test
  void aJsonPropertyNameWithSurroundingWhitespace() {
    JavaFileObject file = source("test.Note", """
        package test;
        import com.fasterxml.jackson.annotation.JsonProperty;
        import dev.widgetry.annotations.Widget;
        @Widget
        record Note(
            @JsonProperty(" text") String text) {}
        """);
    Compilation compilation = compile(file);
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation).hadErrorContaining("[InvalidJsonName] @JsonProperty on text gives \" text\", which starts"
            + " or ends with whitespace. Use a name without control characters or surrounding whitespace.")
        .inFile(file).onLineContaining("@JsonProperty(\" text\")");
  }

  @Test
  void aJsonPropertyNameWithAControlCharacter() {
    JavaFileObject file = source("test.Note", """
        package test;
        import com.fasterxml.jackson.annotation.JsonProperty;
        import dev.widgetry.annotations.Widget;
        @Widget
        record Note(
            @JsonProperty("te\\u0007xt") String text) {}
        """);
    Compilation compilation = compile(file);
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation).hadErrorContaining("which contains a control character")
        .inFile(file).onLineContaining("@JsonProperty(\"te");
  }

  @Test
  void twoEnumConstantsWithOneJsonName() {
    JavaFileObject file = source("test.Badge", """
        package test;
        import com.fasterxml.jackson.annotation.JsonProperty;
        import dev.widgetry.annotations.Widget;
        @Widget
        record Badge(Size size) {}
        enum Size {
          SMALL,
          @JsonProperty("SMALL") TINY
        }
        """);
    Compilation compilation = compile(file);
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation).hadErrorContaining("[DuplicateEnumName] Constants SMALL and TINY of enum Size both have"
            + " the JSON name \"SMALL\". Give one another name with @JsonProperty.")
        .inFile(file).onLineContaining("TINY");
  }

  @Test
  void aTaggedMemberWithAComponentNamedType() {
    JavaFileObject file = source("test.Event", """
        package test;
        import dev.widgetry.annotations.Widget;
        @Widget
        sealed interface Event permits Click {}
        @Widget
        record Click(
            String type) implements Event {}
        """);
    Compilation compilation = compile(file);
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation).hadErrorContaining("[ReservedTypeProperty] Component type of Click has the JSON name"
            + " \"type\", which holds Click's type name because it belongs to union Event. Rename it, or give it"
            + " another JSON name with @JsonProperty.")
        .inFile(file).onLineContaining("String type");
  }

  @Test
  void aNamedRecordWithAComponentNamedType() {
    JavaFileObject file = source("test.Row", """
        package test;
        import dev.widgetry.annotations.Widget;
        @Widget("Table.Row")
        record Row(
            String type) {}
        """);
    Compilation compilation = compile(file);
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation).hadErrorContaining("[ReservedTypeProperty] Component type of Row has the JSON name"
            + " \"type\", which holds Row's type name because @Widget names it \"Table.Row\".")
        .inFile(file).onLineContaining("String type");
  }

  @Test
  void aBuilderOnAUnion() {
    JavaFileObject file = source("test.Shape", """
        package test;
        import dev.widgetry.annotations.Widget;
        import dev.widgetry.annotations.WidgetBuilder;
        @Widget
        @WidgetBuilder
        sealed interface Shape permits Circle {}
        @Widget
        record Circle(double radius) implements Shape {}
        """);
    Compilation compilation = compile(file);
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation).hadErrorContaining("[BuilderWithoutRecord] @WidgetBuilder goes on a @Widget record, and"
            + " Shape is a union. Remove @WidgetBuilder, or make Shape a @Widget record.")
        .inFile(file).onLineContaining("@WidgetBuilder");
  }

  @Test
  void aBuilderWithoutWidget() {
    JavaFileObject file = source("test.Point", """
        package test;
        import dev.widgetry.annotations.WidgetBuilder;
        @WidgetBuilder
        record Point(int x, int y) {}
        """);
    Compilation compilation = compile(file);
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation).hadErrorContaining("[BuilderWithoutRecord] @WidgetBuilder goes on a @Widget record, and"
            + " Point is not a @Widget. Remove @WidgetBuilder, or make Point a @Widget record.")
        .inFile(file).onLineContaining("@WidgetBuilder");
  }

  @Test
  void aUnionMemberThatIsNotAWidget() {
    JavaFileObject file = source("test.Shape", """
        package test;
        import dev.widgetry.annotations.Widget;
        @Widget
        sealed interface Shape permits Circle, Square {}
        @Widget
        record Circle(double radius) implements Shape {}
        record Square(double side) implements Shape {}
        """);
    Compilation compilation = compile(file);
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation).hadErrorContaining("[UnionMemberNotWidget] Square is permitted by the sealed @Widget"
            + " interface Shape but is not a @Widget. Annotate Square with @Widget.")
        .inFile(file).onLineContaining("record Square");
  }

  @Test
  void aUnionMemberThatIsAClass() {
    JavaFileObject file = source("test.Shape", """
        package test;
        import dev.widgetry.annotations.Widget;
        @Widget
        sealed interface Shape permits Circle, Blob {}
        @Widget
        record Circle(double radius) implements Shape {}
        final class Blob implements Shape {}
        """);
    Compilation compilation = compile(file);
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation).hadErrorContaining("[UnionMemberNotRecord] Blob is permitted by the sealed @Widget"
            + " interface Shape but is a class. The members of a union are @Widget records, or sealed @Widget"
            + " interfaces of them.")
        .inFile(file).onLineContaining("final class Blob");
  }

  @Test
  void twoUnionMembersWithOneTypeName() {
    JavaFileObject file = source("test.Shape", """
        package test;
        import dev.widgetry.annotations.Widget;
        @Widget
        sealed interface Shape permits Circle, Ring {}
        @Widget
        record Circle(double radius) implements Shape {}
        @Widget("Circle")
        record Ring(double inner, double outer) implements Shape {}
        """);
    Compilation compilation = compile(file);
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation).hadErrorContaining("[DuplicateTypeName] Members Circle and Ring of union Shape both have"
            + " the type name \"Circle\". Give one another name with @Widget(\"...\").")
        .inFile(file).onLineContaining("@Widget(\"Circle\")");
  }

  @Test
  void anAmbiguousUntaggedUnion() {
    JavaFileObject file = source("test.Size", """
        package test;
        import com.fasterxml.jackson.annotation.JsonValue;
        import dev.widgetry.annotations.Widget;
        @Widget
        sealed interface Size permits Size.Pixels, Size.Points {
          @Widget record Pixels(@JsonValue int value) implements Size {}
          @Widget record Points(@JsonValue double value) implements Size {}
        }
        """);
    Compilation compilation = compile(file);
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation).hadErrorContaining("[AmbiguousUntaggedUnion] Untagged union Size cannot tell Size.Pixels"
            + " from Size.Points: both are written as a number. Make their JSON kinds differ (a number, a string, an"
            + " object...), or give the objects properties of their own; or remove @JsonValue from every member so"
            + " that the union is tagged by \"type\".")
        .inFile(file).onLineContaining("sealed interface Size");
  }

  @Test
  void anUntaggedUnionOfObjectsWithTheSameProperties() {
    JavaFileObject file = source("test.Frame", """
        package test;
        import com.fasterxml.jackson.annotation.JsonValue;
        import dev.widgetry.annotations.Widget;
        @Widget
        sealed interface Frame permits Frame.Width, Frame.Thin, Frame.Thick {
          @Widget record Width(@JsonValue int value) implements Frame {}
          @Widget record Thin(int size) implements Frame {}
          @Widget record Thick(int size, String color) implements Frame {}
        }
        """);
    Compilation compilation = compile(file);
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation).hadErrorContaining("cannot tell Frame.Thin from Frame.Thick: both are written as objects"
            + " whose property names do not tell them apart.")
        .inFile(file).onLineContaining("sealed interface Frame");
  }

  @Test
  void aDeducedUnionOfObjectsWithTheSameProperties() {
    JavaFileObject file = source("test.Status", """
        package test;
        import com.fasterxml.jackson.annotation.JsonTypeInfo;
        import dev.widgetry.annotations.Widget;
        @Widget
        @JsonTypeInfo(use = JsonTypeInfo.Id.DEDUCTION)
        sealed interface Status permits Status.Short, Status.Long {
          @Widget record Short(String text) implements Status {}
          @Widget record Long(String text) implements Status {}
        }
        """);
    Compilation compilation = compile(file);
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation).hadErrorContaining("[AmbiguousUntaggedUnion] Untagged union Status cannot tell Status.Short"
            + " from Status.Long: both are written as objects whose property names do not tell them apart. Give each"
            + " of them a property the other does not have, so that the properties present tell them apart; or"
            + " remove @JsonTypeInfo(use = DEDUCTION) so that the union is tagged by \"type\".")
        .inFile(file).onLineContaining("sealed interface Status");
  }

  @Test
  void aDeducedUnionWithValueMembersThatShareAKind() {
    JavaFileObject file = source("test.Amount", """
        package test;
        import com.fasterxml.jackson.annotation.JsonTypeInfo;
        import com.fasterxml.jackson.annotation.JsonValue;
        import dev.widgetry.annotations.Widget;
        @Widget
        @JsonTypeInfo(use = JsonTypeInfo.Id.DEDUCTION)
        sealed interface Amount permits Amount.Cents, Amount.Units, Amount.Priced {
          @Widget record Cents(@JsonValue long value) implements Amount {}
          @Widget record Units(@JsonValue int value) implements Amount {}
          @Widget record Priced(long cents, String currency) implements Amount {}
        }
        """);
    Compilation compilation = compile(file);
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation).hadErrorContaining("[AmbiguousUntaggedUnion] Untagged union Amount cannot tell Amount.Cents"
            + " from Amount.Units: both are written as a number. Make their JSON kinds differ (a number, a string, an"
            + " object...), or give the objects properties of their own; or remove @JsonTypeInfo(use = DEDUCTION),"
            + " and @JsonValue from every member, so that the union is tagged by \"type\".")
        .inFile(file).onLineContaining("sealed interface Amount");
  }

  @Test
  void jsonValueOnARecordWithMoreThanOneComponent() {
    JavaFileObject file = source("test.Money", """
        package test;
        import com.fasterxml.jackson.annotation.JsonValue;
        import dev.widgetry.annotations.Widget;
        @Widget
        record Money(
            @JsonValue long cents, String currency) {}
        """);
    Compilation compilation = compile(file);
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation).hadErrorContaining("[JsonValueNotSole] @JsonValue on Money.cents: a record written as"
            + " one value must have exactly one component, and Money has 2. Remove @JsonValue, or split the record.")
        .inFile(file).onLineContaining("@JsonValue long cents");
  }

  @Test
  void aConstraintOnATypeItDoesNotApplyTo() {
    JavaFileObject file = source("test.Counter", """
        package test;
        import dev.widgetry.annotations.Widget;
        import dev.widgetry.tests.constraints.NotBlank;
        @Widget
        record Counter(
            @NotBlank int count) {}
        """);
    Compilation compilation = compile(file);
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation).hadErrorContaining("[ConstraintNotApplicable] @NotBlank on Counter.count does not apply"
            + " to int. It applies to strings.")
        .inFile(file).onLineContaining("@NotBlank int count");
  }

  @Test
  void aSizeThatAdmitsNoSize() {
    JavaFileObject file = source("test.Team", """
        package test;
        import dev.widgetry.annotations.Widget;
        import dev.widgetry.tests.constraints.Size;
        import java.util.List;
        @Widget
        record Team(
            @Size(min = 5, max = 2) List<String> members) {}
        """);
    Compilation compilation = compile(file);
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation).hadErrorContaining("[InvalidConstraint] @Size on Team.members: min 5 and max 2 admit no"
            + " size; use 0 <= min <= max.")
        .inFile(file).onLineContaining("@Size(min = 5, max = 2)");
  }

  @Test
  void aPatternThatIsNotARegularExpression() {
    JavaFileObject file = source("test.Code", """
        package test;
        import dev.widgetry.annotations.Widget;
        import dev.widgetry.tests.constraints.Pattern;
        @Widget
        record Code(
            @Pattern(regexp = "[A-Z") String value) {}
        """);
    Compilation compilation = compile(file);
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation).hadErrorContaining("[InvalidConstraint] @Pattern on Code.value: \"[A-Z\" is not a valid"
            + " regular expression (Unclosed character class).")
        .inFile(file).onLineContaining("@Pattern(regexp = \"[A-Z\")");
  }

  @Test
  void aDecimalBoundThatIsNotANumber() {
    JavaFileObject file = source("test.Price", """
        package test;
        import dev.widgetry.annotations.Widget;
        import dev.widgetry.tests.constraints.DecimalMax;
        import java.math.BigDecimal;
        @Widget
        record Price(
            @DecimalMax("lots") BigDecimal amount) {}
        """);
    Compilation compilation = compile(file);
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation).hadErrorContaining("[InvalidConstraint] @DecimalMax on Price.amount: \"lots\" is not a"
            + " decimal number.")
        .inFile(file).onLineContaining("@DecimalMax(\"lots\")");
  }

  @Test
  void aTypeThatNeverAppears() {
    JavaFileObject file = source("test.Ticket", """
        package test;
        import dev.widgetry.annotations.Widget;
        @Widget
        record Ticket(
            Seat seat) {}
        """);
    Compilation compilation = compile(file);
    assertThat(compilation).failed();
    assertThat(compilation).hadErrorContaining("cannot find symbol");
    assertThat(compilation).hadErrorContaining("[UnresolvedType] Ticket refers to Seat, which was still missing when"
            + " annotation processing ended, so no codec was generated for it. Fix the error javac reports for"
            + " Ticket.")
        .inFile(file).onLineContaining("record Ticket");
  }

  @Test
  void twoWidgetsWhoseCodecsWouldShareAName() {
    JavaFileObject nested = source("test.Outer", """
        package test;
        import dev.widgetry.annotations.Widget;
        class Outer {
          @Widget record Inner(int a) {}
        }
        """);
    JavaFileObject flat = source("test.Outer_Inner", """
        package test;
        import dev.widgetry.annotations.Widget;
        @Widget
        record Outer_Inner(int b) {}
        """);
    Compilation compilation = compile(nested, flat);
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation).hadErrorContaining("[GeneratedNameClash] test.Outer.Inner and test.Outer_Inner would both"
            + " generate test.Outer_InnerWidgetCodec. Rename one of them.")
        .inFile(flat).onLineContaining("record Outer_Inner");
  }

  @Test
  void everyProblemInABuildIsReported() {
    JavaFileObject file = source("test.Many", """
        package test;
        import dev.widgetry.annotations.Widget;
        import java.util.Map;
        class Many {
          @Widget class NotARecord {}
          @Widget record A(Object first, Thread second) {}
          @Widget record B(Map<Long, String> third) {}
          @Widget record Fine(String ok) {}
        }
        """);
    Compilation compilation = compile(file);
    assertThat(compilation).hadErrorCount(4);
    assertThat(compilation).hadErrorContaining("[WidgetOnClass]").inFile(file).onLineContaining("class NotARecord");
    assertThat(compilation).hadErrorContaining("[ObjectType]").inFile(file).onLineContaining("record A");
    assertThat(compilation).hadErrorContaining("[UnsupportedType]").inFile(file).onLineContaining("record A");
    assertThat(compilation).hadErrorContaining("[MapKeyNotString]").inFile(file).onLineContaining("record B");
  }

  @Test
  void aWidgetThatDependsOnABrokenOneIsSkippedQuietly() {
    JavaFileObject file = source("test.Page", """
        package test;
        import dev.widgetry.annotations.Widget;
        @Widget
        record Page(Section section) {}
        @Widget
        record Section(Object body) {}
        """);
    Compilation compilation = compile(file);
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation).hadErrorContaining("[ObjectType] Component Section.body");
  }
}
