package dev.widgetry.benchmarks.avaje;

import com.fasterxml.jackson.databind.JsonNode;
import dev.widgetry.benchmarks.avaje.model.ActionConfig;
import dev.widgetry.benchmarks.avaje.model.Badge;
import dev.widgetry.benchmarks.avaje.model.Button;
import dev.widgetry.benchmarks.avaje.model.Caption;
import dev.widgetry.benchmarks.avaje.model.Card;
import dev.widgetry.benchmarks.avaje.model.CardAction;
import dev.widgetry.benchmarks.avaje.model.Col;
import dev.widgetry.benchmarks.avaje.model.Component;
import dev.widgetry.benchmarks.avaje.model.Divider;
import dev.widgetry.benchmarks.avaje.model.Image;
import dev.widgetry.benchmarks.avaje.model.ListView;
import dev.widgetry.benchmarks.avaje.model.ListViewItem;
import dev.widgetry.benchmarks.avaje.model.Root;
import dev.widgetry.benchmarks.avaje.model.Row;
import dev.widgetry.benchmarks.avaje.model.Spacer;
import dev.widgetry.benchmarks.avaje.model.Table;
import dev.widgetry.benchmarks.avaje.model.TableCell;
import dev.widgetry.benchmarks.avaje.model.TableRow;
import dev.widgetry.benchmarks.avaje.model.Text;
import dev.widgetry.benchmarks.avaje.model.Title;
import dev.widgetry.benchmarks.avaje.model.WidgetStatus;
import dev.widgetry.chatkit.WidgetComponent;
import dev.widgetry.chatkit.WidgetRoot;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Copies a catalog widget into its avaje-jsonb twin, so both libraries write the same data. Knows
 * the components the benchmark's widgets use; any other is refused.
 */
public final class AvajeTrees {
  private AvajeTrees() {}

  public static Root of(WidgetRoot root) {
    if (root instanceof dev.widgetry.chatkit.Card) {
      return card((dev.widgetry.chatkit.Card) root);
    }
    if (root instanceof dev.widgetry.chatkit.ListView) {
      return listView((dev.widgetry.chatkit.ListView) root);
    }
    throw unknown(root);
  }

  private static Card card(dev.widgetry.chatkit.Card c) {
    return new Card("Card", components(c.children()), c.size(), c.padding(), c.background(), c.border(), c.theme(),
        status(c.status()), c.asForm(), c.collapsed(), cardAction(c.confirm()), cardAction(c.cancel()), c.key(), c.id());
  }

  private static ListView listView(dev.widgetry.chatkit.ListView l) {
    return new ListView("ListView", map(l.children(), AvajeTrees::listItem), l.limit(), l.theme(), status(l.status()), l.key(), l.id());
  }

  private static ListViewItem listItem(dev.widgetry.chatkit.ListViewItem i) {
    return new ListViewItem("ListViewItem", components(i.children()), action(i.onClickAction()), i.gap(), i.align(), i.key(), i.id());
  }

  private static List<Component> components(List<WidgetComponent> children) {
    return map(children, AvajeTrees::component);
  }

  private static Component component(WidgetComponent c) {
    if (c instanceof dev.widgetry.chatkit.Text) {
      dev.widgetry.chatkit.Text t = (dev.widgetry.chatkit.Text) c;
      return new Text("Text", t.value(), t.size(), t.weight(), t.color(), t.textAlign(), t.italic(), t.lineThrough(), t.truncate(),
          t.maxLines(), t.minLines(), t.width(), t.streaming(), t.editable(), t.key(), t.id());
    }
    if (c instanceof dev.widgetry.chatkit.Title) {
      dev.widgetry.chatkit.Title t = (dev.widgetry.chatkit.Title) c;
      return new Title("Title", t.value(), t.size(), t.weight(), t.color(), t.textAlign(), t.truncate(), t.maxLines(), t.key(), t.id());
    }
    if (c instanceof dev.widgetry.chatkit.Caption) {
      dev.widgetry.chatkit.Caption t = (dev.widgetry.chatkit.Caption) c;
      return new Caption("Caption", t.value(), t.size(), t.weight(), t.color(), t.textAlign(), t.truncate(), t.maxLines(), t.key(), t.id());
    }
    if (c instanceof dev.widgetry.chatkit.Badge) {
      dev.widgetry.chatkit.Badge b = (dev.widgetry.chatkit.Badge) c;
      return new Badge("Badge", b.label(), b.color(), b.variant(), b.size(), b.pill(), b.key(), b.id());
    }
    if (c instanceof dev.widgetry.chatkit.Button) {
      dev.widgetry.chatkit.Button b = (dev.widgetry.chatkit.Button) c;
      return new Button("Button", b.label(), action(b.onClickAction()), b.submit(), b.style(), b.color(), b.variant(), b.size(),
          b.iconStart(), b.iconEnd(), b.iconSize(), b.pill(), b.uniform(), b.block(), b.disabled(), b.key(), b.id());
    }
    if (c instanceof dev.widgetry.chatkit.Row) {
      dev.widgetry.chatkit.Row r = (dev.widgetry.chatkit.Row) c;
      return new Row("Row", components(r.children()), r.align(), r.justify(), r.wrap(), r.flex(), r.gap(), r.padding(), r.margin(),
          r.border(), r.radius(), r.background(), r.width(), r.height(), r.size(), r.minWidth(), r.minHeight(), r.minSize(),
          r.maxWidth(), r.maxHeight(), r.maxSize(), r.aspectRatio(), r.key(), r.id());
    }
    if (c instanceof dev.widgetry.chatkit.Col) {
      dev.widgetry.chatkit.Col r = (dev.widgetry.chatkit.Col) c;
      return new Col("Col", components(r.children()), r.align(), r.justify(), r.wrap(), r.flex(), r.gap(), r.padding(), r.margin(),
          r.border(), r.radius(), r.background(), r.width(), r.height(), r.size(), r.minWidth(), r.minHeight(), r.minSize(),
          r.maxWidth(), r.maxHeight(), r.maxSize(), r.aspectRatio(), r.key(), r.id());
    }
    if (c instanceof dev.widgetry.chatkit.Image) {
      dev.widgetry.chatkit.Image i = (dev.widgetry.chatkit.Image) c;
      return new Image("Image", i.src(), i.alt(), i.fit(), i.position(), i.frame(), i.flush(), i.radius(), i.margin(), i.width(),
          i.height(), i.size(), i.minWidth(), i.minHeight(), i.minSize(), i.maxWidth(), i.maxHeight(), i.maxSize(),
          i.aspectRatio(), i.key(), i.id());
    }
    if (c instanceof dev.widgetry.chatkit.Divider) {
      dev.widgetry.chatkit.Divider d = (dev.widgetry.chatkit.Divider) c;
      return new Divider("Divider", d.color(), d.size(), d.spacing(), d.flush(), d.key(), d.id());
    }
    if (c instanceof dev.widgetry.chatkit.Spacer) {
      dev.widgetry.chatkit.Spacer s = (dev.widgetry.chatkit.Spacer) c;
      return new Spacer("Spacer", s.minSize(), s.key(), s.id());
    }
    if (c instanceof dev.widgetry.chatkit.Table) {
      dev.widgetry.chatkit.Table t = (dev.widgetry.chatkit.Table) c;
      return new Table("Table", map(t.children(), AvajeTrees::tableRow), t.key(), t.id());
    }
    throw unknown(c);
  }

  private static TableRow tableRow(dev.widgetry.chatkit.TableRow r) {
    return new TableRow("Table.Row", map(r.children(), AvajeTrees::tableCell), r.header(), r.key(), r.id());
  }

  private static TableCell tableCell(dev.widgetry.chatkit.TableCell c) {
    return new TableCell("Table.Cell", components(c.children()), c.align(), c.vAlign(), c.colSize(), c.width(), c.colSpan(), c.rowSpan(),
        c.padding(), c.key(), c.id());
  }

  private static ActionConfig action(dev.widgetry.chatkit.ActionConfig a) {
    if (a == null) {
      return null;
    }
    return new ActionConfig(a.type(), a.payload() == null ? null : object(a.payload()), a.handler(), a.loadingBehavior(),
        a.streaming());
  }

  private static WidgetStatus status(dev.widgetry.chatkit.WidgetStatus s) {
    if (s instanceof dev.widgetry.chatkit.WidgetStatus.WithIcon) {
      dev.widgetry.chatkit.WidgetStatus.WithIcon withIcon = (dev.widgetry.chatkit.WidgetStatus.WithIcon) s;
      return new WidgetStatus(withIcon.text(), null, null, withIcon.icon());
    }
    if (s instanceof dev.widgetry.chatkit.WidgetStatus.WithFavicon) {
      dev.widgetry.chatkit.WidgetStatus.WithFavicon withFavicon = (dev.widgetry.chatkit.WidgetStatus.WithFavicon) s;
      return new WidgetStatus(withFavicon.text(), withFavicon.favicon(), withFavicon.frame(), null);
    }
    return null;
  }

  private static CardAction cardAction(dev.widgetry.chatkit.CardAction a) {
    return a == null ? null : new CardAction(a.label(), action(a.action()));
  }

  private static Map<String, Object> object(JsonNode node) {
    Map<String, Object> map = new LinkedHashMap<>();
    for (Map.Entry<String, JsonNode> property : node.properties()) {
      map.put(property.getKey(), value(property.getValue()));
    }
    return map;
  }

  private static Object value(JsonNode node) {
    if (node.isObject()) {
      return object(node);
    }
    if (node.isArray()) {
      List<Object> list = new ArrayList<>();
      node.forEach(element -> list.add(value(element)));
      return list;
    }
    if (node.isTextual()) {
      return node.textValue();
    }
    if (node.isBoolean()) {
      return node.booleanValue();
    }
    if (node.isIntegralNumber()) {
      return node.longValue();
    }
    if (node.isNumber()) {
      return node.doubleValue();
    }
    return null;
  }

  private static <A, B> List<B> map(List<A> list, Function<A, B> convert) {
    if (list == null) {
      return null;
    }
    List<B> copy = new ArrayList<>(list.size());
    for (A element : list) {
      copy.add(convert.apply(element));
    }
    return copy;
  }

  private static IllegalArgumentException unknown(Object widget) {
    return new IllegalArgumentException("The avaje-jsonb twins have no " + widget.getClass().getSimpleName());
  }
}
