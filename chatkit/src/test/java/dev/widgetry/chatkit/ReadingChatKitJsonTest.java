package dev.widgetry.chatkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import com.fasterxml.jackson.databind.JsonNode;
import dev.widgetry.runtime.Widgets;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * ChatKit JSON written by hand ({@code chatkit/samples/*.json}), the way ChatKit's authors and
 * Widget Builder templates write it: with explicit nulls, "type" anywhere in an object, and whole
 * numbers written as floats. It reads into the typed tree and writes back to equal JSON.
 */
class ReadingChatKitJsonTest {

  static Stream<String> samples() {
    try (Stream<Path> files = Files.list(Path.of(ReadingChatKitJsonTest.class.getResource("/chatkit/samples").toURI()))) {
      List<String> names = files.map(file -> file.getFileName().toString()).sorted().toList();
      assertFalse(names.isEmpty(), "no samples found");
      return names.stream();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("samples")
  void theSampleIsValidChatKitOnceItsNullsAreDropped(String sample) {
    assertEquals(List.of(), OfficialSchema.problems(Json.normalized(sample(sample))));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("samples")
  void readsAndWritesBackEqualJson(String sample) {
    JsonNode input = sample(sample);
    WidgetRoot widget = Widgets.fromJson(input.toString(), WidgetRoot.class);
    JsonNode output = Json.parse(Widgets.toJson(widget));
    Json.assertSameJson(input, output);
    assertEquals(List.of(), OfficialSchema.problems(output));
  }

  @Test
  void aWidgetBuilderPreviewReadsAndWritesBack() {
    JsonNode preview = Json.resource("/chatkit/builder/checklist.widget").path("outputJsonPreview");
    Card card = Widgets.fromJson(preview.toString(), Card.class);
    JsonNode output = Json.parse(Widgets.toJson(card));
    Json.assertSameJson(preview, output);
    assertEquals(List.of(), OfficialSchema.problems(output));
    assertEquals(null, card.status());
    Checkbox meter = (Checkbox) ((Row) card.children().get(2)).children().get(0);
    assertEquals("checklist.step", meter.onChangeAction().type());
    assertEquals(null, meter.onChangeAction().handler());
  }

  @Test
  void readsIntoTheTypedTree() {
    Card card = (Card) Widgets.fromJson(sample("weather-template-render.json").toString(), WidgetRoot.class);
    assertEquals(Card.Size.SM, card.size());
    assertEquals(Spacing.of(0), card.padding());
    Box hero = (Box) card.children().get(0);
    assertEquals(Color.of("linear-gradient(135deg, #38bdf8 0%, #6366f1 100%)"), hero.background());
    assertEquals(Direction.COL, hero.direction());
    Title temperature = (Title) ((Row) hero.children().get(1)).children().get(1);
    assertEquals(TitleSize.FIVE_XL, temperature.size());
    Row forecast = (Row) card.children().get(1);
    assertEquals(Spacing.xy(5, 3), forecast.padding());
    assertEquals(Justification.BETWEEN, forecast.justify());
  }

  @Test
  void readsEveryFormOfAUnionTypedProp() {
    ListView list = Widgets.fromJson(sample("floats-and-odd-spellings.json").toString(), ListView.class);
    assertEquals(Limit.of(5), list.limit());
    List<WidgetComponent> items = list.children().get(0).children();
    Box sides = (Box) items.get(4);
    Borders borders = assertInstanceOf(Borders.class, sides.border());
    assertEquals(Border.of(1), borders.bottom());
    assertEquals(Border.line(0.5, null, BorderStyle.DASHED), borders.top());
    assertEquals(Spacing.edges().top(Dimension.css("1rem")).left(Dimension.of(2)).build(), sides.margin());
    assertEquals(Border.of(2), ((Box) items.get(5)).border());
    assertEquals(Border.line(1, Color.theme("gray-200", "gray-700"), null), ((Box) items.get(6)).border());
    Chart chart = (Chart) ((Card) Widgets.fromJson(sample("stacked-chart.json").toString(), WidgetRoot.class))
        .children().get(0);
    assertEquals(XAxis.of("week"), chart.xAxis());
    assertEquals(ChartValue.of(52.5), chart.data().get(0).get("desktop"));
    assertEquals(ChartValue.of("launch"), chart.data().get(0).get("note"));
    assertEquals(BarSeries.builder().dataKey("mobile").stack("devices").color(Color.of("indigo-500")).build(),
        chart.series().get(0));
  }

  private static JsonNode sample(String name) {
    return Json.resource("/chatkit/samples/" + name);
  }
}
