package dev.widgetry.tests.a2ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.widgetry.a2ui.A2ui;
import dev.widgetry.a2ui.BooleanPath;
import dev.widgetry.a2ui.ChildList;
import dev.widgetry.a2ui.NumberPath;
import dev.widgetry.a2ui.StringListPath;
import dev.widgetry.a2ui.StringPath;
import dev.widgetry.a2ui.UpdateDataModel;
import dev.widgetry.a2ui.ValuePath;
import dev.widgetry.a2ui.basic.CheckBox;
import dev.widgetry.a2ui.basic.Slider;
import dev.widgetry.a2ui.basic.Text;
import dev.widgetry.runtime.Widgets;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/**
 * The generated {@code OrderPaths}: a typed path per property, pointers escaped as RFC 6901 says,
 * relative paths inside templates, and {@code updateDataModel} written by the generated serializer.
 */
class PathsTest {
  private static final OrderPaths ORDER = OrderPaths.root();
  private static final Order SAMPLE = new Order("1042", new Customer("Ada", null),
      List.of(new OrderItem("tea", "Green tea", 2, new BigDecimal("4.50"))), Map.of("gift", "wrap it"), false,
      OptionalInt.of(12), Order.Status.OPEN, LocalDate.of(2026, 1, 31), List.of("rush"), new BigDecimal("9.00"),
      "odd", null, "p", List.of(List.of(1, 2)));

  @Test
  void eachPropertyHasThePathOfItsKind() {
    assertEquals(new StringPath("/id"), ORDER.id());
    assertEquals(new StringPath("/customer/name"), ORDER.customer().name());
    assertEquals(new BooleanPath("/paid"), ORDER.paid());
    assertEquals(new NumberPath("/eta"), ORDER.eta());
    assertEquals(new StringPath("/status"), ORDER.status());
    assertEquals(new StringPath("/due"), ORDER.due());
    assertEquals(new StringListPath("/tags"), ORDER.tags());
    assertEquals(new NumberPath("/total"), ORDER.total());
    assertEquals(new ValuePath("/extra"), ORDER.extra());
    assertEquals(new NumberPath("/grid/0/1"), ORDER.grid().item(0).item(1));
  }

  @Test
  void listItemsAreAddressedByIndexOrRelativeToATemplatesItem() {
    assertEquals(new StringPath("/items/2/sku"), ORDER.items().item(2).sku());
    assertEquals(new StringPath("sku"), ORDER.items().each().sku());
    assertEquals(new NumberPath("quantity"), ORDER.items().each().quantity());
    assertEquals("{\"componentId\":\"line\",\"path\":\"/items\"}",
        Widgets.toJson(ChildList.template("line", ORDER.items())));
  }

  @Test
  void namesAreEscapedAsPointerSegments() {
    assertEquals("/a~1b~0c", ORDER.odd().pointer());
    assertEquals("/notes/x~1y~0z", ORDER.notes().key("x/y~z").pointer());
  }

  @Test
  void keysARendererCannotAddressAreRefused() {
    assertThrows(IllegalArgumentException.class, () -> ORDER.notes().key(""));
    assertThrows(IllegalArgumentException.class, () -> ORDER.notes().key("__proto__"));
  }

  @Test
  void aComponentNamedAsAMethodOfEveryPathsClassGetsItsAccessorSuffixed() {
    assertEquals(new StringPath("/pointer"), ORDER.pointerPath());
    assertEquals("/", ORDER.pointer());
  }

  @Test
  void componentsTakeBindingsOfTheirKind() {
    assertEquals("{\"component\":\"Text\",\"id\":\"name\",\"text\":{\"path\":\"/customer/name\"}}",
        Widgets.toJson(Text.of(ORDER.customer().name()).withId("name")));
    assertEquals("{\"component\":\"CheckBox\",\"id\":\"paid\",\"label\":\"Paid\",\"value\":{\"path\":\"/paid\"}}",
        Widgets.toJson(CheckBox.of("Paid", ORDER.paid()).withId("paid")));
    assertEquals("{\"component\":\"Slider\",\"id\":\"eta\",\"max\":60,\"value\":{\"path\":\"/eta\"}}",
        Widgets.toJson(Slider.of(ORDER.eta(), 60).withId("eta")));
  }

  @Test
  void theWholeModelIsWrittenByItsGeneratedCodec() {
    assertEquals("{\"version\":\"v0.9\",\"updateDataModel\":{\"surfaceId\":\"s\",\"value\":" + Widgets.toJson(SAMPLE) + "}}",
        A2ui.toJson(UpdateDataModel.of("s", SAMPLE)));
  }

  @Test
  void onePathTakesAValueOfItsType() {
    assertEquals("{\"version\":\"v0.9\",\"updateDataModel\":{\"surfaceId\":\"s\",\"path\":\"/customer\","
            + "\"value\":{\"name\":\"Grace\",\"email\":\"g@example.com\"}}}",
        A2ui.toJson(UpdateDataModel.at("s", ORDER.customer(), new Customer("Grace", "g@example.com"))));
    assertEquals("{\"version\":\"v0.9\",\"updateDataModel\":{\"surfaceId\":\"s\",\"path\":\"/items/1\","
            + "\"value\":{\"sku\":\"cake\",\"quantity\":1,\"price\":3}}}",
        A2ui.toJson(UpdateDataModel.at("s", ORDER.items().item(1), new OrderItem("cake", null, 1, BigDecimal.valueOf(3)))));
    assertEquals("{\"version\":\"v0.9\",\"updateDataModel\":{\"surfaceId\":\"s\",\"path\":\"/items\","
            + "\"value\":[{\"sku\":\"a\",\"quantity\":1,\"price\":1.5}]}}",
        A2ui.toJson(UpdateDataModel.at("s", ORDER.items(), List.of(new OrderItem("a", null, 1, new BigDecimal("1.5"))))));
    assertEquals("{\"version\":\"v0.9\",\"updateDataModel\":{\"surfaceId\":\"s\",\"path\":\"/grid\",\"value\":[[3],[]]}}",
        A2ui.toJson(UpdateDataModel.at("s", ORDER.grid(), List.of(List.of(3), List.of()))));
    assertEquals("{\"version\":\"v0.9\",\"updateDataModel\":{\"surfaceId\":\"s\",\"path\":\"/notes/gift\",\"value\":\"bow\"}}",
        A2ui.toJson(UpdateDataModel.at("s", ORDER.notes().key("gift"), "bow")));
    assertEquals("{\"version\":\"v0.9\",\"updateDataModel\":{\"surfaceId\":\"s\",\"path\":\"/eta\",\"value\":15}}",
        A2ui.toJson(UpdateDataModel.at("s", ORDER.eta(), 15)));
    assertEquals("{\"version\":\"v0.9\",\"updateDataModel\":{\"surfaceId\":\"s\",\"path\":\"/paid\",\"value\":true}}",
        A2ui.toJson(UpdateDataModel.at("s", ORDER.paid(), true)));
    assertEquals("{\"version\":\"v0.9\",\"updateDataModel\":{\"surfaceId\":\"s\",\"path\":\"/tags\",\"value\":[\"a\",\"b\"]}}",
        A2ui.toJson(UpdateDataModel.at("s", ORDER.tags(), List.of("a", "b"))));
    assertEquals("{\"version\":\"v0.9\",\"updateDataModel\":{\"surfaceId\":\"s\",\"path\":\"/extra\",\"value\":null}}",
        A2ui.toJson(UpdateDataModel.at("s", ORDER.extra(), JsonNodeFactory.instance.nullNode())));
  }

  @Test
  void deletingWritesNoValue() {
    assertEquals("{\"version\":\"v0.9\",\"updateDataModel\":{\"surfaceId\":\"s\",\"path\":\"/notes/gift\"}}",
        A2ui.toJson(UpdateDataModel.delete("s", ORDER.notes().key("gift"))));
  }

  @Test
  void aPathRelativeToATemplatesItemCannotBeUpdated() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> UpdateDataModel.at("s", ORDER.items().each().sku(), "x"));

    assertEquals("updateDataModel takes an absolute path, and \"sku\" is relative to a template's item: take the"
        + " path from the paths class's root()", e.getMessage());
  }
}
