package dev.widgetry.a2ui;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Takes out of an answer the components that fire forbidden events, with what only they held and
 * the references to them. The references come from the catalogs' reference tables, so it works
 * for components of any catalog: an id in a list leaves the list, a list item that holds it (a
 * tab) leaves its list, and a parent that names it in a single slot, or repeats it as a template,
 * goes as well. The messages are edited as JSON and read back, so what is sent is what the
 * parser accepts.
 */
final class ActionRemoval {
  private static final ObjectMapper JSON = new ObjectMapper();

  private final ComponentCatalog[] catalogs;
  private final ComponentCatalog references;

  ActionRemoval(ComponentCatalog... catalogs) {
    this.catalogs = catalogs.clone();
    this.references = A2uiRewrites.withBasic(catalogs);
  }

  A2uiAnswer apply(A2uiAnswer answer, Predicate<String> forbidden) {
    Map<String, Surface> surfaces = new LinkedHashMap<>();
    List<ServerMessage> messages = answer.messages();
    for (int m = 0; m < messages.size(); m++) {
      if (messages.get(m) instanceof UpdateComponents update) {
        Surface surface = surfaces.computeIfAbsent(update.surfaceId(), id -> new Surface());
        for (int c = 0; c < update.components().size(); c++) {
          A2uiComponent component = update.components().get(c);
          surface.add(new Slot(m, c), component, firesForbidden(component, forbidden));
        }
      }
    }
    if (surfaces.values().stream().allMatch(surface -> surface.removed.isEmpty())) {
      return answer;
    }
    surfaces.values().forEach(Surface::settle);
    return rewritten(answer, surfaces);
  }

  private boolean firesForbidden(A2uiComponent component, Predicate<String> forbidden) {
    boolean[] found = {false};
    A2uiRewrites.rewritten(references, component, new ComponentRewrite.Change() {
      @Override
      public void action(Action action) {
        found[0] |= action instanceof EventAction event && forbidden.test(event.event().name());
      }
    }, "withoutForbiddenActions");
    return found[0];
  }

  private A2uiAnswer rewritten(A2uiAnswer answer, Map<String, Surface> surfaces) {
    try {
      ArrayNode messages = (ArrayNode) JSON.readTree(A2ui.toJsonArray(answer.messages()));
      ArrayNode kept = JSON.createArrayNode();
      for (int m = 0; m < messages.size(); m++) {
        JsonNode message = messages.get(m);
        JsonNode update = message.get("updateComponents");
        if (update == null) {
          kept.add(message);
          continue;
        }
        Surface surface = surfaces.get(update.get("surfaceId").asText());
        ArrayNode components = JSON.createArrayNode();
        JsonNode sent = update.get("components");
        for (int c = 0; c < sent.size(); c++) {
          if (!surface.removed.contains(sent.get(c).get("id").asText())) {
            components.add(surface.edit(new Slot(m, c), (ObjectNode) sent.get(c)));
          }
        }
        if (!components.isEmpty()) {
          ((ObjectNode) update).set("components", components);
          kept.add(message);
        }
      }
      return new A2uiAnswer(A2ui.parseMessages(kept.toString(), catalogs));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The components one surface's updates send, and what is taken out of them. A component sent
   * twice (a later update replacing it) is two entries, each edited by its own references; an id
   * removed goes from every update.
   */
  private final class Surface {
    private final Map<Slot, Sent> sent = new LinkedHashMap<>();
    private final Set<String> removed = new HashSet<>();
    /** Per component sent, the pointers of the list items to take out. */
    private final Map<Slot, Set<String>> cuts = new HashMap<>();

    void add(Slot slot, A2uiComponent component, boolean forbidden) {
      List<Reference> found = new ArrayList<>();
      references.references(component, new ComponentReferences.Sink() {
        @Override
        public void reference(String pointer, String id) {
          found.add(new Reference(pointer, id, false));
        }

        @Override
        public void template(String pointer, String componentId, String path) {
          found.add(new Reference(pointer, componentId, true));
        }
      });
      sent.put(slot, new Sent(component.id(), found));
      if (forbidden) {
        removed.add(component.id());
      }
    }

    /** Grows the removed set and the cuts until each holds what the other implies. */
    void settle() {
      boolean changed = true;
      while (changed) {
        changed = false;
        cuts.clear();
        for (Map.Entry<Slot, Sent> component : sent.entrySet()) {
          if (removed.contains(component.getValue().id)) {
            continue;
          }
          for (Reference reference : component.getValue().references) {
            if (removed.contains(reference.id)) {
              String item = reference.template ? null : listItem(reference.pointer);
              if (item == null) {
                changed |= removed.add(component.getValue().id);
                break;
              }
              cuts.computeIfAbsent(component.getKey(), slot -> new HashSet<>()).add(item);
            }
          }
        }
        changed |= removeEmptied() | removeOrphans();
      }
    }

    /** Takes out a component all of whose list items of records went (Tabs without a tab is no Tabs). */
    private boolean removeEmptied() {
      boolean changed = false;
      for (Map.Entry<Slot, Set<String>> cut : cuts.entrySet()) {
        Sent component = sent.get(cut.getKey());
        Map<String, Set<String>> itemsByList = new HashMap<>();
        for (Reference reference : component.references) {
          String item = reference.template ? null : listItem(reference.pointer);
          if (item != null && !item.equals(reference.pointer)) {
            itemsByList.computeIfAbsent(item.substring(0, item.lastIndexOf('/')), list -> new HashSet<>()).add(item);
          }
        }
        for (Set<String> items : itemsByList.values()) {
          if (cut.getValue().containsAll(items)) {
            changed |= removed.add(component.id);
          }
        }
      }
      return changed;
    }

    /** Takes out what only removed components named: a removed button's label, say. */
    private boolean removeOrphans() {
      Set<String> namedByKept = new HashSet<>();
      Set<String> namedByRemoved = new HashSet<>();
      Set<String> ids = new HashSet<>();
      sent.forEach((slot, component) -> {
        ids.add(component.id);
        for (Reference reference : component.references) {
          boolean cut = cuts.getOrDefault(slot, Set.of()).stream().anyMatch(item -> reference.pointer.equals(item)
              || reference.pointer.startsWith(item + "/"));
          (removed.contains(component.id) || cut ? namedByRemoved : namedByKept).add(reference.id);
        }
      });
      boolean changed = false;
      for (String id : namedByRemoved) {
        if (!namedByKept.contains(id) && !id.equals("root") && ids.contains(id)) {
          changed |= removed.add(id);
        }
      }
      return changed;
    }

    /** {@code component}, sent at {@code slot}, without its cut list items. */
    JsonNode edit(Slot slot, ObjectNode component) {
      List<String> items = new ArrayList<>(cuts.getOrDefault(slot, Set.of()));
      // Later items first, so the indexes of earlier ones hold.
      items.sort(Comparator.comparingInt(ActionRemoval::lastIndex).reversed());
      for (String item : items) {
        int slash = item.lastIndexOf('/');
        ((ArrayNode) component.at(item.substring(0, slash))).remove(lastIndex(item));
      }
      return component;
    }
  }

  /**
   * The list item a reference stands in: the pointer itself when it ends in an index (an id in a
   * list), else the deepest item above it ({@code /tabs/1} for {@code /tabs/1/child}), else null
   * (a single slot, which cannot be left empty).
   */
  private static String listItem(String pointer) {
    String[] segments = pointer.split("/");
    for (int i = segments.length - 1; i > 0; i--) {
      if (!segments[i].isEmpty() && segments[i].chars().allMatch(Character::isDigit)) {
        return String.join("/", java.util.Arrays.copyOfRange(segments, 0, i + 1));
      }
    }
    return null;
  }

  private static int lastIndex(String item) {
    return Integer.parseInt(item.substring(item.lastIndexOf('/') + 1));
  }

  private record Reference(String pointer, String id, boolean template) {}

  /** Where a component was sent: the index of its message in the answer, its index in the message. */
  private record Slot(int message, int component) {}

  /** A component as sent: its id and its references. */
  private record Sent(String id, List<Reference> references) {}
}
