package dev.widgetry.benchmarks.a2ui;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;

/**
 * The order surface as a Java team writes it today without Widgetry: the messages built as a
 * Jackson {@code ObjectNode} tree with a few helpers, the flat components with the ids they pick
 * (here those Widgetry generates, so that both write the same JSON), the data model converted with
 * {@code valueToTree}, and the tree written with {@code writeValueAsString}.
 */
public final class JacksonSurface {
  private static final String CATALOG = "https://a2ui.org/specification/v0_9/catalogs/basic/catalog.json";

  private final ObjectMapper mapper;

  public JacksonSurface(ObjectMapper mapper) {
    this.mapper = mapper;
  }

  /** The createSurface, updateComponents and updateDataModel messages of {@code order}, as a JSON array. */
  public String json(OrderView order) {
    try {
      return mapper.writeValueAsString(messages(order));
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The messages of {@code order}, as a tree. */
  public ArrayNode messages(OrderView order) {
    String surfaceId = "order-" + order.id();
    ArrayNode messages = mapper.createArrayNode();

    ObjectNode create = message(messages, "createSurface", surfaceId);
    create.put("catalogId", CATALOG);

    ArrayNode components = message(messages, "updateComponents", surfaceId).putArray("components");
    components.add(component("root", "Card").put("child", "root-child"));
    components.add(children(component("root-child", "Column"), "root-child", 11));
    components.add(text("root-child-0", "Order #" + order.id()).put("variant", "h3"));
    components.add(text("root-child-1", path("/status")).put("variant", "caption"));
    components.add(text("root-child-2", path("/customer/name")));
    components.add(text("root-child-3", path("/customer/email")));
    components.add(component("root-child-4", "Divider"));
    int lines = order.lines().size();
    components.add(children(component("root-child-5", "Column"), "root-child-5", lines));
    for (int i = 0; i < lines; i++) {
      String row = "root-child-5-" + i;
      String line = "/lines/" + i;
      components.add(children(component(row, "Row"), row, 3));
      components.add(text(row + "-0", path(line + "/name")));
      components.add(text(row + "-1", call("formatNumber", "string", args(path(line + "/quantity")))));
      components.add(text(row + "-2", call("formatCurrency", "string", args(path(line + "/price")).put("currency", "EUR"))));
    }
    components.add(component("root-child-6", "Divider"));
    components.add(children(component("root-child-7", "Row"), "root-child-7", 2));
    components.add(text("root-child-7-0", "Total"));
    components.add(text("root-child-7-1", call("formatCurrency", "string", args(path("/total")).put("currency", "EUR"))));
    ObjectNode note = component("root-child-8", "TextField").put("label", "Note");
    note.set("value", path("/note"));
    ObjectNode check = note.putArray("checks").addObject();
    check.set("condition", call("length", "boolean", args(path("/note")).put("max", 200)));
    check.put("message", "At most 200 characters");
    components.add(note);
    ObjectNode paid = component("root-child-9", "CheckBox").put("label", "Paid");
    paid.set("value", path("/paid"));
    components.add(paid);
    ObjectNode pay = component("root-child-10", "Button").put("child", "root-child-10-child");
    ObjectNode event = pay.putObject("action").putObject("event").put("name", "pay");
    event.putObject("context").set("orderId", path("/id"));
    components.add(pay);
    components.add(text("root-child-10-child", "Pay"));

    message(messages, "updateDataModel", surfaceId).set("value", mapper.valueToTree(order));
    return messages;
  }

  private ObjectNode message(ArrayNode messages, String kind, String surfaceId) {
    ObjectNode message = messages.addObject().put("version", "v0.9");
    return message.putObject(kind).put("surfaceId", surfaceId);
  }

  private ObjectNode component(String id, String type) {
    return mapper.createObjectNode().put("component", type).put("id", id);
  }

  private static ObjectNode children(ObjectNode component, String id, int count) {
    ArrayNode children = component.putArray("children");
    for (int i = 0; i < count; i++) {
      children.add(id + "-" + i);
    }
    return component;
  }

  private ObjectNode text(String id, String literal) {
    return component(id, "Text").put("text", literal);
  }

  private ObjectNode text(String id, ObjectNode dynamic) {
    ObjectNode text = component(id, "Text");
    text.set("text", dynamic);
    return text;
  }

  private ObjectNode path(String pointer) {
    return mapper.createObjectNode().put("path", pointer);
  }

  private ObjectNode args(ObjectNode value) {
    ObjectNode args = mapper.createObjectNode();
    args.set("value", value);
    return args;
  }

  private ObjectNode call(String function, String returnType, ObjectNode args) {
    ObjectNode call = mapper.createObjectNode().put("call", function);
    call.set("args", args);
    return call.put("returnType", returnType);
  }
}
