package dev.widgetry.benchmarks.handwritten;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.databind.JsonNode;
import dev.widgetry.benchmarks.trees.EnumJsonNames;
import dev.widgetry.chatkit.ActionConfig;
import dev.widgetry.chatkit.Alignment;
import dev.widgetry.chatkit.Badge;
import dev.widgetry.chatkit.Button;
import dev.widgetry.chatkit.Caption;
import dev.widgetry.chatkit.CaptionSize;
import dev.widgetry.chatkit.Card;
import dev.widgetry.chatkit.CardAction;
import dev.widgetry.chatkit.Col;
import dev.widgetry.chatkit.Color;
import dev.widgetry.chatkit.ControlSize;
import dev.widgetry.chatkit.ControlVariant;
import dev.widgetry.chatkit.Dimension;
import dev.widgetry.chatkit.Divider;
import dev.widgetry.chatkit.FontWeight;
import dev.widgetry.chatkit.IconName;
import dev.widgetry.chatkit.Image;
import dev.widgetry.chatkit.Justification;
import dev.widgetry.chatkit.ListView;
import dev.widgetry.chatkit.ListViewItem;
import dev.widgetry.chatkit.Radius;
import dev.widgetry.chatkit.Row;
import dev.widgetry.chatkit.Spacer;
import dev.widgetry.chatkit.Spacing;
import dev.widgetry.chatkit.Table;
import dev.widgetry.chatkit.TableCell;
import dev.widgetry.chatkit.TableRow;
import dev.widgetry.chatkit.Text;
import dev.widgetry.chatkit.TextAlign;
import dev.widgetry.chatkit.TextSize;
import dev.widgetry.chatkit.Theme;
import dev.widgetry.chatkit.ThemeColor;
import dev.widgetry.chatkit.Title;
import dev.widgetry.chatkit.TitleSize;
import dev.widgetry.chatkit.WidgetComponent;
import dev.widgetry.chatkit.WidgetRoot;
import dev.widgetry.chatkit.WidgetStatus;
import dev.widgetry.chatkit.Wrap;
import java.io.IOException;
import java.util.List;
import java.util.Map;

/**
 * The benchmark's widgets written by hand on Jackson's {@code JsonGenerator}, the way a careful
 * person would: every name and enum constant pre-encoded as a {@code SerializedString}, one method
 * per component, no reflection. Covers every prop of the components the benchmark's widgets use;
 * the unions they never set (border, editable, list limit) are refused.
 */
public final class GeneratorWidgets {
  private static final SerializedString TYPE = new SerializedString("type");
  private static final SerializedString CHILDREN = new SerializedString("children");
  private static final SerializedString SIZE = new SerializedString("size");
  private static final SerializedString PADDING = new SerializedString("padding");
  private static final SerializedString BACKGROUND = new SerializedString("background");
  private static final SerializedString BORDER = new SerializedString("border");
  private static final SerializedString THEME = new SerializedString("theme");
  private static final SerializedString STATUS = new SerializedString("status");
  private static final SerializedString AS_FORM = new SerializedString("asForm");
  private static final SerializedString COLLAPSED = new SerializedString("collapsed");
  private static final SerializedString CONFIRM = new SerializedString("confirm");
  private static final SerializedString CANCEL = new SerializedString("cancel");
  private static final SerializedString KEY = new SerializedString("key");
  private static final SerializedString ID = new SerializedString("id");
  private static final SerializedString LIMIT = new SerializedString("limit");
  private static final SerializedString ON_CLICK_ACTION = new SerializedString("onClickAction");
  private static final SerializedString GAP = new SerializedString("gap");
  private static final SerializedString ALIGN = new SerializedString("align");
  private static final SerializedString JUSTIFY = new SerializedString("justify");
  private static final SerializedString WRAP = new SerializedString("wrap");
  private static final SerializedString FLEX = new SerializedString("flex");
  private static final SerializedString MARGIN = new SerializedString("margin");
  private static final SerializedString RADIUS = new SerializedString("radius");
  private static final SerializedString WIDTH = new SerializedString("width");
  private static final SerializedString HEIGHT = new SerializedString("height");
  private static final SerializedString MIN_WIDTH = new SerializedString("minWidth");
  private static final SerializedString MIN_HEIGHT = new SerializedString("minHeight");
  private static final SerializedString MIN_SIZE = new SerializedString("minSize");
  private static final SerializedString MAX_WIDTH = new SerializedString("maxWidth");
  private static final SerializedString MAX_HEIGHT = new SerializedString("maxHeight");
  private static final SerializedString MAX_SIZE = new SerializedString("maxSize");
  private static final SerializedString ASPECT_RATIO = new SerializedString("aspectRatio");
  private static final SerializedString VALUE = new SerializedString("value");
  private static final SerializedString WEIGHT = new SerializedString("weight");
  private static final SerializedString COLOR = new SerializedString("color");
  private static final SerializedString TEXT_ALIGN = new SerializedString("textAlign");
  private static final SerializedString ITALIC = new SerializedString("italic");
  private static final SerializedString LINE_THROUGH = new SerializedString("lineThrough");
  private static final SerializedString TRUNCATE = new SerializedString("truncate");
  private static final SerializedString MAX_LINES = new SerializedString("maxLines");
  private static final SerializedString MIN_LINES = new SerializedString("minLines");
  private static final SerializedString STREAMING = new SerializedString("streaming");
  private static final SerializedString EDITABLE = new SerializedString("editable");
  private static final SerializedString LABEL = new SerializedString("label");
  private static final SerializedString VARIANT = new SerializedString("variant");
  private static final SerializedString PILL = new SerializedString("pill");
  private static final SerializedString SUBMIT = new SerializedString("submit");
  private static final SerializedString STYLE = new SerializedString("style");
  private static final SerializedString ICON_START = new SerializedString("iconStart");
  private static final SerializedString ICON_END = new SerializedString("iconEnd");
  private static final SerializedString ICON_SIZE = new SerializedString("iconSize");
  private static final SerializedString UNIFORM = new SerializedString("uniform");
  private static final SerializedString BLOCK = new SerializedString("block");
  private static final SerializedString DISABLED = new SerializedString("disabled");
  private static final SerializedString SRC = new SerializedString("src");
  private static final SerializedString ALT = new SerializedString("alt");
  private static final SerializedString FIT = new SerializedString("fit");
  private static final SerializedString POSITION = new SerializedString("position");
  private static final SerializedString FRAME = new SerializedString("frame");
  private static final SerializedString FLUSH = new SerializedString("flush");
  private static final SerializedString SPACING = new SerializedString("spacing");
  private static final SerializedString HEADER = new SerializedString("header");
  private static final SerializedString V_ALIGN = new SerializedString("vAlign");
  private static final SerializedString COL_SIZE = new SerializedString("colSize");
  private static final SerializedString COL_SPAN = new SerializedString("colSpan");
  private static final SerializedString ROW_SPAN = new SerializedString("rowSpan");
  private static final SerializedString PAYLOAD = new SerializedString("payload");
  private static final SerializedString HANDLER = new SerializedString("handler");
  private static final SerializedString LOADING_BEHAVIOR = new SerializedString("loadingBehavior");
  private static final SerializedString TEXT = new SerializedString("text");
  private static final SerializedString FAVICON = new SerializedString("favicon");
  private static final SerializedString ICON = new SerializedString("icon");
  private static final SerializedString ACTION = new SerializedString("action");
  private static final SerializedString TOP = new SerializedString("top");
  private static final SerializedString RIGHT = new SerializedString("right");
  private static final SerializedString BOTTOM = new SerializedString("bottom");
  private static final SerializedString LEFT = new SerializedString("left");
  private static final SerializedString X = new SerializedString("x");
  private static final SerializedString Y = new SerializedString("y");
  private static final SerializedString LIGHT = new SerializedString("light");
  private static final SerializedString DARK = new SerializedString("dark");

  private static final SerializedString CARD_TAG = new SerializedString("Card");
  private static final SerializedString LIST_VIEW_TAG = new SerializedString("ListView");
  private static final SerializedString LIST_VIEW_ITEM_TAG = new SerializedString("ListViewItem");
  private static final SerializedString TEXT_TAG = new SerializedString("Text");
  private static final SerializedString TITLE_TAG = new SerializedString("Title");
  private static final SerializedString CAPTION_TAG = new SerializedString("Caption");
  private static final SerializedString BADGE_TAG = new SerializedString("Badge");
  private static final SerializedString BUTTON_TAG = new SerializedString("Button");
  private static final SerializedString ROW_TAG = new SerializedString("Row");
  private static final SerializedString COL_TAG = new SerializedString("Col");
  private static final SerializedString IMAGE_TAG = new SerializedString("Image");
  private static final SerializedString DIVIDER_TAG = new SerializedString("Divider");
  private static final SerializedString SPACER_TAG = new SerializedString("Spacer");
  private static final SerializedString TABLE_TAG = new SerializedString("Table");
  private static final SerializedString TABLE_ROW_TAG = new SerializedString("Table.Row");
  private static final SerializedString TABLE_CELL_TAG = new SerializedString("Table.Cell");

  private static final SerializedString[] CARD_SIZES = names(Card.Size.class);
  private static final SerializedString[] THEMES = names(Theme.class);
  private static final SerializedString[] ALIGNMENTS = names(Alignment.class);
  private static final SerializedString[] JUSTIFICATIONS = names(Justification.class);
  private static final SerializedString[] WRAPS = names(Wrap.class);
  private static final SerializedString[] RADII = names(Radius.class);
  private static final SerializedString[] TEXT_SIZES = names(TextSize.class);
  private static final SerializedString[] FONT_WEIGHTS = names(FontWeight.class);
  private static final SerializedString[] TEXT_ALIGNS = names(TextAlign.class);
  private static final SerializedString[] TITLE_SIZES = names(TitleSize.class);
  private static final SerializedString[] CAPTION_SIZES = names(CaptionSize.class);
  private static final SerializedString[] BADGE_COLORS = names(Badge.Color.class);
  private static final SerializedString[] BADGE_VARIANTS = names(Badge.Variant.class);
  private static final SerializedString[] BADGE_SIZES = names(Badge.Size.class);
  private static final SerializedString[] BUTTON_STYLES = names(Button.Style.class);
  private static final SerializedString[] BUTTON_COLORS = names(Button.Color.class);
  private static final SerializedString[] CONTROL_VARIANTS = names(ControlVariant.class);
  private static final SerializedString[] CONTROL_SIZES = names(ControlSize.class);
  private static final SerializedString[] ICON_NAMES = names(IconName.class);
  private static final SerializedString[] BUTTON_ICON_SIZES = names(Button.IconSize.class);
  private static final SerializedString[] IMAGE_FITS = names(Image.Fit.class);
  private static final SerializedString[] IMAGE_POSITIONS = names(Image.Position.class);
  private static final SerializedString[] CELL_ALIGNS = names(TableCell.Align.class);
  private static final SerializedString[] COL_SIZES = names(TableCell.ColSize.class);
  private static final SerializedString[] HANDLERS = names(ActionConfig.Handler.class);
  private static final SerializedString[] LOADING_BEHAVIORS = names(ActionConfig.LoadingBehavior.class);

  private static final double MAX_SAFE_INTEGER = 9007199254740992d;

  private GeneratorWidgets() {}

  public static void write(JsonGenerator g, WidgetRoot root) throws IOException {
    if (root instanceof Card) {
      card(g, (Card) root);
    } else if (root instanceof ListView) {
      listView(g, (ListView) root);
    } else {
      throw unknown(root);
    }
  }

  private static void card(JsonGenerator g, Card c) throws IOException {
    g.writeStartObject();
    tag(g, CARD_TAG);
    g.writeFieldName(CHILDREN);
    components(g, c.children());
    enumValue(g, SIZE, c.size(), CARD_SIZES);
    spacing(g, PADDING, c.padding());
    color(g, BACKGROUND, c.background());
    notInData(c.border(), "border");
    enumValue(g, THEME, c.theme(), THEMES);
    status(g, c.status());
    bool(g, AS_FORM, c.asForm());
    bool(g, COLLAPSED, c.collapsed());
    cardAction(g, CONFIRM, c.confirm());
    cardAction(g, CANCEL, c.cancel());
    string(g, KEY, c.key());
    string(g, ID, c.id());
    g.writeEndObject();
  }

  private static void listView(JsonGenerator g, ListView l) throws IOException {
    g.writeStartObject();
    tag(g, LIST_VIEW_TAG);
    g.writeFieldName(CHILDREN);
    g.writeStartArray();
    for (ListViewItem item : l.children()) {
      listViewItem(g, item);
    }
    g.writeEndArray();
    notInData(l.limit(), "limit");
    enumValue(g, THEME, l.theme(), THEMES);
    status(g, l.status());
    string(g, KEY, l.key());
    string(g, ID, l.id());
    g.writeEndObject();
  }

  private static void listViewItem(JsonGenerator g, ListViewItem i) throws IOException {
    g.writeStartObject();
    tag(g, LIST_VIEW_ITEM_TAG);
    g.writeFieldName(CHILDREN);
    components(g, i.children());
    action(g, ON_CLICK_ACTION, i.onClickAction());
    dimension(g, GAP, i.gap());
    enumValue(g, ALIGN, i.align(), ALIGNMENTS);
    string(g, KEY, i.key());
    string(g, ID, i.id());
    g.writeEndObject();
  }

  private static void components(JsonGenerator g, List<WidgetComponent> children) throws IOException {
    g.writeStartArray();
    for (WidgetComponent child : children) {
      component(g, child);
    }
    g.writeEndArray();
  }

  private static void component(JsonGenerator g, WidgetComponent c) throws IOException {
    if (c instanceof Text) {
      text(g, (Text) c);
    } else if (c instanceof Badge) {
      badge(g, (Badge) c);
    } else if (c instanceof Caption) {
      caption(g, (Caption) c);
    } else if (c instanceof Title) {
      title(g, (Title) c);
    } else if (c instanceof Row) {
      row(g, (Row) c);
    } else if (c instanceof Col) {
      col(g, (Col) c);
    } else if (c instanceof Button) {
      button(g, (Button) c);
    } else if (c instanceof Image) {
      image(g, (Image) c);
    } else if (c instanceof Spacer) {
      spacer(g, (Spacer) c);
    } else if (c instanceof Divider) {
      divider(g, (Divider) c);
    } else if (c instanceof Table) {
      table(g, (Table) c);
    } else {
      throw unknown(c);
    }
  }

  private static void text(JsonGenerator g, Text t) throws IOException {
    g.writeStartObject();
    tag(g, TEXT_TAG);
    g.writeFieldName(VALUE);
    g.writeString(t.value());
    enumValue(g, SIZE, t.size(), TEXT_SIZES);
    enumValue(g, WEIGHT, t.weight(), FONT_WEIGHTS);
    color(g, COLOR, t.color());
    enumValue(g, TEXT_ALIGN, t.textAlign(), TEXT_ALIGNS);
    bool(g, ITALIC, t.italic());
    bool(g, LINE_THROUGH, t.lineThrough());
    bool(g, TRUNCATE, t.truncate());
    integer(g, MAX_LINES, t.maxLines());
    integer(g, MIN_LINES, t.minLines());
    dimension(g, WIDTH, t.width());
    bool(g, STREAMING, t.streaming());
    notInData(t.editable(), "editable");
    string(g, KEY, t.key());
    string(g, ID, t.id());
    g.writeEndObject();
  }

  private static void title(JsonGenerator g, Title t) throws IOException {
    g.writeStartObject();
    tag(g, TITLE_TAG);
    g.writeFieldName(VALUE);
    g.writeString(t.value());
    enumValue(g, SIZE, t.size(), TITLE_SIZES);
    enumValue(g, WEIGHT, t.weight(), FONT_WEIGHTS);
    color(g, COLOR, t.color());
    enumValue(g, TEXT_ALIGN, t.textAlign(), TEXT_ALIGNS);
    bool(g, TRUNCATE, t.truncate());
    integer(g, MAX_LINES, t.maxLines());
    string(g, KEY, t.key());
    string(g, ID, t.id());
    g.writeEndObject();
  }

  private static void caption(JsonGenerator g, Caption t) throws IOException {
    g.writeStartObject();
    tag(g, CAPTION_TAG);
    g.writeFieldName(VALUE);
    g.writeString(t.value());
    enumValue(g, SIZE, t.size(), CAPTION_SIZES);
    enumValue(g, WEIGHT, t.weight(), FONT_WEIGHTS);
    color(g, COLOR, t.color());
    enumValue(g, TEXT_ALIGN, t.textAlign(), TEXT_ALIGNS);
    bool(g, TRUNCATE, t.truncate());
    integer(g, MAX_LINES, t.maxLines());
    string(g, KEY, t.key());
    string(g, ID, t.id());
    g.writeEndObject();
  }

  private static void badge(JsonGenerator g, Badge b) throws IOException {
    g.writeStartObject();
    tag(g, BADGE_TAG);
    g.writeFieldName(LABEL);
    g.writeString(b.label());
    enumValue(g, COLOR, b.color(), BADGE_COLORS);
    enumValue(g, VARIANT, b.variant(), BADGE_VARIANTS);
    enumValue(g, SIZE, b.size(), BADGE_SIZES);
    bool(g, PILL, b.pill());
    string(g, KEY, b.key());
    string(g, ID, b.id());
    g.writeEndObject();
  }

  private static void button(JsonGenerator g, Button b) throws IOException {
    g.writeStartObject();
    tag(g, BUTTON_TAG);
    string(g, LABEL, b.label());
    action(g, ON_CLICK_ACTION, b.onClickAction());
    bool(g, SUBMIT, b.submit());
    enumValue(g, STYLE, b.style(), BUTTON_STYLES);
    enumValue(g, COLOR, b.color(), BUTTON_COLORS);
    enumValue(g, VARIANT, b.variant(), CONTROL_VARIANTS);
    enumValue(g, SIZE, b.size(), CONTROL_SIZES);
    enumValue(g, ICON_START, b.iconStart(), ICON_NAMES);
    enumValue(g, ICON_END, b.iconEnd(), ICON_NAMES);
    enumValue(g, ICON_SIZE, b.iconSize(), BUTTON_ICON_SIZES);
    bool(g, PILL, b.pill());
    bool(g, UNIFORM, b.uniform());
    bool(g, BLOCK, b.block());
    bool(g, DISABLED, b.disabled());
    string(g, KEY, b.key());
    string(g, ID, b.id());
    g.writeEndObject();
  }

  private static void row(JsonGenerator g, Row r) throws IOException {
    g.writeStartObject();
    tag(g, ROW_TAG);
    if (r.children() != null) {
      g.writeFieldName(CHILDREN);
      components(g, r.children());
    }
    enumValue(g, ALIGN, r.align(), ALIGNMENTS);
    enumValue(g, JUSTIFY, r.justify(), JUSTIFICATIONS);
    enumValue(g, WRAP, r.wrap(), WRAPS);
    dimension(g, FLEX, r.flex());
    dimension(g, GAP, r.gap());
    spacing(g, PADDING, r.padding());
    spacing(g, MARGIN, r.margin());
    notInData(r.border(), "border");
    enumValue(g, RADIUS, r.radius(), RADII);
    color(g, BACKGROUND, r.background());
    dimension(g, WIDTH, r.width());
    dimension(g, HEIGHT, r.height());
    dimension(g, SIZE, r.size());
    dimension(g, MIN_WIDTH, r.minWidth());
    dimension(g, MIN_HEIGHT, r.minHeight());
    dimension(g, MIN_SIZE, r.minSize());
    dimension(g, MAX_WIDTH, r.maxWidth());
    dimension(g, MAX_HEIGHT, r.maxHeight());
    dimension(g, MAX_SIZE, r.maxSize());
    dimension(g, ASPECT_RATIO, r.aspectRatio());
    string(g, KEY, r.key());
    string(g, ID, r.id());
    g.writeEndObject();
  }

  private static void col(JsonGenerator g, Col r) throws IOException {
    g.writeStartObject();
    tag(g, COL_TAG);
    if (r.children() != null) {
      g.writeFieldName(CHILDREN);
      components(g, r.children());
    }
    enumValue(g, ALIGN, r.align(), ALIGNMENTS);
    enumValue(g, JUSTIFY, r.justify(), JUSTIFICATIONS);
    enumValue(g, WRAP, r.wrap(), WRAPS);
    dimension(g, FLEX, r.flex());
    dimension(g, GAP, r.gap());
    spacing(g, PADDING, r.padding());
    spacing(g, MARGIN, r.margin());
    notInData(r.border(), "border");
    enumValue(g, RADIUS, r.radius(), RADII);
    color(g, BACKGROUND, r.background());
    dimension(g, WIDTH, r.width());
    dimension(g, HEIGHT, r.height());
    dimension(g, SIZE, r.size());
    dimension(g, MIN_WIDTH, r.minWidth());
    dimension(g, MIN_HEIGHT, r.minHeight());
    dimension(g, MIN_SIZE, r.minSize());
    dimension(g, MAX_WIDTH, r.maxWidth());
    dimension(g, MAX_HEIGHT, r.maxHeight());
    dimension(g, MAX_SIZE, r.maxSize());
    dimension(g, ASPECT_RATIO, r.aspectRatio());
    string(g, KEY, r.key());
    string(g, ID, r.id());
    g.writeEndObject();
  }

  private static void image(JsonGenerator g, Image i) throws IOException {
    g.writeStartObject();
    tag(g, IMAGE_TAG);
    g.writeFieldName(SRC);
    g.writeString(i.src());
    string(g, ALT, i.alt());
    enumValue(g, FIT, i.fit(), IMAGE_FITS);
    enumValue(g, POSITION, i.position(), IMAGE_POSITIONS);
    bool(g, FRAME, i.frame());
    bool(g, FLUSH, i.flush());
    enumValue(g, RADIUS, i.radius(), RADII);
    spacing(g, MARGIN, i.margin());
    dimension(g, WIDTH, i.width());
    dimension(g, HEIGHT, i.height());
    dimension(g, SIZE, i.size());
    dimension(g, MIN_WIDTH, i.minWidth());
    dimension(g, MIN_HEIGHT, i.minHeight());
    dimension(g, MIN_SIZE, i.minSize());
    dimension(g, MAX_WIDTH, i.maxWidth());
    dimension(g, MAX_HEIGHT, i.maxHeight());
    dimension(g, MAX_SIZE, i.maxSize());
    dimension(g, ASPECT_RATIO, i.aspectRatio());
    string(g, KEY, i.key());
    string(g, ID, i.id());
    g.writeEndObject();
  }

  private static void divider(JsonGenerator g, Divider d) throws IOException {
    g.writeStartObject();
    tag(g, DIVIDER_TAG);
    color(g, COLOR, d.color());
    dimension(g, SIZE, d.size());
    dimension(g, SPACING, d.spacing());
    bool(g, FLUSH, d.flush());
    string(g, KEY, d.key());
    string(g, ID, d.id());
    g.writeEndObject();
  }

  private static void spacer(JsonGenerator g, Spacer s) throws IOException {
    g.writeStartObject();
    tag(g, SPACER_TAG);
    dimension(g, MIN_SIZE, s.minSize());
    string(g, KEY, s.key());
    string(g, ID, s.id());
    g.writeEndObject();
  }

  private static void table(JsonGenerator g, Table t) throws IOException {
    g.writeStartObject();
    tag(g, TABLE_TAG);
    if (t.children() != null) {
      g.writeFieldName(CHILDREN);
      g.writeStartArray();
      for (TableRow row : t.children()) {
        tableRow(g, row);
      }
      g.writeEndArray();
    }
    string(g, KEY, t.key());
    string(g, ID, t.id());
    g.writeEndObject();
  }

  private static void tableRow(JsonGenerator g, TableRow r) throws IOException {
    g.writeStartObject();
    tag(g, TABLE_ROW_TAG);
    if (r.children() != null) {
      g.writeFieldName(CHILDREN);
      g.writeStartArray();
      for (TableCell cell : r.children()) {
        tableCell(g, cell);
      }
      g.writeEndArray();
    }
    bool(g, HEADER, r.header());
    string(g, KEY, r.key());
    string(g, ID, r.id());
    g.writeEndObject();
  }

  private static void tableCell(JsonGenerator g, TableCell c) throws IOException {
    g.writeStartObject();
    tag(g, TABLE_CELL_TAG);
    if (c.children() != null) {
      g.writeFieldName(CHILDREN);
      components(g, c.children());
    }
    enumValue(g, ALIGN, c.align(), CELL_ALIGNS);
    enumValue(g, V_ALIGN, c.vAlign(), CELL_ALIGNS);
    enumValue(g, COL_SIZE, c.colSize(), COL_SIZES);
    dimension(g, WIDTH, c.width());
    integer(g, COL_SPAN, c.colSpan());
    integer(g, ROW_SPAN, c.rowSpan());
    if (c.padding() != null) {
      g.writeFieldName(PADDING);
      edges(g, c.padding());
    }
    string(g, KEY, c.key());
    string(g, ID, c.id());
    g.writeEndObject();
  }

  private static void action(JsonGenerator g, SerializedString name, ActionConfig a) throws IOException {
    if (a == null) {
      return;
    }
    g.writeFieldName(name);
    g.writeStartObject();
    g.writeFieldName(TYPE);
    g.writeString(a.type());
    if (a.payload() != null) {
      g.writeFieldName(PAYLOAD);
      tree(g, a.payload());
    }
    enumValue(g, HANDLER, a.handler(), HANDLERS);
    enumValue(g, LOADING_BEHAVIOR, a.loadingBehavior(), LOADING_BEHAVIORS);
    bool(g, STREAMING, a.streaming());
    g.writeEndObject();
  }

  private static void status(JsonGenerator g, WidgetStatus s) throws IOException {
    if (s == null) {
      return;
    }
    g.writeFieldName(STATUS);
    g.writeStartObject();
    g.writeFieldName(TEXT);
    if (s instanceof WidgetStatus.WithIcon) {
      WidgetStatus.WithIcon withIcon = (WidgetStatus.WithIcon) s;
      g.writeString(withIcon.text());
      enumValue(g, ICON, withIcon.icon(), ICON_NAMES);
    } else {
      WidgetStatus.WithFavicon withFavicon = (WidgetStatus.WithFavicon) s;
      g.writeString(withFavicon.text());
      string(g, FAVICON, withFavicon.favicon());
      bool(g, FRAME, withFavicon.frame());
    }
    g.writeEndObject();
  }

  private static void cardAction(JsonGenerator g, SerializedString name, CardAction a) throws IOException {
    if (a == null) {
      return;
    }
    g.writeFieldName(name);
    g.writeStartObject();
    g.writeFieldName(LABEL);
    g.writeString(a.label());
    action(g, ACTION, a.action());
    g.writeEndObject();
  }

  private static void tree(JsonGenerator g, JsonNode node) throws IOException {
    switch (node.getNodeType()) {
      case OBJECT:
        g.writeStartObject();
        for (Map.Entry<String, JsonNode> property : node.properties()) {
          g.writeFieldName(property.getKey());
          tree(g, property.getValue());
        }
        g.writeEndObject();
        break;
      case ARRAY:
        g.writeStartArray();
        for (JsonNode element : node) {
          tree(g, element);
        }
        g.writeEndArray();
        break;
      case STRING:
        g.writeString(node.textValue());
        break;
      case BOOLEAN:
        g.writeBoolean(node.booleanValue());
        break;
      case NUMBER:
        if (node.isIntegralNumber()) {
          g.writeNumber(node.longValue());
        } else {
          number(g, node.doubleValue());
        }
        break;
      default:
        g.writeNull();
    }
  }

  private static void tag(JsonGenerator g, SerializedString tag) throws IOException {
    g.writeFieldName(TYPE);
    g.writeString(tag);
  }

  private static void string(JsonGenerator g, SerializedString name, String value) throws IOException {
    if (value != null) {
      g.writeFieldName(name);
      g.writeString(value);
    }
  }

  private static void bool(JsonGenerator g, SerializedString name, Boolean value) throws IOException {
    if (value != null) {
      g.writeFieldName(name);
      g.writeBoolean(value);
    }
  }

  private static void integer(JsonGenerator g, SerializedString name, Integer value) throws IOException {
    if (value != null) {
      g.writeFieldName(name);
      g.writeNumber(value);
    }
  }

  private static void enumValue(JsonGenerator g, SerializedString name, Enum<?> value, SerializedString[] names)
      throws IOException {
    if (value != null) {
      g.writeFieldName(name);
      g.writeString(names[value.ordinal()]);
    }
  }

  private static void dimension(JsonGenerator g, SerializedString name, Dimension value) throws IOException {
    if (value != null) {
      g.writeFieldName(name);
      dimensionValue(g, value);
    }
  }

  private static void dimensionValue(JsonGenerator g, Dimension value) throws IOException {
    if (value instanceof Dimension.Numeric) {
      number(g, ((Dimension.Numeric) value).value());
    } else {
      g.writeString(((Dimension.Css) value).value());
    }
  }

  private static void spacing(JsonGenerator g, SerializedString name, Spacing value) throws IOException {
    if (value == null) {
      return;
    }
    g.writeFieldName(name);
    if (value instanceof Spacing.Units) {
      number(g, ((Spacing.Units) value).value());
    } else if (value instanceof Spacing.Css) {
      g.writeString(((Spacing.Css) value).value());
    } else {
      edges(g, (Spacing.Edges) value);
    }
  }

  private static void edges(JsonGenerator g, Spacing.Edges e) throws IOException {
    g.writeStartObject();
    dimension(g, TOP, e.top());
    dimension(g, RIGHT, e.right());
    dimension(g, BOTTOM, e.bottom());
    dimension(g, LEFT, e.left());
    dimension(g, X, e.x());
    dimension(g, Y, e.y());
    g.writeEndObject();
  }

  private static void color(JsonGenerator g, SerializedString name, Color value) throws IOException {
    if (value == null) {
      return;
    }
    g.writeFieldName(name);
    if (value instanceof Color.Plain) {
      g.writeString(((Color.Plain) value).value());
    } else {
      ThemeColor theme = (ThemeColor) value;
      g.writeStartObject();
      g.writeFieldName(LIGHT);
      g.writeString(theme.light());
      g.writeFieldName(DARK);
      g.writeString(theme.dark());
      g.writeEndObject();
    }
  }

  private static void number(JsonGenerator g, double value) throws IOException {
    if (value == Math.rint(value) && Math.abs(value) <= MAX_SAFE_INTEGER
        && Double.doubleToRawLongBits(value) != Double.doubleToRawLongBits(-0d)) {
      g.writeNumber((long) value);
    } else {
      g.writeNumber(value);
    }
  }

  private static void notInData(Object value, String prop) {
    if (value != null) {
      throw new UnsupportedOperationException("The hand-written writers know no " + prop + ": the benchmark's widgets set none");
    }
  }

  private static <E extends Enum<E>> SerializedString[] names(Class<E> type) {
    String[] names = EnumJsonNames.of(type);
    SerializedString[] encoded = new SerializedString[names.length];
    for (int i = 0; i < names.length; i++) {
      encoded[i] = new SerializedString(names[i]);
    }
    return encoded;
  }

  private static IllegalArgumentException unknown(Object widget) {
    return new IllegalArgumentException("The hand-written writers know no " + widget.getClass().getSimpleName());
  }
}
