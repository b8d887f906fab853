package dev.widgetry.samples.gallery;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import dev.widgetry.chatkit.WidgetRoot;
import dev.widgetry.runtime.ActionContext;
import dev.widgetry.runtime.Widgets;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Every widget the gallery shows is valid ChatKit, by ChatKit's own schema, in both themes. */
class GalleryWidgetsTest {
  /** The copy of ChatKit's catalog schema the runtime's tests use, read from this checkout. */
  private static final Path CHATKIT_SCHEMA = Path.of("..", "chatkit", "src", "test", "resources", "chatkit", "widgets.schema.json");
  private static final ObjectMapper MAPPER = new ObjectMapper();

  @Test
  void everyWidgetValidatesAgainstChatKitsSchema() throws Exception {
    Schema schema = rootSchema();
    Gallery gallery = Gallery.create();
    ActionContext dark = ActionContext.empty().with(ThemePreference.class, new ThemePreference(true));
    for (GalleryEntry entry : gallery.entries()) {
      for (ActionContext context : List.of(ActionContext.empty(), dark)) {
        WidgetRoot widget = gallery.pipeline().apply(entry.widget().get(), context);
        JsonNode json = MAPPER.readTree(Widgets.toJson(widget));

        assertEquals("", schema.validate(json).stream().map(Object::toString).collect(Collectors.joining("\n")), entry.id());
      }
    }
  }

  private static Schema rootSchema() throws Exception {
    ObjectNode document = (ObjectNode) MAPPER.readTree(CHATKIT_SCHEMA.toFile());
    document.put("$ref", "#/definitions/WidgetRoot");
    return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7).getSchema(document);
  }
}
