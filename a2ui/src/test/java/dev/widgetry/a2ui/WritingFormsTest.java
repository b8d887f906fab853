package dev.widgetry.a2ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Messages are written as one message, an array, JSON Lines and the a2ui_operations envelope, version first. */
class WritingFormsTest {
  private static final List<ServerMessage> MESSAGES = List.of(CreateSurface.of("s"), new DeleteSurface("s"));
  private static final String CREATE = "{\"version\":\"v0.9\",\"createSurface\":{\"surfaceId\":\"s\",\"catalogId\":"
      + "\"https://a2ui.org/specification/v0_9/catalogs/basic/catalog.json\"}}";
  private static final String DELETE = "{\"version\":\"v0.9\",\"deleteSurface\":{\"surfaceId\":\"s\"}}";

  @Test
  void eachForm() {
    assertEquals(CREATE, A2ui.toJson(MESSAGES.get(0)));
    assertEquals("[" + CREATE + "," + DELETE + "]", A2ui.toJsonArray(MESSAGES));
    assertEquals(CREATE + "\n" + DELETE + "\n", A2ui.toJsonl(MESSAGES));
    assertEquals("{\"a2ui_operations\":[" + CREATE + "," + DELETE + "]}", A2ui.toOperations(MESSAGES));
    assertEquals("{\"a2ui_operations\":[" + CREATE + "," + DELETE + "]}",
        new String(A2ui.writer(A2uiVersion.V0_9).toOperationsBytes(MESSAGES), StandardCharsets.UTF_8));
  }

  @Test
  void noMessages() {
    assertEquals("[]", A2ui.toJsonArray(List.of()));
    assertEquals("", A2ui.toJsonl(List.of()));
    assertEquals("{\"a2ui_operations\":[]}", A2ui.toOperations(List.of()));
  }

  @Test
  void aThemeAndSendDataModel() {
    CreateSurface create = new CreateSurface("s", "c", Theme.of().primaryColor("#112233").agentDisplayName("Bot"), true);

    assertEquals("{\"version\":\"v0.9\",\"createSurface\":{\"surfaceId\":\"s\",\"catalogId\":\"c\",\"theme\":"
        + "{\"primaryColor\":\"#112233\",\"agentDisplayName\":\"Bot\"},\"sendDataModel\":true}}", A2ui.toJson(create));
  }
}
