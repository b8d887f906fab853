package dev.widgetry.tests.templates;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.widgetry.chatkit.template.PythonText;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** {@code PythonText.of(double)} against Python's own {@code str(float)}, for doubles of every magnitude. */
class PythonTextTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @BeforeAll
  static void python() {
    PythonOracle.assumeAvailable();
  }

  @Test
  void writesFloatsAsPythonDoes() {
    Random random = new Random(7);
    List<Double> values = new ArrayList<>(List.of(0.0, -0.0, 1.0, 0.1, 0.5, 1e-4, 1e-5, 9.999e-5, 1e15, 1e16,
        1234567890123456.0, 12345678901234567.0, 2.0 / 3, 5e-324, Double.MAX_VALUE, Double.MIN_NORMAL, 100.0, 1e22, 1e23));
    for (int i = 0; i < 3000; i++) {
      double value = switch (i % 3) {
        case 0 -> Double.longBitsToDouble(random.nextLong());
        case 1 -> random.nextDouble() * Math.pow(10, random.nextInt(40) - 20);
        default -> Math.round(random.nextDouble() * 1e6) / Math.pow(10, random.nextInt(8));
      };
      if (!Double.isNaN(value) && !Double.isInfinite(value)) {
        values.add(value);
      }
    }
    ObjectNode request = JSON.createObjectNode();
    ArrayNode floats = request.putArray("floats");
    values.forEach(value -> floats.add(Double.toString(value)));
    JsonNode text = PythonOracle.ask(request).get("text");
    for (int i = 0; i < values.size(); i++) {
      double value = values.get(i);
      assertEquals(text.get(i).asText(), PythonText.of(value), () -> "str(" + Double.toString(value) + ")");
    }
  }
}
