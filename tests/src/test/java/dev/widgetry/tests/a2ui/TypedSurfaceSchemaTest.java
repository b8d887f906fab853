package dev.widgetry.tests.a2ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.widgetry.a2ui.A2ui;
import dev.widgetry.a2ui.Action;
import dev.widgetry.a2ui.CheckRule;
import dev.widgetry.a2ui.OfficialSchemas;
import dev.widgetry.a2ui.ServerMessage;
import dev.widgetry.a2ui.Surface;
import dev.widgetry.a2ui.UpdateDataModel;
import dev.widgetry.a2ui.basic.Button;
import dev.widgetry.a2ui.basic.Card;
import dev.widgetry.a2ui.basic.CheckBox;
import dev.widgetry.a2ui.basic.Column;
import dev.widgetry.a2ui.basic.Functions;
import dev.widgetry.a2ui.basic.Row;
import dev.widgetry.a2ui.basic.Slider;
import dev.widgetry.a2ui.basic.Text;
import dev.widgetry.a2ui.basic.TextField;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/**
 * What a surface bound to a record's generated paths writes (bindings of every kind, relative
 * paths in a template, typed format calls, an action's context, the data model by its generated
 * serializer, updates of one path) is valid under the official v0.9 schemas.
 */
class TypedSurfaceSchemaTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final OrderPaths ORDER = OrderPaths.root();

  @Test
  void aSurfaceBoundToTypedPathsAndItsDataModelUpdatesAreValid() throws Exception {
    Order order = new Order("1042", new Customer("Ada", null),
        List.of(new OrderItem("tea", "Green tea", 2, new BigDecimal("4.50"))), Map.of("gift", "wrap it"), false,
        OptionalInt.of(12), Order.Status.OPEN, LocalDate.of(2026, 1, 31), List.of("rush"), new BigDecimal("9.00"),
        "odd", null, "p", List.of(List.of(1, 2)));
    Surface surface = Surface.builder("order")
        .root(Card.of(Column.of(
            Text.of(Functions.formatText("Order #", ORDER.id(), " for ", ORDER.customer().name()), Text.Variant.H3),
            Column.template(ORDER.items(), item -> Row.of(
                Text.of(item.title()),
                Text.of(Functions.pluralize(item.quantity(), "one", "several")),
                Text.of(Functions.formatCurrency(item.price(), "EUR")))),
            Text.of(Functions.formatDate(ORDER.due(), "yyyy-MM-dd")),
            TextField.builder().label(Functions.formatString("Email")).value(ORDER.customer().email())
                .checks(CheckRule.of(Functions.email(ORDER.customer().email()), "An email address, please")).build(),
            Slider.of(ORDER.eta(), 60),
            CheckBox.of("Paid", ORDER.paid()),
            Button.of("Pay", Action.event("order.pay").with("orderId", ORDER.id()).with("total", ORDER.total())
                .with("paid", ORDER.paid())))))
        .dataModel(order)
        .build();
    List<ServerMessage> messages = new ArrayList<>(surface.messages());
    messages.add(UpdateDataModel.at("order", ORDER.customer(), new Customer("Grace", "g@example.com")));
    messages.add(UpdateDataModel.at("order", ORDER.items().item(0), new OrderItem("cake", null, 1, BigDecimal.ONE)));
    messages.add(UpdateDataModel.at("order", ORDER.notes().key("a/b"), "escaped"));
    messages.add(UpdateDataModel.delete("order", ORDER.notes().key("gift")));
    JsonNode written = JSON.readTree(A2ui.toJsonArray(messages));

    assertEquals(List.of(), A2ui.validate(messages));
    assertEquals(List.of(), OfficialSchemas.official().problems("server_to_client_list.json", written));
    assertEquals("/notes/a~1b", written.get(5).get("updateDataModel").get("path").asText());
  }
}
