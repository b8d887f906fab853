package dev.widgetry.benchmarks.handwritten;

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
import java.util.List;
import java.util.Map;

/**
 * The benchmark's widgets written by hand as UTF-8 bytes straight into a reused buffer: the
 * practical limit. Every name is pre-encoded with its quotes, colon and the comma before it (the
 * writer knows statically which prop comes first), every object opens with its type tag in one
 * copy, no generator state is kept. Covers every prop of the components the benchmark's widgets use;
 * the unions they never set (border, editable, list limit) are refused.
 */
public final class Utf8Widgets {
  private static final byte[] CHILDREN = Utf8Out.nextName("children");
  private static final byte[] SIZE = Utf8Out.nextName("size");
  private static final byte[] PADDING = Utf8Out.nextName("padding");
  private static final byte[] BACKGROUND = Utf8Out.nextName("background");
  private static final byte[] BORDER = Utf8Out.nextName("border");
  private static final byte[] THEME = Utf8Out.nextName("theme");
  private static final byte[] STATUS = Utf8Out.nextName("status");
  private static final byte[] AS_FORM = Utf8Out.nextName("asForm");
  private static final byte[] COLLAPSED = Utf8Out.nextName("collapsed");
  private static final byte[] CONFIRM = Utf8Out.nextName("confirm");
  private static final byte[] CANCEL = Utf8Out.nextName("cancel");
  private static final byte[] KEY = Utf8Out.nextName("key");
  private static final byte[] ID = Utf8Out.nextName("id");
  private static final byte[] LIMIT = Utf8Out.nextName("limit");
  private static final byte[] ON_CLICK_ACTION = Utf8Out.nextName("onClickAction");
  private static final byte[] GAP = Utf8Out.nextName("gap");
  private static final byte[] ALIGN = Utf8Out.nextName("align");
  private static final byte[] JUSTIFY = Utf8Out.nextName("justify");
  private static final byte[] WRAP = Utf8Out.nextName("wrap");
  private static final byte[] FLEX = Utf8Out.nextName("flex");
  private static final byte[] MARGIN = Utf8Out.nextName("margin");
  private static final byte[] RADIUS = Utf8Out.nextName("radius");
  private static final byte[] WIDTH = Utf8Out.nextName("width");
  private static final byte[] HEIGHT = Utf8Out.nextName("height");
  private static final byte[] MIN_WIDTH = Utf8Out.nextName("minWidth");
  private static final byte[] MIN_HEIGHT = Utf8Out.nextName("minHeight");
  private static final byte[] MIN_SIZE = Utf8Out.nextName("minSize");
  private static final byte[] MAX_WIDTH = Utf8Out.nextName("maxWidth");
  private static final byte[] MAX_HEIGHT = Utf8Out.nextName("maxHeight");
  private static final byte[] MAX_SIZE = Utf8Out.nextName("maxSize");
  private static final byte[] ASPECT_RATIO = Utf8Out.nextName("aspectRatio");
  private static final byte[] VALUE = Utf8Out.nextName("value");
  private static final byte[] WEIGHT = Utf8Out.nextName("weight");
  private static final byte[] COLOR = Utf8Out.nextName("color");
  private static final byte[] TEXT_ALIGN = Utf8Out.nextName("textAlign");
  private static final byte[] ITALIC = Utf8Out.nextName("italic");
  private static final byte[] LINE_THROUGH = Utf8Out.nextName("lineThrough");
  private static final byte[] TRUNCATE = Utf8Out.nextName("truncate");
  private static final byte[] MAX_LINES = Utf8Out.nextName("maxLines");
  private static final byte[] MIN_LINES = Utf8Out.nextName("minLines");
  private static final byte[] STREAMING = Utf8Out.nextName("streaming");
  private static final byte[] EDITABLE = Utf8Out.nextName("editable");
  private static final byte[] LABEL = Utf8Out.nextName("label");
  private static final byte[] FIRST_LABEL = Utf8Out.firstName("label");
  private static final byte[] FIRST_TYPE = Utf8Out.firstName("type");
  private static final byte[] FIRST_TEXT = Utf8Out.firstName("text");
  private static final byte[] FIRST_LIGHT = Utf8Out.firstName("light");
  private static final byte[] FIRST_TOP = Utf8Out.firstName("top");
  private static final byte[] FIRST_RIGHT = Utf8Out.firstName("right");
  private static final byte[] FIRST_BOTTOM = Utf8Out.firstName("bottom");
  private static final byte[] FIRST_LEFT = Utf8Out.firstName("left");
  private static final byte[] FIRST_X = Utf8Out.firstName("x");
  private static final byte[] FIRST_Y = Utf8Out.firstName("y");
  private static final byte[] NULL = {'n', 'u', 'l', 'l'};
  private static final byte[] VARIANT = Utf8Out.nextName("variant");
  private static final byte[] PILL = Utf8Out.nextName("pill");
  private static final byte[] SUBMIT = Utf8Out.nextName("submit");
  private static final byte[] STYLE = Utf8Out.nextName("style");
  private static final byte[] ICON_START = Utf8Out.nextName("iconStart");
  private static final byte[] ICON_END = Utf8Out.nextName("iconEnd");
  private static final byte[] ICON_SIZE = Utf8Out.nextName("iconSize");
  private static final byte[] UNIFORM = Utf8Out.nextName("uniform");
  private static final byte[] BLOCK = Utf8Out.nextName("block");
  private static final byte[] DISABLED = Utf8Out.nextName("disabled");
  private static final byte[] SRC = Utf8Out.nextName("src");
  private static final byte[] ALT = Utf8Out.nextName("alt");
  private static final byte[] FIT = Utf8Out.nextName("fit");
  private static final byte[] POSITION = Utf8Out.nextName("position");
  private static final byte[] FRAME = Utf8Out.nextName("frame");
  private static final byte[] FLUSH = Utf8Out.nextName("flush");
  private static final byte[] SPACING = Utf8Out.nextName("spacing");
  private static final byte[] HEADER = Utf8Out.nextName("header");
  private static final byte[] V_ALIGN = Utf8Out.nextName("vAlign");
  private static final byte[] COL_SIZE = Utf8Out.nextName("colSize");
  private static final byte[] COL_SPAN = Utf8Out.nextName("colSpan");
  private static final byte[] ROW_SPAN = Utf8Out.nextName("rowSpan");
  private static final byte[] PAYLOAD = Utf8Out.nextName("payload");
  private static final byte[] HANDLER = Utf8Out.nextName("handler");
  private static final byte[] LOADING_BEHAVIOR = Utf8Out.nextName("loadingBehavior");
  private static final byte[] FAVICON = Utf8Out.nextName("favicon");
  private static final byte[] ICON = Utf8Out.nextName("icon");
  private static final byte[] ACTION = Utf8Out.nextName("action");
  private static final byte[] DARK = Utf8Out.nextName("dark");

  private static final byte[] CARD_OPEN = Utf8Out.openTagged("Card");
  private static final byte[] LIST_VIEW_OPEN = Utf8Out.openTagged("ListView");
  private static final byte[] LIST_VIEW_ITEM_OPEN = Utf8Out.openTagged("ListViewItem");
  private static final byte[] TEXT_OPEN = Utf8Out.openTagged("Text");
  private static final byte[] TITLE_OPEN = Utf8Out.openTagged("Title");
  private static final byte[] CAPTION_OPEN = Utf8Out.openTagged("Caption");
  private static final byte[] BADGE_OPEN = Utf8Out.openTagged("Badge");
  private static final byte[] BUTTON_OPEN = Utf8Out.openTagged("Button");
  private static final byte[] ROW_OPEN = Utf8Out.openTagged("Row");
  private static final byte[] COL_OPEN = Utf8Out.openTagged("Col");
  private static final byte[] IMAGE_OPEN = Utf8Out.openTagged("Image");
  private static final byte[] DIVIDER_OPEN = Utf8Out.openTagged("Divider");
  private static final byte[] SPACER_OPEN = Utf8Out.openTagged("Spacer");
  private static final byte[] TABLE_OPEN = Utf8Out.openTagged("Table");
  private static final byte[] TABLE_ROW_OPEN = Utf8Out.openTagged("Table.Row");
  private static final byte[] TABLE_CELL_OPEN = Utf8Out.openTagged("Table.Cell");

  private static final byte[][] CARD_SIZES = Utf8Out.quoted(EnumJsonNames.of(Card.Size.class));
  private static final byte[][] THEMES = Utf8Out.quoted(EnumJsonNames.of(Theme.class));
  private static final byte[][] ALIGNMENTS = Utf8Out.quoted(EnumJsonNames.of(Alignment.class));
  private static final byte[][] JUSTIFICATIONS = Utf8Out.quoted(EnumJsonNames.of(Justification.class));
  private static final byte[][] WRAPS = Utf8Out.quoted(EnumJsonNames.of(Wrap.class));
  private static final byte[][] RADII = Utf8Out.quoted(EnumJsonNames.of(Radius.class));
  private static final byte[][] TEXT_SIZES = Utf8Out.quoted(EnumJsonNames.of(TextSize.class));
  private static final byte[][] FONT_WEIGHTS = Utf8Out.quoted(EnumJsonNames.of(FontWeight.class));
  private static final byte[][] TEXT_ALIGNS = Utf8Out.quoted(EnumJsonNames.of(TextAlign.class));
  private static final byte[][] TITLE_SIZES = Utf8Out.quoted(EnumJsonNames.of(TitleSize.class));
  private static final byte[][] CAPTION_SIZES = Utf8Out.quoted(EnumJsonNames.of(CaptionSize.class));
  private static final byte[][] BADGE_COLORS = Utf8Out.quoted(EnumJsonNames.of(Badge.Color.class));
  private static final byte[][] BADGE_VARIANTS = Utf8Out.quoted(EnumJsonNames.of(Badge.Variant.class));
  private static final byte[][] BADGE_SIZES = Utf8Out.quoted(EnumJsonNames.of(Badge.Size.class));
  private static final byte[][] BUTTON_STYLES = Utf8Out.quoted(EnumJsonNames.of(Button.Style.class));
  private static final byte[][] BUTTON_COLORS = Utf8Out.quoted(EnumJsonNames.of(Button.Color.class));
  private static final byte[][] CONTROL_VARIANTS = Utf8Out.quoted(EnumJsonNames.of(ControlVariant.class));
  private static final byte[][] CONTROL_SIZES = Utf8Out.quoted(EnumJsonNames.of(ControlSize.class));
  private static final byte[][] ICON_NAMES = Utf8Out.quoted(EnumJsonNames.of(IconName.class));
  private static final byte[][] BUTTON_ICON_SIZES = Utf8Out.quoted(EnumJsonNames.of(Button.IconSize.class));
  private static final byte[][] IMAGE_FITS = Utf8Out.quoted(EnumJsonNames.of(Image.Fit.class));
  private static final byte[][] IMAGE_POSITIONS = Utf8Out.quoted(EnumJsonNames.of(Image.Position.class));
  private static final byte[][] CELL_ALIGNS = Utf8Out.quoted(EnumJsonNames.of(TableCell.Align.class));
  private static final byte[][] COL_SIZES = Utf8Out.quoted(EnumJsonNames.of(TableCell.ColSize.class));
  private static final byte[][] HANDLERS = Utf8Out.quoted(EnumJsonNames.of(ActionConfig.Handler.class));
  private static final byte[][] LOADING_BEHAVIORS = Utf8Out.quoted(EnumJsonNames.of(ActionConfig.LoadingBehavior.class));

  private Utf8Widgets() {}

  public static void write(Utf8Out out, WidgetRoot root) {
    if (root instanceof Card) {
      card(out, (Card) root);
    } else if (root instanceof ListView) {
      listView(out, (ListView) root);
    } else {
      throw unknown(root);
    }
  }

  private static void card(Utf8Out out, Card c) {
    out.raw(CARD_OPEN);
    out.raw(CHILDREN);
    components(out, c.children());
    enumValue(out, SIZE, c.size(), CARD_SIZES);
    spacing(out, PADDING, c.padding());
    color(out, BACKGROUND, c.background());
    notInData(c.border(), "border");
    enumValue(out, THEME, c.theme(), THEMES);
    status(out, c.status());
    bool(out, AS_FORM, c.asForm());
    bool(out, COLLAPSED, c.collapsed());
    cardAction(out, CONFIRM, c.confirm());
    cardAction(out, CANCEL, c.cancel());
    string(out, KEY, c.key());
    string(out, ID, c.id());
    out.raw('}');
  }

  private static void listView(Utf8Out out, ListView l) {
    out.raw(LIST_VIEW_OPEN);
    out.raw(CHILDREN);
    out.raw('[');
    List<ListViewItem> items = l.children();
    for (int i = 0, n = items.size(); i < n; i++) {
      if (i > 0) {
        out.raw(',');
      }
      listViewItem(out, items.get(i));
    }
    out.raw(']');
    notInData(l.limit(), "limit");
    enumValue(out, THEME, l.theme(), THEMES);
    status(out, l.status());
    string(out, KEY, l.key());
    string(out, ID, l.id());
    out.raw('}');
  }

  private static void listViewItem(Utf8Out out, ListViewItem i) {
    out.raw(LIST_VIEW_ITEM_OPEN);
    out.raw(CHILDREN);
    components(out, i.children());
    action(out, ON_CLICK_ACTION, i.onClickAction());
    dimension(out, GAP, i.gap());
    enumValue(out, ALIGN, i.align(), ALIGNMENTS);
    string(out, KEY, i.key());
    string(out, ID, i.id());
    out.raw('}');
  }

  private static void components(Utf8Out out, List<WidgetComponent> children) {
    out.raw('[');
    for (int i = 0, n = children.size(); i < n; i++) {
      if (i > 0) {
        out.raw(',');
      }
      component(out, children.get(i));
    }
    out.raw(']');
  }

  private static void component(Utf8Out out, WidgetComponent c) {
    if (c instanceof Text) {
      text(out, (Text) c);
    } else if (c instanceof Badge) {
      badge(out, (Badge) c);
    } else if (c instanceof Caption) {
      caption(out, (Caption) c);
    } else if (c instanceof Title) {
      title(out, (Title) c);
    } else if (c instanceof Row) {
      row(out, (Row) c);
    } else if (c instanceof Col) {
      col(out, (Col) c);
    } else if (c instanceof Button) {
      button(out, (Button) c);
    } else if (c instanceof Image) {
      image(out, (Image) c);
    } else if (c instanceof Spacer) {
      spacer(out, (Spacer) c);
    } else if (c instanceof Divider) {
      divider(out, (Divider) c);
    } else if (c instanceof Table) {
      table(out, (Table) c);
    } else {
      throw unknown(c);
    }
  }

  private static void text(Utf8Out out, Text t) {
    out.raw(TEXT_OPEN);
    out.raw(VALUE);
    out.string(t.value());
    enumValue(out, SIZE, t.size(), TEXT_SIZES);
    enumValue(out, WEIGHT, t.weight(), FONT_WEIGHTS);
    color(out, COLOR, t.color());
    enumValue(out, TEXT_ALIGN, t.textAlign(), TEXT_ALIGNS);
    bool(out, ITALIC, t.italic());
    bool(out, LINE_THROUGH, t.lineThrough());
    bool(out, TRUNCATE, t.truncate());
    integer(out, MAX_LINES, t.maxLines());
    integer(out, MIN_LINES, t.minLines());
    dimension(out, WIDTH, t.width());
    bool(out, STREAMING, t.streaming());
    notInData(t.editable(), "editable");
    string(out, KEY, t.key());
    string(out, ID, t.id());
    out.raw('}');
  }

  private static void title(Utf8Out out, Title t) {
    out.raw(TITLE_OPEN);
    out.raw(VALUE);
    out.string(t.value());
    enumValue(out, SIZE, t.size(), TITLE_SIZES);
    enumValue(out, WEIGHT, t.weight(), FONT_WEIGHTS);
    color(out, COLOR, t.color());
    enumValue(out, TEXT_ALIGN, t.textAlign(), TEXT_ALIGNS);
    bool(out, TRUNCATE, t.truncate());
    integer(out, MAX_LINES, t.maxLines());
    string(out, KEY, t.key());
    string(out, ID, t.id());
    out.raw('}');
  }

  private static void caption(Utf8Out out, Caption t) {
    out.raw(CAPTION_OPEN);
    out.raw(VALUE);
    out.string(t.value());
    enumValue(out, SIZE, t.size(), CAPTION_SIZES);
    enumValue(out, WEIGHT, t.weight(), FONT_WEIGHTS);
    color(out, COLOR, t.color());
    enumValue(out, TEXT_ALIGN, t.textAlign(), TEXT_ALIGNS);
    bool(out, TRUNCATE, t.truncate());
    integer(out, MAX_LINES, t.maxLines());
    string(out, KEY, t.key());
    string(out, ID, t.id());
    out.raw('}');
  }

  private static void badge(Utf8Out out, Badge b) {
    out.raw(BADGE_OPEN);
    out.raw(LABEL);
    out.string(b.label());
    enumValue(out, COLOR, b.color(), BADGE_COLORS);
    enumValue(out, VARIANT, b.variant(), BADGE_VARIANTS);
    enumValue(out, SIZE, b.size(), BADGE_SIZES);
    bool(out, PILL, b.pill());
    string(out, KEY, b.key());
    string(out, ID, b.id());
    out.raw('}');
  }

  private static void button(Utf8Out out, Button b) {
    out.raw(BUTTON_OPEN);
    string(out, LABEL, b.label());
    action(out, ON_CLICK_ACTION, b.onClickAction());
    bool(out, SUBMIT, b.submit());
    enumValue(out, STYLE, b.style(), BUTTON_STYLES);
    enumValue(out, COLOR, b.color(), BUTTON_COLORS);
    enumValue(out, VARIANT, b.variant(), CONTROL_VARIANTS);
    enumValue(out, SIZE, b.size(), CONTROL_SIZES);
    enumValue(out, ICON_START, b.iconStart(), ICON_NAMES);
    enumValue(out, ICON_END, b.iconEnd(), ICON_NAMES);
    enumValue(out, ICON_SIZE, b.iconSize(), BUTTON_ICON_SIZES);
    bool(out, PILL, b.pill());
    bool(out, UNIFORM, b.uniform());
    bool(out, BLOCK, b.block());
    bool(out, DISABLED, b.disabled());
    string(out, KEY, b.key());
    string(out, ID, b.id());
    out.raw('}');
  }

  private static void row(Utf8Out out, Row r) {
    out.raw(ROW_OPEN);
    if (r.children() != null) {
      out.raw(CHILDREN);
      components(out, r.children());
    }
    enumValue(out, ALIGN, r.align(), ALIGNMENTS);
    enumValue(out, JUSTIFY, r.justify(), JUSTIFICATIONS);
    enumValue(out, WRAP, r.wrap(), WRAPS);
    dimension(out, FLEX, r.flex());
    dimension(out, GAP, r.gap());
    spacing(out, PADDING, r.padding());
    spacing(out, MARGIN, r.margin());
    notInData(r.border(), "border");
    enumValue(out, RADIUS, r.radius(), RADII);
    color(out, BACKGROUND, r.background());
    dimension(out, WIDTH, r.width());
    dimension(out, HEIGHT, r.height());
    dimension(out, SIZE, r.size());
    dimension(out, MIN_WIDTH, r.minWidth());
    dimension(out, MIN_HEIGHT, r.minHeight());
    dimension(out, MIN_SIZE, r.minSize());
    dimension(out, MAX_WIDTH, r.maxWidth());
    dimension(out, MAX_HEIGHT, r.maxHeight());
    dimension(out, MAX_SIZE, r.maxSize());
    dimension(out, ASPECT_RATIO, r.aspectRatio());
    string(out, KEY, r.key());
    string(out, ID, r.id());
    out.raw('}');
  }

  private static void col(Utf8Out out, Col r) {
    out.raw(COL_OPEN);
    if (r.children() != null) {
      out.raw(CHILDREN);
      components(out, r.children());
    }
    enumValue(out, ALIGN, r.align(), ALIGNMENTS);
    enumValue(out, JUSTIFY, r.justify(), JUSTIFICATIONS);
    enumValue(out, WRAP, r.wrap(), WRAPS);
    dimension(out, FLEX, r.flex());
    dimension(out, GAP, r.gap());
    spacing(out, PADDING, r.padding());
    spacing(out, MARGIN, r.margin());
    notInData(r.border(), "border");
    enumValue(out, RADIUS, r.radius(), RADII);
    color(out, BACKGROUND, r.background());
    dimension(out, WIDTH, r.width());
    dimension(out, HEIGHT, r.height());
    dimension(out, SIZE, r.size());
    dimension(out, MIN_WIDTH, r.minWidth());
    dimension(out, MIN_HEIGHT, r.minHeight());
    dimension(out, MIN_SIZE, r.minSize());
    dimension(out, MAX_WIDTH, r.maxWidth());
    dimension(out, MAX_HEIGHT, r.maxHeight());
    dimension(out, MAX_SIZE, r.maxSize());
    dimension(out, ASPECT_RATIO, r.aspectRatio());
    string(out, KEY, r.key());
    string(out, ID, r.id());
    out.raw('}');
  }

  private static void image(Utf8Out out, Image i) {
    out.raw(IMAGE_OPEN);
    out.raw(SRC);
    out.string(i.src());
    string(out, ALT, i.alt());
    enumValue(out, FIT, i.fit(), IMAGE_FITS);
    enumValue(out, POSITION, i.position(), IMAGE_POSITIONS);
    bool(out, FRAME, i.frame());
    bool(out, FLUSH, i.flush());
    enumValue(out, RADIUS, i.radius(), RADII);
    spacing(out, MARGIN, i.margin());
    dimension(out, WIDTH, i.width());
    dimension(out, HEIGHT, i.height());
    dimension(out, SIZE, i.size());
    dimension(out, MIN_WIDTH, i.minWidth());
    dimension(out, MIN_HEIGHT, i.minHeight());
    dimension(out, MIN_SIZE, i.minSize());
    dimension(out, MAX_WIDTH, i.maxWidth());
    dimension(out, MAX_HEIGHT, i.maxHeight());
    dimension(out, MAX_SIZE, i.maxSize());
    dimension(out, ASPECT_RATIO, i.aspectRatio());
    string(out, KEY, i.key());
    string(out, ID, i.id());
    out.raw('}');
  }

  private static void divider(Utf8Out out, Divider d) {
    out.raw(DIVIDER_OPEN);
    color(out, COLOR, d.color());
    dimension(out, SIZE, d.size());
    dimension(out, SPACING, d.spacing());
    bool(out, FLUSH, d.flush());
    string(out, KEY, d.key());
    string(out, ID, d.id());
    out.raw('}');
  }

  private static void spacer(Utf8Out out, Spacer s) {
    out.raw(SPACER_OPEN);
    dimension(out, MIN_SIZE, s.minSize());
    string(out, KEY, s.key());
    string(out, ID, s.id());
    out.raw('}');
  }

  private static void table(Utf8Out out, Table t) {
    out.raw(TABLE_OPEN);
    if (t.children() != null) {
      out.raw(CHILDREN);
      out.raw('[');
      List<TableRow> rows = t.children();
      for (int i = 0, n = rows.size(); i < n; i++) {
        if (i > 0) {
          out.raw(',');
        }
        tableRow(out, rows.get(i));
      }
      out.raw(']');
    }
    string(out, KEY, t.key());
    string(out, ID, t.id());
    out.raw('}');
  }

  private static void tableRow(Utf8Out out, TableRow r) {
    out.raw(TABLE_ROW_OPEN);
    if (r.children() != null) {
      out.raw(CHILDREN);
      out.raw('[');
      List<TableCell> cells = r.children();
      for (int i = 0, n = cells.size(); i < n; i++) {
        if (i > 0) {
          out.raw(',');
        }
        tableCell(out, cells.get(i));
      }
      out.raw(']');
    }
    bool(out, HEADER, r.header());
    string(out, KEY, r.key());
    string(out, ID, r.id());
    out.raw('}');
  }

  private static void tableCell(Utf8Out out, TableCell c) {
    out.raw(TABLE_CELL_OPEN);
    if (c.children() != null) {
      out.raw(CHILDREN);
      components(out, c.children());
    }
    enumValue(out, ALIGN, c.align(), CELL_ALIGNS);
    enumValue(out, V_ALIGN, c.vAlign(), CELL_ALIGNS);
    enumValue(out, COL_SIZE, c.colSize(), COL_SIZES);
    dimension(out, WIDTH, c.width());
    integer(out, COL_SPAN, c.colSpan());
    integer(out, ROW_SPAN, c.rowSpan());
    if (c.padding() != null) {
      out.raw(PADDING);
      edges(out, c.padding());
    }
    string(out, KEY, c.key());
    string(out, ID, c.id());
    out.raw('}');
  }

  private static void action(Utf8Out out, byte[] name, ActionConfig a) {
    if (a == null) {
      return;
    }
    out.raw(name);
    out.raw('{');
    out.raw(FIRST_TYPE);
    out.string(a.type());
    if (a.payload() != null) {
      out.raw(PAYLOAD);
      tree(out, a.payload());
    }
    enumValue(out, HANDLER, a.handler(), HANDLERS);
    enumValue(out, LOADING_BEHAVIOR, a.loadingBehavior(), LOADING_BEHAVIORS);
    bool(out, STREAMING, a.streaming());
    out.raw('}');
  }

  private static void status(Utf8Out out, WidgetStatus s) {
    if (s == null) {
      return;
    }
    out.raw(STATUS);
    out.raw('{');
    out.raw(FIRST_TEXT);
    if (s instanceof WidgetStatus.WithIcon) {
      WidgetStatus.WithIcon withIcon = (WidgetStatus.WithIcon) s;
      out.string(withIcon.text());
      enumValue(out, ICON, withIcon.icon(), ICON_NAMES);
    } else {
      WidgetStatus.WithFavicon withFavicon = (WidgetStatus.WithFavicon) s;
      out.string(withFavicon.text());
      string(out, FAVICON, withFavicon.favicon());
      bool(out, FRAME, withFavicon.frame());
    }
    out.raw('}');
  }

  private static void cardAction(Utf8Out out, byte[] name, CardAction a) {
    if (a == null) {
      return;
    }
    out.raw(name);
    out.raw('{');
    out.raw(FIRST_LABEL);
    out.string(a.label());
    action(out, ACTION, a.action());
    out.raw('}');
  }

  private static void tree(Utf8Out out, JsonNode node) {
    switch (node.getNodeType()) {
      case OBJECT:
        out.raw('{');
        boolean first = true;
        for (Map.Entry<String, JsonNode> property : node.properties()) {
          if (!first) {
            out.raw(',');
          }
          first = false;
          out.string(property.getKey());
          out.raw(':');
          tree(out, property.getValue());
        }
        out.raw('}');
        break;
      case ARRAY:
        out.raw('[');
        for (int i = 0, n = node.size(); i < n; i++) {
          if (i > 0) {
            out.raw(',');
          }
          tree(out, node.get(i));
        }
        out.raw(']');
        break;
      case STRING:
        out.string(node.textValue());
        break;
      case BOOLEAN:
        out.bool(node.booleanValue());
        break;
      case NUMBER:
        if (node.isIntegralNumber()) {
          out.number(node.longValue());
        } else {
          out.number(node.doubleValue());
        }
        break;
      default:
        out.raw(NULL);
    }
  }

  private static void string(Utf8Out out, byte[] name, String value) {
    if (value != null) {
      out.raw(name);
      out.string(value);
    }
  }

  private static void bool(Utf8Out out, byte[] name, Boolean value) {
    if (value != null) {
      out.raw(name);
      out.bool(value);
    }
  }

  private static void integer(Utf8Out out, byte[] name, Integer value) {
    if (value != null) {
      out.raw(name);
      out.number(value);
    }
  }

  private static void enumValue(Utf8Out out, byte[] name, Enum<?> value, byte[][] names) {
    if (value != null) {
      out.raw(name);
      out.raw(names[value.ordinal()]);
    }
  }

  private static void dimension(Utf8Out out, byte[] name, Dimension value) {
    if (value != null) {
      out.raw(name);
      dimensionValue(out, value);
    }
  }

  private static void dimensionValue(Utf8Out out, Dimension value) {
    if (value instanceof Dimension.Numeric) {
      out.number(((Dimension.Numeric) value).value());
    } else {
      out.string(((Dimension.Css) value).value());
    }
  }

  private static void spacing(Utf8Out out, byte[] name, Spacing value) {
    if (value == null) {
      return;
    }
    out.raw(name);
    if (value instanceof Spacing.Units) {
      out.number(((Spacing.Units) value).value());
    } else if (value instanceof Spacing.Css) {
      out.string(((Spacing.Css) value).value());
    } else {
      edges(out, (Spacing.Edges) value);
    }
  }

  private static void edges(Utf8Out out, Spacing.Edges e) {
    out.raw('{');
    boolean first = edge(out, FIRST_TOP, e.top(), true);
    first = edge(out, FIRST_RIGHT, e.right(), first);
    first = edge(out, FIRST_BOTTOM, e.bottom(), first);
    first = edge(out, FIRST_LEFT, e.left(), first);
    first = edge(out, FIRST_X, e.x(), first);
    edge(out, FIRST_Y, e.y(), first);
    out.raw('}');
  }

  /** Writes an edge if set, with a comma unless it is the first; answers whether the next is still first. */
  private static boolean edge(Utf8Out out, byte[] name, Dimension value, boolean first) {
    if (value == null) {
      return first;
    }
    if (!first) {
      out.raw(',');
    }
    out.raw(name);
    dimensionValue(out, value);
    return false;
  }

  private static void color(Utf8Out out, byte[] name, Color value) {
    if (value == null) {
      return;
    }
    out.raw(name);
    if (value instanceof Color.Plain) {
      out.string(((Color.Plain) value).value());
    } else {
      ThemeColor theme = (ThemeColor) value;
      out.raw('{');
      out.raw(FIRST_LIGHT);
      out.string(theme.light());
      out.raw(DARK);
      out.string(theme.dark());
      out.raw('}');
    }
  }

  private static void notInData(Object value, String prop) {
    if (value != null) {
      throw new UnsupportedOperationException("The hand-written writers know no " + prop + ": the benchmark's widgets set none");
    }
  }

  private static IllegalArgumentException unknown(Object widget) {
    return new IllegalArgumentException("The hand-written writers know no " + widget.getClass().getSimpleName());
  }
}
