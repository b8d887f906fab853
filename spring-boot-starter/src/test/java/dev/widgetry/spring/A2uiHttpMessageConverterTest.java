package dev.widgetry.spring;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.widgetry.a2ui.A2ui;
import dev.widgetry.a2ui.ServerMessage;
import dev.widgetry.a2ui.Surface;
import dev.widgetry.a2ui.basic.Card;
import dev.widgetry.a2ui.basic.Column;
import dev.widgetry.a2ui.basic.Text;
import dev.widgetry.spring.fixtures.Note;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.springframework.core.ResolvableType;
import org.springframework.http.MediaType;
import org.springframework.mock.http.MockHttpOutputMessage;

class A2uiHttpMessageConverterTest {
  private static final Surface SURFACE = Surface.builder("greeting")
      .root(Card.of(Column.of(Text.of("Hello"), Text.of("from Spring"))))
      .dataModel(new Note("tea", 2.0, Optional.of("shop")))
      .build();

  private final A2uiHttpMessageConverter converter = new A2uiHttpMessageConverter();

  @Test
  void writesSurfacesMessagesAndCollectionsOfMessagesAsJsonOnly() {
    assertThat(converter.canWrite(ResolvableType.forClass(Surface.class), Surface.class, MediaType.APPLICATION_JSON))
        .isTrue();
    assertThat(converter.canWrite(ResolvableType.forClass(ServerMessage.class), SURFACE.create().getClass(), null))
        .isTrue();
    assertThat(converter.canWrite(ResolvableType.forClassWithGenerics(List.class, ServerMessage.class), List.class,
        MediaType.ALL)).isTrue();

    assertThat(converter.canWrite(ResolvableType.forClass(Surface.class), Surface.class, MediaType.TEXT_HTML)).isFalse();
    assertThat(converter.canWrite(ResolvableType.forClass(List.class), List.class, MediaType.APPLICATION_JSON)).isFalse();
    assertThat(converter.canWrite(ResolvableType.forClass(String.class), String.class, null)).isFalse();
    assertThat(converter.canRead(Surface.class, MediaType.APPLICATION_JSON)).isFalse();
  }

  @Test
  void aSurfaceIsWrittenAsItsMessagesWhichReadBackAndValidate() throws Exception {
    String json = write(SURFACE, ResolvableType.forClass(Surface.class));

    assertThat(json).isEqualTo(A2ui.toJsonArray(SURFACE.messages()));
    List<ServerMessage> read = A2ui.parseMessages(json);
    assertThat(read).hasSize(3);
    assertThat(A2ui.validate(read)).isEmpty();
    assertThat(new ObjectMapper().readTree(json).get(0).get("createSurface").get("surfaceId").asText())
        .isEqualTo("greeting");
  }

  @Test
  void oneMessageIsAnArrayOfOneAndACollectionKeepsItsOrder() throws Exception {
    assertThat(write(SURFACE.delete(), ResolvableType.forClass(ServerMessage.class)))
        .isEqualTo(A2ui.toJsonArray(List.of(SURFACE.delete())));
    List<ServerMessage> messages = List.of(SURFACE.update(), SURFACE.create());
    assertThat(write(messages, ResolvableType.forClassWithGenerics(List.class, ServerMessage.class)))
        .isEqualTo(A2ui.toJsonArray(messages));
  }

  private String write(Object value, ResolvableType type) throws Exception {
    MockHttpOutputMessage output = new MockHttpOutputMessage();
    converter.write(value, type, MediaType.APPLICATION_JSON, output, null);
    assertThat(output.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_JSON);
    return output.getBodyAsString(StandardCharsets.UTF_8);
  }
}
