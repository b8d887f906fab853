package dev.widgetry.spring;

import static org.assertj.core.api.Assertions.assertThat;

import dev.widgetry.chatkit.Card;
import dev.widgetry.chatkit.ListView;
import dev.widgetry.chatkit.Text;
import dev.widgetry.chatkit.WidgetRoot;
import dev.widgetry.runtime.Widgets;
import dev.widgetry.spring.fixtures.Note;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.springframework.core.ResolvableType;
import org.springframework.http.MediaType;
import org.springframework.mock.http.MockHttpOutputMessage;

class WidgetHttpMessageConverterTest {
  private static final Card CARD = Card.of(Text.of("Hello"));
  private static final Note NOTE = new Note("tea", 2.0, Optional.of("shop"));

  private final WidgetHttpMessageConverter converter = new WidgetHttpMessageConverter();

  @Test
  void writesWidgetsAndCollectionsOfWidgetsAsJsonOnly() {
    assertThat(canWrite(ResolvableType.forClass(Card.class), Card.class, MediaType.APPLICATION_JSON)).isTrue();
    assertThat(canWrite(ResolvableType.forClass(WidgetRoot.class), Card.class, null)).isTrue();
    assertThat(canWrite(ResolvableType.forClassWithGenerics(List.class, Note.class), List.class, MediaType.ALL)).isTrue();
    assertThat(canWrite(ResolvableType.forClass(Card.class), Card.class, MediaType.parseMediaType("application/vnd.chat+json"))).isTrue();

    assertThat(canWrite(ResolvableType.forClass(Card.class), Card.class, MediaType.TEXT_HTML)).isFalse();
    assertThat(canWrite(ResolvableType.forClass(String.class), String.class, MediaType.APPLICATION_JSON)).isFalse();
    assertThat(canWrite(ResolvableType.forClass(List.class), List.class, MediaType.APPLICATION_JSON)).isFalse();
    assertThat(canWrite(ResolvableType.forClassWithGenerics(Map.class, String.class, Card.class), Map.class, null)).isFalse();
    assertThat(converter.canRead(Card.class, MediaType.APPLICATION_JSON)).isFalse();
  }

  @Test
  void aWidgetIsWrittenByItsCodec() throws Exception {
    assertThat(write(NOTE, ResolvableType.forClass(Note.class))).isEqualTo(Widgets.toJson(NOTE));
  }

  @Test
  void aWidgetDeclaredAsItsUnionIsWrittenAsTheUnionWritesIt() throws Exception {
    ListView list = ListView.of();

    assertThat(write(CARD, ResolvableType.forClass(WidgetRoot.class)))
        .isEqualTo(Widgets.codec(WidgetRoot.class).toJson(CARD));
    assertThat(write(list, ResolvableType.forClass(WidgetRoot.class)))
        .isEqualTo(Widgets.codec(WidgetRoot.class).toJson(list));
  }

  @Test
  void aCollectionIsWrittenAsAnArrayByItsElementTypesCodec() throws Exception {
    Note other = new Note("milk", 1.5, Optional.empty());

    assertThat(write(List.of(NOTE, other), ResolvableType.forClassWithGenerics(List.class, Note.class)))
        .isEqualTo("[" + Widgets.toJson(NOTE) + "," + Widgets.toJson(other) + "]");
    assertThat(write(List.of(), ResolvableType.forClassWithGenerics(List.class, Note.class))).isEqualTo("[]");
  }

  @Test
  void theAnswerIsJson() throws Exception {
    MockHttpOutputMessage output = new MockHttpOutputMessage();
    converter.write(CARD, ResolvableType.forClass(Card.class), null, output, null);

    assertThat(output.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_JSON);
  }

  private boolean canWrite(ResolvableType type, Class<?> valueClass, MediaType mediaType) {
    return converter.canWrite(type, valueClass, mediaType);
  }

  private String write(Object value, ResolvableType type) throws Exception {
    MockHttpOutputMessage output = new MockHttpOutputMessage();
    converter.write(value, type, MediaType.APPLICATION_JSON, output, null);
    return output.getBodyAsString(StandardCharsets.UTF_8);
  }
}
