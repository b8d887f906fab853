package dev.widgetry.tests.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.core.type.TypeReference;
import dev.widgetry.chatkit.Chart;
import dev.widgetry.runtime.Widgets;
import dev.widgetry.runtime.internal.StrictSchemas;
import dev.widgetry.schema.internal.StrictSchema;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The strict flavour's rules are widgetry-schema's, which the processor applies to trees it built
 * (catalogs' render schemas, actions' tools) and the runtime to a widget's schema text, read with
 * its numbers as written and printed back. Both paths give the same schema, maps as entry lists
 * included.
 */
class StrictSchemaTwinsTest {
  @Test
  void theRuntimesTextPathAndTheRulesOnATreeGiveTheSameStrictSchema() throws IOException {
    List<Class<?>> types = new ArrayList<>();
    Samples.all().forEach(sample -> types.add(sample.getClass()));
    types.add(MapEntryListTest.PriceList.class);
    types.add(StrictSchemaTest.Labels.class);
    types.add(Chart.class);
    for (Class<?> type : types) {
      String schema = Widgets.schema(type);
      Map<String, Object> document = Samples.MAPPER.readValue(schema, new TypeReference<Map<String, Object>>() {});

      assertEquals(Samples.MAPPER.readTree(StrictSchemas.strict(schema)),
          Samples.MAPPER.valueToTree(StrictSchema.of(document)), type.getName());
    }
  }
}
