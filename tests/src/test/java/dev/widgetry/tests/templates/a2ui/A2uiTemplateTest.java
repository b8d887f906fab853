package dev.widgetry.tests.templates.a2ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.widgetry.a2ui.A2ui;
import dev.widgetry.a2ui.OfficialSchemas;
import dev.widgetry.a2ui.ServerMessage;
import dev.widgetry.a2ui.UpdateDataModel;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Official A2UI example files bound to records with {@code @WidgetTemplate}: the generated
 * {@code messages} equal the file's messages when the record holds the example's data, pass
 * {@link A2ui#validate} and the official v0.9 schemas, and carry other data as the record has it.
 */
class A2uiTemplateTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void flightStatusWithTheExamplesDataIsTheExample() {
    FlightStatus data = new FlightStatus("OS 87", "2025-12-15", "Vienna", "New York", "2025-12-15T10:15:00Z",
        "On Time", "2025-12-15T14:30:00Z");
    assertTheExample("01_flight-status.json", FlightStatusTemplate.messages(data));
  }

  @Test
  void taskCardWithTheExamplesDataIsTheExample() {
    TaskCard data = new TaskCard(false, "Review pull request", "Review and approve the authentication module changes.",
        "2025-12-15T17:00:00Z", "Backend", "priority_high");
    assertTheExample("07_task-card.json", TaskCardTemplate.messages(data));
  }

  @Test
  void childListTemplateWithTheExamplesDataIsTheExample() {
    ItemList data = new ItemList(List.of(new ItemList.Item("Apple", 10), new ItemList.Item("Banana", 5),
        new ItemList.Item("Cherry", 20)));
    assertTheExample("34_child-list-template.json", ItemListTemplate.messages(data));
  }

  @Test
  void otherDataGoesToTheSurfaceNamedAndOnlyTheDataModelChanges() throws IOException {
    ItemList data = new ItemList(List.of(new ItemList.Item("Fig", 1)));
    List<ServerMessage> messages = ItemListTemplate.messages("order-7", data);

    JsonNode written = JSON.readTree(A2ui.toJsonArray(messages));
    JsonNode example = example("34_child-list-template.json").get("messages");
    assertEquals(3, written.size());
    for (JsonNode message : written) {
      assertEquals("order-7", message.findValue("surfaceId").asText());
    }
    assertEquals(example.get(1).get("updateComponents").get("components"),
        written.get(1).get("updateComponents").get("components"));
    assertEquals(JSON.readTree("{\"items\": [{\"name\": \"Fig\", \"quantity\": 1}]}"),
        written.get(2).get("updateDataModel").get("value"));
    assertTrue(messages.get(2) instanceof UpdateDataModel);
    assertEquals(List.of(), A2ui.validate(messages));
    assertEquals(List.of(), OfficialSchemas.official().problems("server_to_client_list.json", written));
  }

  private static void assertTheExample(String file, List<ServerMessage> messages) {
    try {
      JsonNode written = JSON.readTree(A2ui.toJsonArray(messages));
      assertEquals(example(file).get("messages"), written);
      assertEquals(List.of(), A2ui.validate(messages));
      assertEquals(List.of(), OfficialSchemas.official().problems("server_to_client_list.json", written));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static JsonNode example(String file) throws IOException {
    try (InputStream in = A2uiTemplateTest.class.getResourceAsStream("/a2ui-examples/" + file)) {
      return JSON.readTree(in);
    }
  }
}
