package dev.widgetry.benchmarks.stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.widgetry.chatkit.WidgetRoot;
import dev.widgetry.chatkit.server.internal.WidgetDiff;
import dev.widgetry.chatkit.server.types.ThreadItemUpdate;
import dev.widgetry.runtime.Widgets;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** The widget stream benchmark measures what the issue asks: 20 states of a 2 KB widget, every kind of update. */
class StreamStatesTest {

  @Test
  void twentyStatesOfATwoKilobyteWidgetWithEveryKindOfUpdate() {
    List<WidgetRoot> states = StreamStates.states();
    Set<String> kinds = new TreeSet<>();
    for (int i = 1; i < states.size(); i++) {
      List<ThreadItemUpdate> updates = WidgetDiff.updates(states.get(i - 1), states.get(i));
      assertTrue(!updates.isEmpty(), "state " + i + " changes something");
      updates.forEach(update -> kinds.add(update.getClass().getSimpleName()));
    }

    assertEquals(20, states.size());
    int size = Widgets.toJsonBytes(states.get(19)).length;
    assertTrue(size >= 2000 && size < 3000, size + " bytes");
    assertEquals(Set.of("WidgetComponentUpdated", "WidgetRootUpdated", "WidgetTextDelta"), kinds);
  }
}
