package dev.widgetry.a2ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import dev.widgetry.a2ui.basic.Column;
import dev.widgetry.a2ui.basic.Row;
import dev.widgetry.a2ui.basic.Text;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TreeAndVersionLookupsTest {

  @Test
  void aSlotKeepsTheNodesItWasGivenThoughTheCallersListChangesAfterwards() {
    List<Node> nodes = new ArrayList<>(List.of(Text.of("a"), Text.of("b")));
    Tree.Slot list = Tree.Slot.list("children", nodes);
    Tree.Slot tabs = Tree.Slot.tabs("tabs", nodes);

    nodes.clear();

    assertEquals(2, list.nodes().size());
    assertEquals(2, tabs.nodes().size());
  }

  @Test
  void rowsAndColumnsWithoutPropsShareABuildAndStillBuildEachWithItsOwnChildren() {
    Surface surface = Surface.builder("s")
        .root(Column.of(Row.of(Text.of("a")), Row.of(Text.of("b"), Text.of("c"))))
        .build();

    assertEquals(
        "[{\"version\":\"v0.9\",\"updateComponents\":{\"surfaceId\":\"s\",\"components\":["
            + "{\"component\":\"Column\",\"id\":\"root\",\"children\":[\"root-0\",\"root-1\"]},"
            + "{\"component\":\"Row\",\"id\":\"root-0\",\"children\":[\"root-0-0\"]},"
            + "{\"component\":\"Text\",\"id\":\"root-0-0\",\"text\":\"a\"},"
            + "{\"component\":\"Row\",\"id\":\"root-1\",\"children\":[\"root-1-0\",\"root-1-1\"]},"
            + "{\"component\":\"Text\",\"id\":\"root-1-0\",\"text\":\"b\"},"
            + "{\"component\":\"Text\",\"id\":\"root-1-1\",\"text\":\"c\"}]}}]",
        A2ui.toJsonArray(List.of(surface.update())));
  }

  @Test
  void aVersionIsReadFromItsOwnNameAndFromAnEqualStringMadeElsewhere() {
    assertSame(A2uiVersion.V0_9, A2uiVersion.reading(A2uiVersion.V0_9.wireName()));
    assertSame(A2uiVersion.V1_0, A2uiVersion.reading(A2uiVersion.V1_0.wireName()));
    assertSame(A2uiVersion.V0_9, A2uiVersion.reading(new String("v0.9".toCharArray())));
    assertSame(A2uiVersion.V0_9, A2uiVersion.reading(new String("v0.9.1".toCharArray())));
    assertSame(A2uiVersion.V1_0, A2uiVersion.reading(new String("v1.0".toCharArray())));
    assertNull(A2uiVersion.reading("v2.0"));
    assertNull(A2uiVersion.reading(null));
  }
}
