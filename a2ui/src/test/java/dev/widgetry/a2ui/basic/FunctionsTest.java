package dev.widgetry.a2ui.basic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.widgetry.a2ui.DynamicBoolean;
import dev.widgetry.a2ui.DynamicNumber;
import dev.widgetry.a2ui.DynamicString;
import dev.widgetry.a2ui.FunctionCall;
import dev.widgetry.a2ui.NumberPath;
import dev.widgetry.a2ui.StringPath;
import dev.widgetry.a2ui.ValuePath;
import dev.widgetry.runtime.Widgets;
import org.junit.jupiter.api.Test;

/** Each factory writes its function's call with the return type the catalog gives it. */
class FunctionsTest {
  private static final StringPath NAME = StringPath.unchecked("/name");
  private static final NumberPath TOTAL = NumberPath.unchecked("/total");

  @Test
  void stringFunctionsSayString() {
    assertEquals("{\"call\":\"formatString\",\"args\":{\"value\":\"Hi ${/name}\"},\"returnType\":\"string\"}",
        json(Functions.formatString("Hi ${/name}")));
    assertEquals("{\"call\":\"formatNumber\",\"args\":{\"value\":{\"path\":\"/total\"},\"decimals\":2,\"grouping\":false},"
        + "\"returnType\":\"string\"}", json(Functions.formatNumber(TOTAL, 2, false)));
    assertEquals("{\"call\":\"formatCurrency\",\"args\":{\"value\":{\"path\":\"/total\"},\"currency\":\"EUR\"},"
        + "\"returnType\":\"string\"}", json(Functions.formatCurrency(TOTAL, "EUR")));
    assertEquals("{\"call\":\"formatDate\",\"args\":{\"value\":{\"path\":\"/due\"},\"format\":\"MMM d\"},"
        + "\"returnType\":\"string\"}", json(Functions.formatDate(StringPath.unchecked("/due"), "MMM d")));
    assertEquals("{\"call\":\"pluralize\",\"args\":{\"value\":{\"path\":\"/total\"},\"one\":\"item\",\"other\":\"items\"},"
        + "\"returnType\":\"string\"}", json(Functions.pluralize(TOTAL, "item", "items")));
  }

  @Test
  void checksSayBoolean() {
    assertEquals("{\"call\":\"required\",\"args\":{\"value\":{\"path\":\"/name\"}},\"returnType\":\"boolean\"}",
        json(Functions.required(NAME)));
    assertEquals("{\"call\":\"required\",\"args\":{\"value\":{\"path\":\"/x\"}},\"returnType\":\"boolean\"}",
        json(Functions.required(ValuePath.unchecked("/x"))));
    assertEquals("{\"call\":\"regex\",\"args\":{\"value\":{\"path\":\"/name\"},\"pattern\":\"^a\"},\"returnType\":\"boolean\"}",
        json(Functions.regex(NAME, "^a")));
    assertEquals("{\"call\":\"length\",\"args\":{\"value\":{\"path\":\"/name\"},\"min\":2},\"returnType\":\"boolean\"}",
        json(Functions.minLength(NAME, 2)));
    assertEquals("{\"call\":\"numeric\",\"args\":{\"value\":{\"path\":\"/total\"},\"max\":10},\"returnType\":\"boolean\"}",
        json(Functions.numeric(TOTAL, null, 10.0)));
    assertEquals("{\"call\":\"and\",\"args\":{\"values\":[{\"call\":\"email\",\"args\":{\"value\":{\"path\":\"/name\"}},"
        + "\"returnType\":\"boolean\"},{\"call\":\"not\",\"args\":{\"value\":false},\"returnType\":\"boolean\"}]},"
        + "\"returnType\":\"boolean\"}",
        json(Functions.and(Functions.email(NAME), Functions.not(DynamicBoolean.of(false)))));
  }

  @Test
  void openUrlSaysVoidAndTakesAnAbsoluteUri() {
    assertEquals("{\"call\":\"openUrl\",\"args\":{\"url\":\"https://a2ui.org\"},\"returnType\":\"void\"}",
        json(Functions.openUrl("https://a2ui.org")));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Functions.openUrl("${/url}"));
    assertEquals("url must be an absolute URI such as \"https://example.com/a\", and \"${/url}\" is not", e.getMessage());
  }

  @Test
  void formatTextBuildsATemplateFromTextAndTypedPaths() {
    assertEquals("Order ${/id} costs \\${price} ${/total}",
        ((dev.widgetry.a2ui.StringLiteral) Functions.formatText("Order ", StringPath.unchecked("/id"), " costs ${price} ",
            TOTAL).args().value()).value());
    assertThrows(IllegalArgumentException.class, () -> Functions.formatText("a", 5));
  }

  @Test
  void theArgumentRulesOfTheCatalogHoldInJava() {
    assertThrows(IllegalArgumentException.class, () -> Functions.length(NAME, null, null));
    assertThrows(IllegalArgumentException.class, () -> Functions.length(NAME, -1, null));
    assertThrows(IllegalArgumentException.class, () -> Functions.numeric(TOTAL, null, null));
  }

  @Test
  void aStringFunctionIsADynamicStringAndABooleanOneADynamicBoolean() {
    DynamicString text = Functions.formatCurrency(DynamicNumber.of(3), "USD");
    DynamicBoolean check = Functions.required(NAME);

    assertEquals(text, Widgets.fromJson(Widgets.toJson(text), DynamicString.class));
    assertEquals(check, Widgets.fromJson(Widgets.toJson(check), DynamicBoolean.class));
  }

  private static String json(FunctionCall call) {
    return Widgets.toJson(call);
  }
}
