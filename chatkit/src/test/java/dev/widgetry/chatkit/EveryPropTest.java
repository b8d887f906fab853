package dev.widgetry.chatkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import com.fasterxml.jackson.databind.JsonNode;
import dev.widgetry.runtime.Widgets;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every component and shared type, built with every prop set: what we write has exactly the props
 * ChatKit's schema lists for it, is valid against that schema's definition, and reads back equal.
 */
class EveryPropTest {
  private static final ActionConfig ACTION = ActionConfig.builder()
      .type("order.pay")
      .payload(Json.parse("{\"orderId\": \"A-1042\", \"amount\": 18.5, \"items\": [1, 2]}"))
      .handler(ActionConfig.Handler.SERVER)
      .loadingBehavior(ActionConfig.LoadingBehavior.SELF)
      .streaming(false)
      .build();
  private static final Text CHILD = Text.of("child");

  /** For the catalog's types that are in no union, a widget that holds a value of the type. */
  private static final Map<Class<?>, Function<Object, Object>> HOLDERS = Map.of(
      ListViewItem.class, item -> ListView.of((ListViewItem) item),
      ActionConfig.class, action -> Button.of("Go", (ActionConfig) action),
      CardAction.class, action -> Card.builder().children(CHILD).confirm((CardAction) action).build());

  static Stream<Arguments> everything() {
    return Stream.of(
        arguments("Card", Card.builder()
            .children(CHILD)
            .size(Card.Size.FULL)
            .padding(Spacing.of(4))
            .background(Color.theme("white", "gray-900"))
            .border(Border.of(1))
            .theme(Theme.DARK)
            .status(WidgetStatus.of("Checking out", IconName.SUITCASE))
            .asForm(true)
            .collapsed(false)
            .confirm(CardAction.of("Pay", ACTION))
            .cancel(CardAction.of("Cancel", ActionConfig.of("order.cancel")))
            .key("card")
            .id("card-1")
            .build()),
        arguments("ListView", ListView.builder()
            .children(ListViewItem.of(CHILD))
            .limit(Limit.auto())
            .theme(Theme.LIGHT)
            .status(WidgetStatus.favicon("From example.com", "https://example.com/favicon.ico", true))
            .key("list")
            .id("list-1")
            .build()),
        arguments("BasicRoot", Basic.builder()
            .children(CHILD, Card.of(CHILD))
            .direction(Direction.COL)
            .gap(Dimension.css("0.5rem"))
            .padding(Spacing.css("1rem"))
            .align(Alignment.STRETCH)
            .justify(Justification.EVENLY)
            .theme(Theme.DARK)
            .key("basic")
            .id("basic-1")
            .build()),
        arguments("ListViewItem", ListViewItem.builder()
            .children(CHILD)
            .onClickAction(ACTION)
            .gap(Dimension.of(3))
            .align(Alignment.BASELINE)
            .key("item")
            .id("item-1")
            .build()),
        arguments("Box", Box.builder()
            .children(CHILD)
            .direction(Direction.ROW)
            .align(Alignment.CENTER)
            .justify(Justification.BETWEEN)
            .wrap(Wrap.WRAP_REVERSE)
            .flex(Dimension.of(1))
            .gap(Dimension.of(2))
            .padding(Spacing.xy(4, 2))
            .margin(Spacing.edges().top(Dimension.of(1)).left(Dimension.css("2px")).build())
            .border(Borders.builder().bottom(Border.line(1, Color.of("gray-200"), BorderStyle.DASHED)).build())
            .radius(Radius.HUNDRED_PERCENT)
            .background(Color.of("#f8fafc"))
            .width(Dimension.css("100%"))
            .height(Dimension.of(120))
            .size(Dimension.of(48))
            .minWidth(Dimension.of(10))
            .minHeight(Dimension.of(11))
            .minSize(Dimension.of(12))
            .maxWidth(Dimension.css("40rem"))
            .maxHeight(Dimension.of(400))
            .maxSize(Dimension.of(500))
            .aspectRatio(Dimension.css("16 / 9"))
            .key("box")
            .id("box-1")
            .build()),
        arguments("Row", Row.builder()
            .children(CHILD)
            .align(Alignment.START)
            .justify(Justification.END)
            .wrap(Wrap.NOWRAP)
            .flex(Dimension.css("1 1 auto"))
            .gap(Dimension.of(1.5))
            .padding(Spacing.of(0.5))
            .margin(Spacing.of(2))
            .border(Border.line(2, null, null))
            .radius(Radius.TWO_XS)
            .background(Color.of("blue-50"))
            .width(Dimension.of(200))
            .height(Dimension.css("auto"))
            .size(Dimension.css("3rem"))
            .minWidth(Dimension.of(1))
            .minHeight(Dimension.of(2))
            .minSize(Dimension.of(3))
            .maxWidth(Dimension.of(4))
            .maxHeight(Dimension.of(5))
            .maxSize(Dimension.of(6))
            .aspectRatio(Dimension.of(1.5))
            .key("row")
            .id("row-1")
            .build()),
        arguments("Col", Col.builder()
            .children(CHILD)
            .align(Alignment.END)
            .justify(Justification.AROUND)
            .wrap(Wrap.WRAP)
            .flex(Dimension.of(2))
            .gap(Dimension.of(0))
            .padding(Spacing.edges().x(Dimension.of(4)).y(Dimension.css("1rem")).build())
            .margin(Spacing.css("auto"))
            .border(Borders.builder()
                .top(Border.of(1))
                .right(Border.of(2))
                .bottom(Border.of(3))
                .left(Border.of(4))
                .x(Border.line(1, Color.of("red-500"), BorderStyle.DOTTED))
                .y(Border.line(1, Color.theme("gray-100", "gray-800"), BorderStyle.SOLID))
                .build())
            .radius(Radius.FOUR_XL)
            .background(Color.theme("gray-50", "gray-950"))
            .width(Dimension.of(1))
            .height(Dimension.of(2))
            .size(Dimension.of(3))
            .minWidth(Dimension.of(4))
            .minHeight(Dimension.of(5))
            .minSize(Dimension.of(6))
            .maxWidth(Dimension.of(7))
            .maxHeight(Dimension.of(8))
            .maxSize(Dimension.of(9))
            .aspectRatio(Dimension.of(1))
            .key("col")
            .id("col-1")
            .build()),
        arguments("Form", Form.builder()
            .children(Input.of("email"), Button.submit("Send"))
            .onSubmitAction(ACTION)
            .direction(Direction.COL)
            .align(Alignment.STRETCH)
            .justify(Justification.STRETCH)
            .wrap(Wrap.NOWRAP)
            .flex(Dimension.of(1))
            .gap(Dimension.of(3))
            .padding(Spacing.of(4))
            .margin(Spacing.of(0))
            .border(Border.of(1))
            .radius(Radius.NONE)
            .background(Color.of("surface"))
            .width(Dimension.css("100%"))
            .height(Dimension.css("auto"))
            .size(Dimension.of(100))
            .minWidth(Dimension.of(100))
            .minHeight(Dimension.of(50))
            .minSize(Dimension.of(50))
            .maxWidth(Dimension.of(600))
            .maxHeight(Dimension.of(800))
            .maxSize(Dimension.of(800))
            .aspectRatio(Dimension.of(0.75))
            .key("form")
            .id("form-1")
            .build()),
        arguments("Spacer", Spacer.builder().minSize(Dimension.of(8)).key("spacer").id("spacer-1").build()),
        arguments("Divider", Divider.builder()
            .color(Color.of("gray-200"))
            .size(Dimension.of(2))
            .spacing(Dimension.css("12px"))
            .flush(true)
            .key("divider")
            .id("divider-1")
            .build()),
        arguments("Transition", Transition.builder().children(CHILD).key("transition").id("transition-1").build()),
        arguments("TextComponent", Text.builder()
            .value("Buy oat milk")
            .size(TextSize.LG)
            .weight(FontWeight.SEMIBOLD)
            .color(Color.of("emphasis"))
            .textAlign(TextAlign.CENTER)
            .italic(true)
            .lineThrough(false)
            .truncate(true)
            .maxLines(2)
            .minLines(1)
            .width(Dimension.css("50%"))
            .streaming(true)
            .editable(Editable.Field.builder()
                .name("todo.title")
                .autoComplete("off")
                .autoFocus(true)
                .autoSelect(true)
                .allowAutofillExtensions(false)
                .pattern(".+")
                .placeholder("What needs doing?")
                .required(true)
                .build())
            .key("text")
            .id("text-1")
            .build()),
        arguments("Title", Title.builder()
            .value("Your order")
            .size(TitleSize.FIVE_XL)
            .weight(FontWeight.BOLD)
            .color(Color.theme("black", "white"))
            .textAlign(TextAlign.START)
            .truncate(false)
            .maxLines(1)
            .key("title")
            .id("title-1")
            .build()),
        arguments("Caption", Caption.builder()
            .value("Updated 2 minutes ago")
            .size(CaptionSize.SM)
            .weight(FontWeight.NORMAL)
            .color(Color.of("secondary"))
            .textAlign(TextAlign.END)
            .truncate(true)
            .maxLines(3)
            .key("caption")
            .id("caption-1")
            .build()),
        arguments("Markdown", Markdown.builder()
            .value("**Done.** Your table is booked.")
            .streaming(false)
            .key("markdown")
            .id("markdown-1")
            .build()),
        arguments("Label", Label.builder()
            .value("Email")
            .fieldName("email")
            .size(TextSize.SM)
            .weight(FontWeight.MEDIUM)
            .color(Color.of("secondary"))
            .textAlign(TextAlign.START)
            .key("label")
            .id("label-1")
            .build()),
        arguments("Badge", Badge.builder()
            .label("Shipped")
            .color(Badge.Color.DISCOVERY)
            .variant(Badge.Variant.OUTLINE)
            .size(Badge.Size.LG)
            .pill(true)
            .key("badge")
            .id("badge-1")
            .build()),
        arguments("Icon", Icon.builder()
            .name(IconName.WRITE_ALT2)
            .size(IconSize.THREE_XL)
            .color(Color.of("blue-500"))
            .key("icon")
            .id("icon-1")
            .build()),
        arguments("Image", Image.builder()
            .src("https://example.com/cat.png")
            .alt("A cat asleep on a keyboard")
            .fit(Image.Fit.SCALE_DOWN)
            .position(Image.Position.TOP_LEFT)
            .frame(true)
            .flush(false)
            .radius(Radius.FULL)
            .margin(Spacing.of(1))
            .width(Dimension.of(64))
            .height(Dimension.of(64))
            .size(Dimension.of(64))
            .minWidth(Dimension.of(32))
            .minHeight(Dimension.of(32))
            .minSize(Dimension.of(32))
            .maxWidth(Dimension.of(128))
            .maxHeight(Dimension.of(128))
            .maxSize(Dimension.of(128))
            .aspectRatio(Dimension.of(1))
            .key("image")
            .id("image-1")
            .build()),
        arguments("Button", Button.builder()
            .label("Pay")
            .onClickAction(ACTION)
            .submit(false)
            .style(Button.Style.PRIMARY)
            .color(Button.Color.CAUTION)
            .variant(ControlVariant.GHOST)
            .size(ControlSize.THREE_XS)
            .iconStart(IconName.CHECK_CIRCLE_FILLED)
            .iconEnd(IconName.CHEVRON_RIGHT)
            .iconSize(Button.IconSize.TWO_XL)
            .pill(true)
            .uniform(false)
            .block(true)
            .disabled(false)
            .key("button")
            .id("button-1")
            .build()),
        arguments("Table", Table.builder().children(TableRow.of(TableCell.of("x"))).key("table").id("table-1").build()),
        arguments("TableRow", TableRow.builder()
            .children(TableCell.of("x"))
            .header(true)
            .key("row")
            .id("row-1")
            .build()),
        arguments("TableCell", TableCell.builder()
            .children(CHILD)
            .align(TableCell.Align.END)
            .vAlign(TableCell.Align.CENTER)
            .colSize(TableCell.ColSize.XL)
            .width(Dimension.css("25%"))
            .colSpan(2)
            .rowSpan(3)
            .padding(Spacing.xy(2, 1))
            .key("cell")
            .id("cell-1")
            .build()),
        arguments("Input", Input.builder()
            .name("contact.phone")
            .inputType(Input.Type.TEL)
            .defaultValue("+1 555 0100")
            .placeholder("Phone number")
            .required(true)
            .pattern("[0-9 +]+")
            .disabled(false)
            .autoFocus(true)
            .autoSelect(false)
            .allowAutofillExtensions(true)
            .variant(FieldVariant.OUTLINE)
            .size(ControlSize.TWO_XL)
            .gutterSize(GutterSize.TWO_XS)
            .pill(false)
            .key("input")
            .id("input-1")
            .build()),
        arguments("Textarea", Textarea.builder()
            .name("review.body")
            .defaultValue("Great stay.")
            .placeholder("Tell us more")
            .required(false)
            .pattern(".{10,}")
            .rows(4)
            .autoResize(true)
            .maxRows(10)
            .disabled(false)
            .autoFocus(false)
            .autoSelect(true)
            .allowAutofillExtensions(false)
            .variant(FieldVariant.SOFT)
            .size(ControlSize.MD)
            .gutterSize(GutterSize.XL)
            .key("textarea")
            .id("textarea-1")
            .build()),
        arguments("Select", Select.builder()
            .name("trip.cabin")
            .options(SelectOption.of("economy", "Economy"), SelectOption.of("business", "Business"))
            .defaultValue("economy")
            .placeholder("Cabin")
            .onChangeAction(ActionConfig.of("trip.cabin.changed"))
            .clearable(true)
            .disabled(false)
            .variant(ControlVariant.SOFT)
            .size(ControlSize.SM)
            .pill(true)
            .block(false)
            .key("select")
            .id("select-1")
            .build()),
        arguments("DatePicker", DatePicker.builder()
            .name("trip.departure")
            .defaultValue("2025-07-01")
            .min("2025-06-01")
            .max("2025-12-31")
            .placeholder("Departure")
            .onChangeAction(ActionConfig.of("trip.date.changed"))
            .clearable(false)
            .disabled(false)
            .side(DatePicker.Side.BOTTOM)
            .align(DatePicker.Align.CENTER)
            .variant(ControlVariant.OUTLINE)
            .size(ControlSize.LG)
            .pill(false)
            .block(true)
            .key("date")
            .id("date-1")
            .build()),
        arguments("Checkbox", Checkbox.builder()
            .name("prefs.newsletter")
            .label("Send me the newsletter")
            .defaultChecked(true)
            .onChangeAction(ActionConfig.of("prefs.changed"))
            .required(false)
            .disabled(false)
            .key("checkbox")
            .id("checkbox-1")
            .build()),
        arguments("RadioGroup", RadioGroup.builder()
            .name("order.shipping")
            .options(RadioOption.of("standard", "Standard"), new RadioOption("express", "Express", true))
            .defaultValue("standard")
            .ariaLabel("Shipping speed")
            .direction(Direction.ROW)
            .onChangeAction(ActionConfig.of("shipping.changed"))
            .required(true)
            .disabled(false)
            .key("radio")
            .id("radio-1")
            .build()),
        arguments("Chart", Chart.builder()
            .data(List.of(Map.of("month", ChartValue.of("Jan"), "sales", ChartValue.of(120))))
            .series(BarSeries.of("sales"))
            .xAxis(XAxis.of("month"))
            .showYAxis(true)
            .showLegend(false)
            .showTooltip(true)
            .barGap(4)
            .barCategoryGap(12)
            .flex(Dimension.of(1))
            .width(Dimension.css("100%"))
            .height(Dimension.of(240))
            .size(Dimension.of(240))
            .minWidth(Dimension.of(200))
            .minHeight(Dimension.of(120))
            .minSize(Dimension.of(120))
            .maxWidth(Dimension.of(800))
            .maxHeight(Dimension.of(400))
            .maxSize(Dimension.of(800))
            .aspectRatio(Dimension.of(2))
            .key("chart")
            .id("chart-1")
            .build()),
        arguments("BarSeries", BarSeries.builder()
            .dataKey("sales")
            .label("Sales")
            .color(Color.of("blue-500"))
            .stack("total")
            .build()),
        arguments("AreaSeries", AreaSeries.builder()
            .dataKey("visits")
            .label("Visits")
            .color(Color.theme("green-400", "green-600"))
            .stack("traffic")
            .curveType(CurveType.MONOTONE_X)
            .build()),
        arguments("LineSeries", LineSeries.builder()
            .dataKey("returns")
            .label("Returns")
            .color(Color.of("red-500"))
            .curveType(CurveType.STEP_AFTER)
            .build()),
        arguments("XAxisConfig", XAxisConfig.builder()
            .dataKey("month")
            .hide(false)
            .labels(Map.of("Jan", "January", "Feb", "February"))
            .build()),
        arguments("ActionConfig", ACTION),
        arguments("CardAction", CardAction.of("Confirm", ACTION)),
        arguments("ThemeColor", new ThemeColor("gray-900", "gray-100")),
        arguments("Border", Border.line(1, Color.of("gray-300"), BorderStyle.GROOVE)),
        arguments("Borders", Borders.builder()
            .top(Border.of(1))
            .right(Border.of(1))
            .bottom(Border.of(1))
            .left(Border.of(1))
            .x(Border.of(2))
            .y(Border.of(2))
            .build()),
        arguments("Spacing", Spacing.edges()
            .top(Dimension.of(1))
            .right(Dimension.of(2))
            .bottom(Dimension.of(3))
            .left(Dimension.of(4))
            .x(Dimension.css("1rem"))
            .y(Dimension.css("2rem"))
            .build()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("everything")
  void writesExactlyThePropsTheSchemaLists(String definition, Object value) {
    JsonNode json = Json.parse(Widgets.toJson(value));
    assertEquals(officialProps(definition), names(json));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("everything")
  void isValidAgainstTheOfficialDefinition(String definition, Object value) {
    assertEquals(List.of(), OfficialSchema.problems(Json.parse(Widgets.toJson(value)), definition));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("everything")
  void readsBackEqual(String definition, Object value) {
    assertEquals(value, Widgets.fromJson(Widgets.toJson(value), value.getClass()));
  }

  /**
   * Each value reads back equal through every union it belongs to (found from its type, so a union
   * cannot be forgotten); a value of a type in no union, through the union of a widget that holds it.
   */
  @ParameterizedTest(name = "{0}")
  @MethodSource("everything")
  void readsBackEqualThroughItsUnions(String definition, Object value) {
    List<Class<?>> unions = unionsOf(value.getClass());
    Function<Object, Object> holder = HOLDERS.get(value.getClass());
    assertTrue(!unions.isEmpty() || holder != null,
        definition + " is in no union and no widget in HOLDERS holds it: add one, so that this row checks something");

    for (Class<?> union : unions) {
      assertEquals(value, Widgets.fromJson(Widgets.toJson(value), union), "through " + union.getSimpleName());
    }
    if (holder != null) {
      Object held = holder.apply(value);
      List<Class<?>> holderUnions = unionsOf(held.getClass());
      assertFalse(holderUnions.isEmpty(), held.getClass() + " is in no union");
      for (Class<?> union : holderUnions) {
        assertEquals(held, Widgets.fromJson(Widgets.toJson(held), union), "held, through " + union.getSimpleName());
      }
    }
  }

  /** The unions (sealed interfaces with a codec) that {@code type} is a member of, directly or not. */
  private static List<Class<?>> unionsOf(Class<?> type) {
    Set<Class<?>> unions = new LinkedHashSet<>();
    collectUnions(type, unions);
    return List.copyOf(unions);
  }

  private static void collectUnions(Class<?> type, Set<Class<?>> unions) {
    for (Class<?> parent : type.getInterfaces()) {
      if (parent.isSealed() && hasCodec(parent)) {
        unions.add(parent);
      }
      collectUnions(parent, unions);
    }
  }

  private static boolean hasCodec(Class<?> type) {
    try {
      Widgets.codec(type);
      return true;
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  private static Set<String> officialProps(String definition) {
    return names(OfficialSchema.definition(definition).path("properties"));
  }

  private static Set<String> names(JsonNode object) {
    Set<String> names = new TreeSet<>();
    object.fieldNames().forEachRemaining(names::add);
    return names;
  }
}
