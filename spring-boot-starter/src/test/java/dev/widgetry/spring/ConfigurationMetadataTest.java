package dev.widgetry.spring;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The metadata IDEs complete {@code application.properties} from, as Boot's configuration processor
 * wrote it into the starter's jar: every property, with its default and a description.
 */
class ConfigurationMetadataTest {

  @Test
  void everyPropertyIsDescribedWithItsDefault() throws Exception {
    JsonNode metadata;
    try (InputStream in = getClass().getResourceAsStream("/META-INF/spring-configuration-metadata.json")) {
      metadata = new ObjectMapper().readTree(in);
    }
    Map<String, String> defaults = new LinkedHashMap<>();
    for (JsonNode property : metadata.get("properties")) {
      assertThat(property.path("description").asText()).as(property.get("name").asText()).isNotBlank();
      defaults.put(property.get("name").asText(), property.get("defaultValue").asText());
    }

    assertThat(defaults).containsExactlyInAnyOrderEntriesOf(Map.of(
        "widgetry.actions.enabled", "true",
        "widgetry.actions.path", "/api/widget-action",
        "widgetry.actions.max-body-size", "1MB",
        "widgetry.actions.handler-timeout", "30s",
        "widgetry.http-converter.enabled", "true",
        "widgetry.jackson.enabled", "true"));
  }
}
