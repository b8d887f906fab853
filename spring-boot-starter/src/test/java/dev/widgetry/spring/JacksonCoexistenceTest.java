package dev.widgetry.spring;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.widgetry.chatkit.ActionConfig;
import dev.widgetry.chatkit.Button;
import dev.widgetry.chatkit.Card;
import dev.widgetry.chatkit.Text;
import dev.widgetry.chatkit.WidgetRoot;
import dev.widgetry.runtime.Widgets;
import dev.widgetry.spring.fixtures.Note;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import tools.jackson.databind.json.JsonMapper;

/**
 * Jackson 3, which Spring Boot 4 builds its {@code JsonMapper} with, and Jackson 2, which Widgetry's
 * core runs on, side by side in one application: each mapper Boot builds writes a widget inside a
 * DTO through the widget's generated codec, byte for byte what {@code Widgets.toJson} writes.
 */
class JacksonCoexistenceTest {
  @SuppressWarnings("removal") // Boot's Jackson 2 support is deprecated; applications that keep it still get the module
  private final ApplicationContextRunner runner = new ApplicationContextRunner().withConfiguration(AutoConfigurations.of(
      JacksonAutoConfiguration.class,
      org.springframework.boot.jackson2.autoconfigure.Jackson2AutoConfiguration.class,
      WidgetryJacksonAutoConfiguration.class));

  /** A DTO of the application's own, written by databind, holding widgets. */
  record Pinned(String owner, Note note, WidgetRoot card) {}

  private static final Note NOTE = new Note("Buy tea", 4.0, Optional.empty());
  // Its button's payload is a Jackson 2 tree, which the Jackson 3 writer copies through.
  private static final Card CARD = Card.of(Text.of("Order #1042"),
      Button.of("Pay", ActionConfig.of("order.pay", JsonNodeFactory.instance.objectNode().put("orderId", "1042").put("total", 18.5))));
  private static final String EXPECTED =
      "{\"owner\":\"ada\",\"note\":" + Widgets.toJson(NOTE) + ",\"card\":" + Widgets.toJson(CARD) + "}";

  @Test
  void bootsJackson3MapperWritesTheWidgetsInADtoThroughTheirCodecs() throws Exception {
    runner.run(context -> assertThat(context.getBean(JsonMapper.class).writeValueAsString(new Pinned("ada", NOTE, CARD)))
        .isEqualTo(EXPECTED));
  }

  @Test
  void bootsJackson2MapperWritesTheWidgetsInADtoThroughTheirCodecs() throws Exception {
    runner.run(context -> assertThat(context.getBean(ObjectMapper.class).writeValueAsString(new Pinned("ada", NOTE, CARD)))
        .isEqualTo(EXPECTED));
  }

  @Test
  void withTheModulesSwitchedOffJacksonWritesTheRecordItsOwnWay() {
    runner.withPropertyValues("widgetry.jackson.enabled=false").run(context -> {
      String written = context.getBean(JsonMapper.class).writeValueAsString(new Pinned("ada", NOTE, CARD));
      assertThat(written).isNotEqualTo(EXPECTED).contains("\"size\":4.0");
      assertThat(Widgets.toJson(NOTE)).isEqualTo("{\"text\":\"Buy tea\",\"size\":4}");
    });
  }

  @Test
  void aMapperOfTheApplicationsOwnTakesTheModules() throws Exception {
    String jackson3 = JsonMapper.builder().addModule(new dev.widgetry.spring.jackson.WidgetryJacksonModule()).build()
        .writeValueAsString(new Pinned("ada", NOTE, CARD));
    String jackson2 = new ObjectMapper().registerModule(new dev.widgetry.spring.jackson.WidgetryJackson2Module())
        .writeValueAsString(new Pinned("ada", NOTE, CARD));

    assertThat(jackson3).isEqualTo(EXPECTED);
    assertThat(jackson2).isEqualTo(EXPECTED);
  }
}
