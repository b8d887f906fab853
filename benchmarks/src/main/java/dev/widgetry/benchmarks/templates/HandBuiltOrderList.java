package dev.widgetry.benchmarks.templates;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.widgetry.chatkit.ActionConfig;
import dev.widgetry.chatkit.Badge;
import dev.widgetry.chatkit.Caption;
import dev.widgetry.chatkit.Col;
import dev.widgetry.chatkit.Dimension;
import dev.widgetry.chatkit.FontWeight;
import dev.widgetry.chatkit.Limit;
import dev.widgetry.chatkit.ListView;
import dev.widgetry.chatkit.ListViewItem;
import dev.widgetry.chatkit.Row;
import dev.widgetry.chatkit.Spacer;
import dev.widgetry.chatkit.Text;
import dev.widgetry.chatkit.TextAlign;
import dev.widgetry.chatkit.WidgetRoot;
import java.util.ArrayList;
import java.util.List;

/** The widget {@code order_list.widget} renders, built by hand with the catalog's builders: the baseline a template must match. */
public final class HandBuiltOrderList {
  private HandBuiltOrderList() {}

  public static WidgetRoot of(OrderList data) {
    List<ListViewItem> items = new ArrayList<>(data.orders().size());
    for (OrderList.Order order : data.orders()) {
      boolean shipped = order.status() == OrderList.Status.SHIPPED;
      items.add(ListViewItem.builder()
          .key(order.id())
          .onClickAction(ActionConfig.of("order.open", JsonNodeFactory.instance.objectNode().put("id", order.id())))
          .children(Row.builder()
              .gap(Dimension.of(3))
              .children(
                  Col.of(Text.builder().value(order.customer()).weight(FontWeight.SEMIBOLD).build(),
                      Caption.of(order.count() + " items \u00b7 " + order.placed())),
                  Spacer.of(),
                  Badge.builder().label(shipped ? "shipped" : "pending")
                      .color(shipped ? Badge.Color.SUCCESS : Badge.Color.WARNING).build(),
                  Text.builder().value(order.total()).textAlign(TextAlign.END).build())
              .build())
          .build());
    }
    return ListView.builder().limit(Limit.auto()).children(items).build();
  }
}
