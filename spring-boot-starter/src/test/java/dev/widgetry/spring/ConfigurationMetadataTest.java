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

    assertThat(defaults).containsExactlyInAnyOrderEntriesOf(Map.ofEntries(
        Map.entry("widgetry.actions.enabled", "true"),
        Map.entry("widgetry.actions.path", "/api/widget-action"),
        Map.entry("widgetry.actions.max-body-size", "1MB"),
        Map.entry("widgetry.actions.handler-timeout", "30s"),
        Map.entry("widgetry.chatkit.enabled", "true"),
        Map.entry("widgetry.chatkit.path", "/chatkit"),
        Map.entry("widgetry.chatkit.max-body-size", "1MB"),
        Map.entry("widgetry.chatkit.store.file", "chatkit.db"),
        Map.entry("widgetry.chatkit.attachments.enabled", "true"),
        Map.entry("widgetry.chatkit.attachments.folder", "chatkit-attachments"),
        Map.entry("widgetry.chatkit.attachments.max-size", "20MB"),
        Map.entry("widgetry.http-converter.enabled", "true"),
        Map.entry("widgetry.jackson.enabled", "true")));
  }
}
