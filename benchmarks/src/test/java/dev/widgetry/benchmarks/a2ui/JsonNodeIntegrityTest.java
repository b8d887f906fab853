package dev.widgetry.benchmarks.a2ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.widgetry.a2ui.A2ui;
import dev.widgetry.a2ui.A2uiProblem;
import dev.widgetry.a2ui.A2uiVersion;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The read benchmark's baseline rules find each broken surface's problem and nothing else, and
 * draw the depth limit where Widgetry's {@code A2ui.validate} draws it.
 */
class JsonNodeIntegrityTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  @Test
  void theValidSurfaceHasNoProblem() throws Exception {
    assertEquals(List.of(), JsonNodeIntegrity.problems(MAPPER.readTree(SurfaceInputs.valid(A2uiVersion.V0_9))));
  }

  @Test
  void eachBrokenSurfaceHasItsProblem() throws Exception {
    Map<String, String> invalid = SurfaceInputs.invalid(A2uiVersion.V0_9);

    assertEquals(List.of("order-1042: two components have the id \"root-child-5-3-0\"",
            "order-1042: \"root-child-5-3\" names \"root-child-5-3-1\", which is no component"),
        problems(invalid.get("a duplicate id")));
    assertEquals(List.of("order-1042: \"root-child-10\" names \"pay-label\", which is no component"),
        problems(invalid.get("a dangling reference")));
    assertEquals(List.of("order-1042: \"root-child-5-7\" names \"root-child-5\", which contains it: a cycle"),
        problems(invalid.get("a cycle")));
    assertEquals(List.of("order-1042: no component has the id \"root\""), problems(invalid.get("no root")));
    assertEquals(List.of("deep: the tree is 60 components deep from \"root\"; A2UI allows 50"),
        problems(invalid.get("a tree 60 deep")));
  }

  @Test
  void theV1SurfaceHasNoProblemAndEachBrokenOneItsProblem() throws Exception {
    Map<String, String> invalid = SurfaceInputs.invalid(A2uiVersion.V1_0);

    assertEquals(List.of(), problems(SurfaceInputs.valid(A2uiVersion.V1_0)));
    assertEquals(List.of("order-1042: \"root-child-5-7\" names \"root-child-5\", which contains it: a cycle"),
        problems(invalid.get("a cycle")));
    assertEquals(List.of("deep: the tree is 60 components deep from \"root\"; A2UI allows 50"),
        problems(invalid.get("a tree 60 deep")));
    assertEquals(List.of("order-1042: \"root-child-10\" names \"pay-label\", which is no component"),
        problems(invalid.get("a dangling reference in createSurface")), "the components a v1.0 createSurface carries");
  }

  @Test
  void theDepthLimitIsWidgetrysToo() throws Exception {
    assertEquals(List.of(), problems(SurfaceInputs.chain(A2uiVersion.V0_9, 50)));
    assertEquals(List.of(), A2ui.validate(A2ui.parseMessages(SurfaceInputs.chain(A2uiVersion.V0_9, 50))));
    assertEquals(List.of("deep: the tree is 51 components deep from \"root\"; A2UI allows 50"),
        problems(SurfaceInputs.chain(A2uiVersion.V0_9, 51)));
    assertEquals(List.of("/1/updateComponents/components/51/id"),
        A2ui.validate(A2ui.parseMessages(SurfaceInputs.chain(A2uiVersion.V0_9, 51))).stream().map(A2uiProblem::pointer)
            .collect(Collectors.toList()));
  }

  private static List<String> problems(String json) throws Exception {
    return JsonNodeIntegrity.problems(MAPPER.readTree(json));
  }
}
