package dev.widgetry.tests.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import dev.widgetry.annotations.Widget;
import dev.widgetry.chatkit.Chart;
import dev.widgetry.runtime.ParseOptions;
import dev.widgetry.runtime.ParseProblem;
import dev.widgetry.runtime.WidgetCodec;
import dev.widgetry.runtime.WidgetParseException;
import dev.widgetry.runtime.Widgets;
import dev.widgetry.tests.a2ui.models.StrictForm;
import dev.widgetry.tests.model.Tag;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A map in the strict schema is the list of its entries, {@code [{"key": ..., "value": ...}]}: a
 * model's answer in that form validates against the strict schema and reads, with
 * {@link ParseOptions#modelOutput()}, to the record the object form reads to; the ordinary reader
 * still takes only the object.
 */
class MapEntryListTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
  private static final String OBJECT_FORM = "{\"shop\":\"Lisbon\",\"prices\":{\"tea\":2.5,\"cake\":4},"
      + "\"stock\":{\"north\":{\"tea\":3},\"south\":{}},\"tags\":{\"tea\":{\"label\":\"hot\",\"weight\":1}}}";
  private static final String ENTRY_FORM = "{\"shop\":\"Lisbon\","
      + "\"prices\":[{\"key\":\"tea\",\"value\":2.5},{\"key\":\"cake\",\"value\":4}],"
      + "\"stock\":[{\"key\":\"north\",\"value\":[{\"key\":\"tea\",\"value\":3}]},{\"key\":\"south\",\"value\":[]}],"
      + "\"tags\":[{\"key\":\"tea\",\"value\":{\"label\":\"hot\",\"weight\":1}}]}";

  /** Prices and stock by item, as a model reports them. */
  @Widget
  record PriceList(
      String shop, Map<String, Double> prices, Map<String, Map<String, Integer>> stock, Map<String, Tag> tags) {}

  @Test
  void theStrictSchemaHasAMapAsTheListOfItsEntries() throws IOException {
    JsonNode strict = JSON.readTree(Widgets.strictSchema(PriceList.class));

    assertEquals(JSON.readTree("{\"description\":\"A map, written as the list of its entries: each key once.\","
        + "\"type\":[\"array\",\"null\"],\"items\":{\"type\":\"object\",\"properties\":"
        + "{\"key\":{\"type\":\"string\"},\"value\":{\"type\":\"number\"}},\"required\":[\"key\",\"value\"],"
        + "\"additionalProperties\":false}}"), strict.at("/properties/prices"));
    assertEquals(JSON.readTree("{\"description\":\"A map, written as the list of its entries: each key once.\","
        + "\"type\":\"array\",\"items\":{\"type\":\"object\",\"properties\":"
        + "{\"key\":{\"type\":\"string\"},\"value\":{\"type\":\"integer\",\"minimum\":-2147483648,"
        + "\"maximum\":2147483647}},\"required\":[\"key\",\"value\"],"
        + "\"additionalProperties\":false}}"), strict.at("/properties/stock/items/properties/value"));
  }

  @Test
  void anAnswerWithEntriesValidatesAndReadsToTheRecordOfTheObjectForm() throws IOException {
    Schema strict = REGISTRY.getSchema(Widgets.strictSchema(PriceList.class));
    PriceList expected = new PriceList("Lisbon", Map.of("tea", 2.5, "cake", 4.0),
        Map.of("north", Map.of("tea", 3), "south", Map.of()), Map.of("tea", new Tag("hot", 1)));

    assertEquals(List.of(), strict.validate(JSON.readTree(ENTRY_FORM)));
    assertEquals(expected, Widgets.fromJson(OBJECT_FORM, PriceList.class));
    assertEquals(expected, Widgets.fromJson(ENTRY_FORM, PriceList.class, ParseOptions.modelOutput()));
    assertEquals(expected, Widgets.fromJson(OBJECT_FORM, PriceList.class, ParseOptions.modelOutput()),
        "the object form still reads");
    assertEquals(List.of("tea", "cake"),
        List.copyOf(Widgets.fromJson(ENTRY_FORM, PriceList.class, ParseOptions.modelOutput()).prices().keySet()),
        "the entries' order is the map's");
  }

  /** toStrictJson writes what a model writes under the strict schema, and it reads back equal. */
  @Test
  void strictJsonWritesEveryMapAsItsEntriesAndReadsBack() throws IOException {
    Map<String, Double> prices = new LinkedHashMap<>();
    prices.put("tea", 2.5);
    prices.put("cake", 4.0);
    Map<String, Map<String, Integer>> stock = new LinkedHashMap<>();
    stock.put("north", Map.of("tea", 3));
    stock.put("south", Map.of());
    PriceList list = new PriceList("Lisbon", prices, stock, Map.of("tea", new Tag("hot", 1)));
    WidgetCodec<PriceList> codec = Widgets.codec(PriceList.class);

    String strict = codec.toStrictJson(list);

    assertEquals(JSON.readTree(ENTRY_FORM), JSON.readTree(strict));
    assertEquals(List.of(), REGISTRY.getSchema(codec.strictSchema()).validate(JSON.readTree(strict)));
    assertEquals(list, Widgets.fromJson(strict, PriceList.class, ParseOptions.modelOutput()));
    assertEquals(JSON.readTree(OBJECT_FORM), JSON.readTree(Widgets.toJson(list)), "the wire form keeps objects");
  }

  @Test
  void aChartsStrictJsonValidatesAndReadsBack() throws IOException {
    Chart chart = Widgets.fromJson("{\"type\":\"Chart\",\"data\":[{\"month\":\"Jan\",\"sales\":3}],"
        + "\"series\":[{\"type\":\"bar\",\"dataKey\":\"sales\"}],\"xAxis\":\"month\"}", Chart.class);
    WidgetCodec<Chart> codec = Widgets.codec(Chart.class);

    String strict = codec.toStrictJson(chart);

    assertEquals("[{\"key\":\"month\",\"value\":\"Jan\"},{\"key\":\"sales\",\"value\":3}]",
        JSON.readTree(strict).at("/data/0").toString());
    assertEquals(List.of(), REGISTRY.getSchema(codec.strictSchema()).validate(JSON.readTree(strict)));
    assertEquals(chart, Widgets.fromJson(strict, Chart.class, ParseOptions.modelOutput()));
  }

  @Test
  void theOrdinaryReaderStillRefusesAListForAMap() {
    WidgetParseException e = assertThrows(WidgetParseException.class,
        () -> Widgets.fromJson(ENTRY_FORM, PriceList.class));

    assertEquals(List.of("/prices", "/stock", "/tags"), pointers(e));
    assertTrue(e.problems().get(0).message().contains("expected an object of numbers, found an array"),
        e.getMessage());
  }

  @Test
  void aKeyTwiceInTheEntriesIsAProblemAtItsEntry() {
    WidgetParseException e = assertThrows(WidgetParseException.class, () -> Widgets.fromJson(
        "{\"prices\":[{\"key\":\"tea\",\"value\":1},{\"key\":\"tea\",\"value\":2}]}", PriceList.class,
        ParseOptions.modelOutput()));

    assertEquals(List.of("/prices/1/value"), pointers(e));
    assertEquals("each key once", e.problems().get(0).expected());
    assertEquals("\"tea\" a second time", e.problems().get(0).found());
  }

  @Test
  void aMalformedEntryIsAProblemWithItsPointerAndTheOthersStillRead() {
    WidgetParseException e = assertThrows(WidgetParseException.class, () -> Widgets.fromJson(
        "{\"prices\":[{\"value\":1,\"key\":\"tea\"},{\"key\":\"cake\"},{\"key\":\"jam\",\"value\":\"cheap\"},"
            + "[\"bun\",1],{\"key\":\"pie\",\"value\":3,\"price\":3},{\"key\":\"bun\",\"value\":1,\"key\":\"roll\"},"
            + "{\"value\":5},{}]}",
        PriceList.class, ParseOptions.modelOutput()));

    assertEquals(List.of("/prices/0/value", "/prices/1/value", "/prices/2/value", "/prices/3", "/prices/4/price",
        "/prices/5/key", "/prices/6/value", "/prices/7/key", "/prices/7/value"), pointers(e));
    assertEquals("\"key\" before \"value\"", e.problems().get(0).expected());
    assertEquals("the value for \"cake\"", e.problems().get(1).expected());
    assertEquals("a number", e.problems().get(2).expected());
    assertEquals("an entry {\"key\": ..., \"value\": ...}", e.problems().get(3).expected());
    assertEquals("one of the properties of an entry (key, value)", e.problems().get(4).expected());
    assertEquals("each property once", e.problems().get(5).expected());
    assertEquals("\"key\" before \"value\"", e.problems().get(6).expected());
  }

  @Test
  void anythingButAnObjectOrAListIsAProblemThatNamesBothForms() {
    WidgetParseException e = assertThrows(WidgetParseException.class,
        () -> Widgets.fromJson("{\"prices\":\"tea\"}", PriceList.class, ParseOptions.modelOutput()));

    assertEquals(List.of("/prices"), pointers(e));
    assertEquals("an object of numbers, or a list of its entries {\"key\": ..., \"value\": ...}",
        e.problems().get(0).expected());
  }

  /** A ChatKit widget's map (a chart's data points) in a model's answer under the strict schema. */
  @Test
  void aChartsDataPointsAsEntriesReadToTheSameChart() throws IOException {
    String chart = "{\"type\":\"Chart\",\"data\":[{\"month\":\"Jan\",\"sales\":3},{\"month\":\"Feb\",\"sales\":5}],"
        + "\"series\":[{\"type\":\"bar\",\"dataKey\":\"sales\"}],\"xAxis\":\"month\"}";
    String strictSchema = Widgets.strictSchema(Chart.class);
    JsonNode answer = new StrictForm(JSON.readTree(strictSchema)).fill(JSON.readTree(chart));

    assertEquals("[{\"key\":\"month\",\"value\":\"Jan\"},{\"key\":\"sales\",\"value\":3}]",
        answer.at("/data/0").toString());
    assertEquals(List.of(), REGISTRY.getSchema(strictSchema).validate(answer));
    assertEquals(Widgets.fromJson(chart, Chart.class),
        Widgets.fromJson(answer.toString(), Chart.class, ParseOptions.modelOutput()));
  }

  private static List<String> pointers(WidgetParseException e) {
    return e.problems().stream().map(ParseProblem::pointer).toList();
  }
}
