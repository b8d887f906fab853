package dev.widgetry.tests.compile;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.widgetry.tests.compile.Compiler.compile;
import static dev.widgetry.tests.compile.Compiler.source;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import dev.widgetry.runtime.internal.StrictSchemas;
import java.io.IOException;
import javax.tools.JavaFileObject;
import javax.tools.StandardLocation;
import org.junit.jupiter.api.Test;

/**
 * The generated code and schemas of a handful of representative widgets, held to reviewed golden
 * copies; and the promise that the same input always gives byte-identical output.
 */
class GeneratedSourcesTest {
  private static final JavaFileObject PRODUCT = source("shop.Product", """
      package shop;

      import com.fasterxml.jackson.annotation.JsonProperty;
      import dev.widgetry.annotations.Widget;
      import dev.widgetry.tests.constraints.NotBlank;
      import dev.widgetry.tests.constraints.Positive;
      import java.math.BigDecimal;
      import java.util.List;
      import java.util.Map;
      import java.util.Optional;
      import java.util.OptionalInt;

      /**
       * Something a shop sells.
       *
       * @param name the name on the shelf
       * @param price what it costs, in euros
       * @param stock how many are left, when counted
       */
      @Widget
      public record Product(
          @NotBlank String name,
          @Positive BigDecimal price,
          OptionalInt stock,
          Optional<String> note,
          List<String> tags,
          Map<String, Integer> ratings,
          @JsonProperty("size") Size fit,
          int packSize,
          boolean featured,
          Boolean onSale,
          Long sku) {

        public enum Size {
          @JsonProperty("sm") SMALL,
          @JsonProperty("2xl") HUGE
        }
      }
      """);

  private static final JavaFileObject NODE = source("shop.Node", """
      package shop;

      import dev.widgetry.annotations.Widget;
      import java.util.List;

      /** A piece of a page. */
      @Widget
      public sealed interface Node permits Node.Text, Node.Box {

        /** Some text. */
        @Widget
        record Text(String value) implements Node {}

        /** A box around other nodes. */
        @Widget
        record Box(List<Node> children) implements Node {}
      }
      """);

  private static final JavaFileObject SPACING = source("shop.Spacing", """
      package shop;

      import com.fasterxml.jackson.annotation.JsonValue;
      import dev.widgetry.annotations.Widget;

      /** Space around something: units, a CSS length, or per side. */
      @Widget
      public sealed interface Spacing permits Spacing.Units, Spacing.Css, Spacing.Sides, Spacing.Axes {

        @Widget
        record Units(@JsonValue double value) implements Spacing {}

        @Widget
        record Css(@JsonValue String value) implements Spacing {}

        @Widget
        record Sides(Double top, Double right, Double bottom, Double left) implements Spacing {}

        @Widget
        record Axes(Double x, Double y) implements Spacing {}
      }
      """);

  @Test
  void aRecordWithConstraintsOptionalsContainersAndAnEnum() throws IOException {
    Compilation compilation = compile(PRODUCT);

    assertThat(compilation).succeededWithoutWarnings();
    GoldenFiles.assertMatches("shop/ProductWidgetCodec.java", generatedSource(compilation, "shop.ProductWidgetCodec"));
    GoldenFiles.assertMatches("shop/Product.schema.json", AssembledSchemas.of("shop/Product.schema.json", compilation));
    // The part shipped: the widget's own definitions, the widgets and enums it reaches by name.
    GoldenFiles.assertMatches("shop/parts/Product.schema.json", resource(compilation, "shop/Product.schema.json"));
    // The runtime derives the strict flavour and the tool definition from the one schema shipped.
    assertNoResource(compilation, "shop/Product.strict.schema.json");
    assertNoResource(compilation, "shop/Product.tool.json");
    String schema = AssembledSchemas.of("shop/Product.schema.json", compilation);
    GoldenFiles.assertMatches("shop/Product.strict.schema.json", StrictSchemas.strict(schema));
    GoldenFiles.assertMatches("shop/Product.tool.json", StrictSchemas.toolDefinition("Product", schema));
  }

  /** Thirteen members: more than one method of the union's writer holds, so the writer is a chain of them. */
  private static final JavaFileObject BLOCK = source("shop.Block", """
      package shop;

      import dev.widgetry.annotations.Widget;

      /** A block of a page, of many kinds. */
      @Widget
      public sealed interface Block permits Block.Title, Block.Caption, Block.Badge, Block.Icon, Block.Image,
          Block.Divider, Block.Spacer, Block.Button, Block.Link, Block.Chip, Block.Avatar, Block.Progress,
          Block.Rating {

        @Widget record Title(String value) implements Block {}
        @Widget record Caption(String value) implements Block {}
        @Widget record Badge(String value) implements Block {}
        @Widget record Icon(String value) implements Block {}
        @Widget record Image(String value) implements Block {}
        @Widget record Divider(String value) implements Block {}
        @Widget record Spacer(String value) implements Block {}
        @Widget record Button(String value) implements Block {}
        @Widget record Link(String value) implements Block {}
        @Widget record Chip(String value) implements Block {}
        @Widget record Avatar(String value) implements Block {}
        @Widget record Progress(String value) implements Block {}
        @Widget record Rating(String value) implements Block {}
      }
      """);

  @Test
  void aTaggedUnionAndItsMembers() throws IOException {
    Compilation compilation = compile(NODE);

    assertThat(compilation).succeededWithoutWarnings();
    GoldenFiles.assertMatches("shop/NodeWidgetCodec.java", generatedSource(compilation, "shop.NodeWidgetCodec"));
    GoldenFiles.assertMatches("shop/Node_BoxWidgetCodec.java", generatedSource(compilation, "shop.Node_BoxWidgetCodec"));
    GoldenFiles.assertMatches("shop/Node.schema.json", AssembledSchemas.of("shop/Node.schema.json", compilation));
    // The part shipped: the widget's own definitions, the widgets and enums it reaches by name.
    GoldenFiles.assertMatches("shop/parts/Node.schema.json", resource(compilation, "shop/Node.schema.json"));
    assertNoResource(compilation, "shop/Node.strict.schema.json");
    GoldenFiles.assertMatches("shop/Node.strict.schema.json",
        StrictSchemas.strict(AssembledSchemas.of("shop/Node.schema.json", compilation)));
  }

  @Test
  void aUnionOfMoreMembersThanOneWriterMethodHolds() {
    Compilation compilation = compile(BLOCK);

    assertThat(compilation).succeededWithoutWarnings();
    GoldenFiles.assertMatches("shop/BlockWidgetCodec.java", generatedSource(compilation, "shop.BlockWidgetCodec"));
  }

  @Test
  void anUntaggedUnionOfValuesAndObjects() {
    Compilation compilation = compile(SPACING);

    assertThat(compilation).succeededWithoutWarnings();
    GoldenFiles.assertMatches("shop/SpacingWidgetCodec.java", generatedSource(compilation, "shop.SpacingWidgetCodec"));
    GoldenFiles.assertMatches("shop/Spacing_UnitsWidgetCodec.java",
        generatedSource(compilation, "shop.Spacing_UnitsWidgetCodec"));
    GoldenFiles.assertMatches("shop/Spacing.schema.json", AssembledSchemas.of("shop/Spacing.schema.json", compilation));
    // The part shipped: the widget's own definitions, the widgets and enums it reaches by name.
    GoldenFiles.assertMatches("shop/parts/Spacing.schema.json", resource(compilation, "shop/Spacing.schema.json"));
  }

  @Test
  void aUnionTaggedByAnotherPropertyAndOneNestedInAnUntaggedUnion() {
    JavaFileObject part = source("shop.Part", """
        package shop;

        import dev.widgetry.annotations.Widget;

        /** A part of a surface, tagged by "component" as A2UI tags them. */
        @Widget(discriminator = "component")
        public sealed interface Part permits Part.Label {

          /** Text on a surface. */
          @Widget
          record Label(String id, Dynamic text) implements Part {}
        }
        """);
    JavaFileObject dynamic = source("shop.Dynamic", """
        package shop;

        import com.fasterxml.jackson.annotation.JsonValue;
        import dev.widgetry.annotations.Widget;

        /** A literal, a binding, or a call: a tagged union inside an untagged one. */
        @Widget
        public sealed interface Dynamic permits Dynamic.Literal, Dynamic.Path, Call {

          @Widget
          record Literal(@JsonValue String value) implements Dynamic {}

          @Widget
          record Path(String path) implements Dynamic {}
        }
        """);
    JavaFileObject call = source("shop.Call", """
        package shop;

        import dev.widgetry.annotations.Widget;

        /** A function call, tagged by "call". */
        @Widget(discriminator = "call")
        public sealed interface Call extends Dynamic permits Call.Upper {

          @Widget("upper")
          record Upper(Dynamic args) implements Call {}
        }
        """);
    Compilation compilation = compile(part, dynamic, call);

    assertThat(compilation).succeededWithoutWarnings();
    GoldenFiles.assertMatches("shop/PartWidgetCodec.java", generatedSource(compilation, "shop.PartWidgetCodec"));
    GoldenFiles.assertMatches("shop/Part_LabelWidgetCodec.java", generatedSource(compilation, "shop.Part_LabelWidgetCodec"));
    GoldenFiles.assertMatches("shop/DynamicWidgetCodec.java", generatedSource(compilation, "shop.DynamicWidgetCodec"));
    GoldenFiles.assertMatches("shop/Part.schema.json", AssembledSchemas.of("shop/Part.schema.json", compilation));
    GoldenFiles.assertMatches("shop/Dynamic.schema.json", AssembledSchemas.of("shop/Dynamic.schema.json", compilation));
  }

  /** A member only A2UI v1.0 has: its codec refuses it in v0.9 before writing, its union reads its tag as unknown. */
  @Test
  void aUnionMemberOfALaterA2uiVersion() {
    JavaFileObject call = source("shop.Count", """
        package shop;

        import dev.widgetry.a2ui.A2uiSince;
        import dev.widgetry.a2ui.A2uiVersion;
        import dev.widgetry.annotations.Widget;

        /** A function that returns a count, tagged by "call". */
        @Widget(discriminator = "call")
        public sealed interface Count permits Count.Size, Count.Position {

          @Widget("size")
          record Size(String path) implements Count {}

          @Widget("@position")
          @A2uiSince(A2uiVersion.V1_0)
          record Position(Integer offset) implements Count {}
        }
        """);
    Compilation compilation = compile(call);

    assertThat(compilation).succeededWithoutWarnings();
    GoldenFiles.assertMatches("shop/CountWidgetCodec.java", generatedSource(compilation, "shop.CountWidgetCodec"));
    GoldenFiles.assertMatches("shop/Count_PositionWidgetCodec.java",
        generatedSource(compilation, "shop.Count_PositionWidgetCodec"));
  }

  @Test
  void theDataBindingPathsOfARecord() {
    JavaFileObject order = source("shop.Order", """
        package shop;

        import com.fasterxml.jackson.annotation.JsonProperty;
        import dev.widgetry.annotations.Widget;
        import java.math.BigDecimal;
        import java.util.List;
        import java.util.Map;
        import java.util.OptionalInt;

        /**
         * An order, as a surface's data model.
         *
         * @param customer who ordered
         * @param eta minutes until it arrives, when known
         */
        @Widget
        public record Order(
            String id,
            Customer customer,
            List<Item> items,
            Map<String, List<Integer>> counts,
            boolean paid,
            OptionalInt eta,
            Status status,
            List<Status> history,
            BigDecimal total,
            @JsonProperty("a/b~c") String odd,
            String writer) {

          @Widget
          public record Customer(String name) {}

          @Widget
          public record Item(String sku, int quantity) {}

          public enum Status { OPEN, SHIPPED }
        }
        """);
    Compilation compilation = compile(order);

    assertThat(compilation).succeededWithoutWarnings();
    GoldenFiles.assertMatches("shop/OrderPaths.java", generatedSource(compilation, "shop.OrderPaths"));
    GoldenFiles.assertMatches("shop/Order_ItemPaths.java", generatedSource(compilation, "shop.Order_ItemPaths"));
  }

  @Test
  void aCatalogOfOnesOwnThatExtendsTheBasicOne() {
    JavaFileObject catalog = source("shop.ShopComponent", """
        package shop;

        import com.fasterxml.jackson.annotation.JsonProperty;
        import dev.widgetry.a2ui.A2uiCatalog;
        import dev.widgetry.a2ui.A2uiComponent;
        import dev.widgetry.a2ui.A2uiSchema;
        import dev.widgetry.a2ui.A2uiSince;
        import dev.widgetry.a2ui.A2uiVersion;
        import dev.widgetry.a2ui.AccessibilityAttributes;
        import dev.widgetry.a2ui.ChildList;
        import dev.widgetry.a2ui.ComponentRef;
        import dev.widgetry.a2ui.DynamicNumber;
        import dev.widgetry.a2ui.DynamicString;
        import dev.widgetry.annotations.Widget;
        import java.util.List;

        /** A shop's components. */
        @Widget(discriminator = "component")
        @A2uiCatalog(id = "https://shop.example/a2ui/catalog.json",
            instructions = "Show a shop's products on Shelf components, one per aisle.")
        public sealed interface ShopComponent extends A2uiComponent permits ShopComponent.Shelf {

          /**
           * A shelf of products.
           *
           * @param title what the shelf is called
           * @param subtitle what is written under the title, in A2UI v1.0 and later
           * @param products the components that show its products
           * @param sign a component above it
           * @param sections named groups of products
           * @param rating how it is rated, 0 to 5
           */
          @Widget("Shelf")
          record Shelf(
              @JsonProperty(required = true) String id,
              @JsonProperty(required = true) DynamicString title,
              @A2uiSince(A2uiVersion.V1_0) DynamicString subtitle,
              @JsonProperty(required = true) ChildList products,
              @ComponentRef String sign,
              List<Section> sections,
              @JsonProperty(defaultValue = "3") @A2uiSchema("{\\"minimum\\": 0, \\"maximum\\": 5}") DynamicNumber rating,
              AccessibilityAttributes accessibility,
              Double weight) implements ShopComponent {
            public Shelf withId(String id) {
              return new Shelf(id, title, subtitle, products, sign, sections, rating, accessibility, weight);
            }
          }

          /**
           * A named group of products.
           *
           * @param name its name
           * @param items the components of its products
           */
          @Widget
          record Section(@JsonProperty(required = true) String name, @ComponentRef List<String> items) {}
        }
        """);
    Compilation compilation = compile(catalog);

    assertThat(compilation).succeededWithoutWarnings();
    GoldenFiles.assertMatches("shop/ShopComponentCatalog.java", generatedSource(compilation, "shop.ShopComponentCatalog"));
    GoldenFiles.assertMatches("shop/ShopComponent_ShelfWidgetCodec.java",
        generatedSource(compilation, "shop.ShopComponent_ShelfWidgetCodec"));
    GoldenFiles.assertMatches("shop/ShopComponent.a2ui-catalog.json", resource(compilation, "shop/ShopComponent.a2ui-catalog.json"));
    GoldenFiles.assertMatches("shop/ShopComponent.a2ui-catalog.v1_0.json",
        resource(compilation, "shop/ShopComponent.a2ui-catalog.v1_0.json"));
    GoldenFiles.assertMatches("shop/ShopComponent.a2ui-prompt.txt", resource(compilation, "shop/ShopComponent.a2ui-prompt.txt"));
    GoldenFiles.assertMatches("shop/ShopComponent.a2ui-render.strict.schema.json",
        resource(compilation, "shop/ShopComponent.a2ui-render.strict.schema.json"));
    GoldenFiles.assertMatches("shop/ShopComponent.a2ui-prompt.v1_0.txt",
        resource(compilation, "shop/ShopComponent.a2ui-prompt.v1_0.txt"));
    GoldenFiles.assertMatches("shop/ShopComponent.a2ui-render.v1_0.strict.schema.json",
        resource(compilation, "shop/ShopComponent.a2ui-render.v1_0.strict.schema.json"));
  }

  @Test
  void aBuilder() {
    JavaFileObject row = source("shop.Row", """
        package shop;

        import dev.widgetry.annotations.Widget;
        import dev.widgetry.annotations.WidgetBuilder;
        import java.util.List;
        import java.util.Optional;
        import java.util.OptionalInt;

        /**
         * A row of a table, named as ChatKit names it.
         *
         * @param cells what the row shows, left to right
         * @param header whether it is a header row
         */
        @Widget("Table.Row")
        @WidgetBuilder
        public record Row(List<String> cells, boolean header, Double weight, Optional<String> key, OptionalInt span) {
          public static RowBuilder builder() {
            return new RowBuilder();
          }
        }
        """);
    Compilation compilation = compile(row);

    assertThat(compilation).succeededWithoutWarnings();
    GoldenFiles.assertMatches("shop/RowBuilder.java", generatedSource(compilation, "shop.RowBuilder"));
    GoldenFiles.assertMatches("shop/Row.schema.json", AssembledSchemas.of("shop/Row.schema.json", compilation));
  }

  @Test
  void anActionsClassWithFactoriesAndATable() {
    JavaFileObject handlers = source("shop.CartHandlers", """
        package shop;

        import dev.widgetry.annotations.FormField;
        import dev.widgetry.annotations.OnAction;
        import dev.widgetry.annotations.Widget;
        import dev.widgetry.chatkit.Card;
        import dev.widgetry.runtime.ActionContext;
        import dev.widgetry.runtime.ActionResult;
        import dev.widgetry.tests.constraints.Min;
        import java.util.concurrent.CompletionStage;

        public class CartHandlers {
          /** What the "add" button sends; the page adds the note the shopper typed. */
          @Widget
          public record AddItem(String sku, @FormField String note) {}

          /** Puts a product in the cart. */
          @OnAction("cart.add")
          public ActionResult addItem(AddItem item, ActionContext context) {
            return ActionResult.none();
          }

          @OnAction("cart.quantity")
          static Card setQuantity(@Min(1) int quantity) {
            return null;
          }

          @OnAction("cart.clear")
          CompletionStage<Void> clear() {
            return null;
          }
        }
        """);
    Compilation compilation = compile(handlers);

    assertThat(compilation).succeededWithoutWarnings();
    GoldenFiles.assertMatches("shop/CartHandlersActions.java", generatedSource(compilation, "shop.CartHandlersActions"));
    GoldenFiles.assertMatches("shop/CartHandlers.setQuantity.tool.json",
        resource(compilation, "shop/CartHandlers.setQuantity.tool.json"));
  }

  @Test
  void anActionsClassWithA2uiEventsBoundToTheDataModel() {
    JavaFileObject handlers = source("shop.CheckoutHandlers", """
        package shop;

        import dev.widgetry.a2ui.A2uiAnswer;
        import dev.widgetry.annotations.OnAction;
        import dev.widgetry.annotations.Widget;
        import dev.widgetry.tests.constraints.Min;
        import java.math.BigDecimal;
        import java.util.List;
        import java.util.Optional;

        public class CheckoutHandlers {
          /** What the "pay" button sends. */
          @Widget
          public record PayOrder(String orderId, boolean giftWrap, BigDecimal total, Optional<String> note,
              List<String> coupons, Address context) {}

          @Widget
          public record Address(String street, String city) {}

          /** Pays the order. */
          @OnAction("order.pay")
          static A2uiAnswer pay(PayOrder payload) {
            return A2uiAnswer.none();
          }

          @OnAction("order.cancel")
          static void cancel() {}

          @OnAction("order.rate")
          static void rate(@Min(1) int stars) {}
        }
        """);
    Compilation compilation = compile(handlers);

    assertThat(compilation).succeededWithoutWarnings();
    GoldenFiles.assertMatches("shop/CheckoutHandlersActions.java",
        generatedSource(compilation, "shop.CheckoutHandlersActions"));
  }

  @Test
  void theRegistryAndItsServiceFile() {
    Compilation compilation = compile(PRODUCT, NODE);

    assertThat(compilation).succeededWithoutWarnings();
    GoldenFiles.assertMatches("shop/WidgetryRegistry.java", generatedSource(compilation, "shop.WidgetryRegistry"));
    GoldenFiles.assertMatches("META-INF/services/dev.widgetry.runtime.spi.WidgetRegistry",
        resource(compilation, "META-INF/services/dev.widgetry.runtime.spi.WidgetRegistry"));
  }

  @Test
  void theSameInputGivesByteIdenticalOutput() throws IOException {
    Compilation first = compile(PRODUCT, NODE, SPACING);
    Compilation second = compile(SPACING, NODE, PRODUCT);

    for (String name : new String[] {"shop.ProductWidgetCodec", "shop.NodeWidgetCodec", "shop.SpacingWidgetCodec",
        "shop.WidgetryRegistry"}) {
      assertEquals(generatedSource(first, name).getCharContent(true), generatedSource(second, name).getCharContent(true), name);
    }
    for (String name : new String[] {"shop/Product.schema.json", "shop/Node.schema.json", "shop/Spacing.schema.json"}) {
      assertEquals(resource(first, name).getCharContent(true), resource(second, name).getCharContent(true), name);
    }
  }

  static JavaFileObject generatedSource(Compilation compilation, String qualifiedName) {
    return compilation.generatedSourceFile(qualifiedName)
        .orElseThrow(() -> new AssertionError(qualifiedName + " was not generated"));
  }

  static void assertNoResource(Compilation compilation, String path) {
    int slash = path.lastIndexOf('/');
    assertTrue(compilation.generatedFile(StandardLocation.CLASS_OUTPUT, path.substring(0, slash).replace('/', '.'),
        path.substring(slash + 1)).isEmpty(), path + " was generated");
  }

  static JavaFileObject resource(Compilation compilation, String path) {
    int slash = path.lastIndexOf('/');
    return compilation.generatedFile(StandardLocation.CLASS_OUTPUT, path.substring(0, slash).replace('/', '.'),
            path.substring(slash + 1))
        .orElseThrow(() -> new AssertionError(path + " was not generated"));
  }
}
