package dev.widgetry.benchmarks.a2ui;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A2UI's integrity rules beyond the schema, written over a Jackson tree of server messages the
 * plain way a team would write them: duplicate ids in one updateComponents (or in the components
 * a v1.0 createSurface carries), no {@code root}, references to components the surface does not
 * have, cycles, and nesting deeper than 50 from the root. References are the basic catalog's, the
 * same props in v0.9 and v1.0: {@code child}, {@code children} (ids or a template's
 * {@code componentId}), Modal's {@code trigger} and {@code content}, and each tab's {@code child}.
 */
public final class JsonNodeIntegrity {
  /** How many components deep from the root A2UI allows. */
  static final int MAX_DEPTH = 50;

  private JsonNodeIntegrity() {}

  /** The problems of {@code messages} (a JSON array of schema-valid server messages), one line each; empty when none. */
  public static List<String> problems(JsonNode messages) {
    List<String> problems = new ArrayList<>();
    Map<String, Map<String, JsonNode>> surfaces = new LinkedHashMap<>();
    for (JsonNode message : messages) {
      JsonNode update = message.get("updateComponents");
      if (update == null) {
        update = message.get("createSurface"); // v1.0's may carry components
      }
      if (update == null || !update.has("components")) {
        continue;
      }
      String surfaceId = update.get("surfaceId").asText();
      Map<String, JsonNode> components = surfaces.computeIfAbsent(surfaceId, id -> new LinkedHashMap<>());
      Set<String> inThisMessage = new HashSet<>();
      for (JsonNode component : update.get("components")) {
        String id = component.get("id").asText();
        if (!inThisMessage.add(id)) {
          problems.add(surfaceId + ": two components have the id \"" + id + "\"");
        }
        components.put(id, component);
      }
    }
    surfaces.forEach((surfaceId, components) -> checkGraph(surfaceId, components, problems));
    return problems;
  }

  private static void checkGraph(String surfaceId, Map<String, JsonNode> components, List<String> problems) {
    Map<String, List<String>> references = new HashMap<>();
    for (Map.Entry<String, JsonNode> entry : components.entrySet()) {
      List<String> targets = references(entry.getValue());
      for (String target : targets) {
        if (!components.containsKey(target)) {
          problems.add(surfaceId + ": \"" + entry.getKey() + "\" names \"" + target + "\", which is no component");
        }
      }
      references.put(entry.getKey(), targets);
    }
    if (!components.containsKey("root")) {
      problems.add(surfaceId + ": no component has the id \"root\"");
    }
    Map<String, Integer> state = new HashMap<>();
    for (String id : components.keySet()) {
      findCycles(id, references, state, surfaceId, problems);
    }
    if (components.containsKey("root")) {
      int depth = depth("root", references, new HashMap<>(), new HashSet<>());
      if (depth > MAX_DEPTH) {
        problems.add(surfaceId + ": the tree is " + depth + " components deep from \"root\"; A2UI allows " + MAX_DEPTH);
      }
    }
  }

  /** The ids a component names, in the props of the basic catalog that hold component ids. */
  private static List<String> references(JsonNode component) {
    List<String> ids = new ArrayList<>();
    addId(component.get("child"), ids);
    addId(component.get("trigger"), ids);
    addId(component.get("content"), ids);
    JsonNode children = component.get("children");
    if (children != null && children.isArray()) {
      children.forEach(child -> addId(child, ids));
    } else if (children != null) {
      addId(children.get("componentId"), ids);
    }
    JsonNode tabs = component.get("tabs");
    if (tabs != null) {
      tabs.forEach(tab -> addId(tab.get("child"), ids));
    }
    return ids;
  }

  private static void addId(JsonNode id, List<String> ids) {
    if (id != null && id.isTextual()) {
      ids.add(id.asText());
    }
  }

  /** A depth-first walk; 1 is on the current path, 2 is done. A reference to a component on the path closes a cycle. */
  private static void findCycles(String id, Map<String, List<String>> references, Map<String, Integer> state,
      String surfaceId, List<String> problems) {
    if (state.containsKey(id)) {
      return;
    }
    state.put(id, 1);
    for (String target : references.get(id)) {
      Integer targetState = state.get(target);
      if (targetState == null && references.containsKey(target)) {
        findCycles(target, references, state, surfaceId, problems);
      } else if (targetState != null && targetState == 1) {
        problems.add(surfaceId + ": \"" + id + "\" names \"" + target + "\", which contains it: a cycle");
      }
    }
    state.put(id, 2);
  }

  /** The number of references on the longest path down from {@code id}, cycles left out (reported apart). */
  private static int depth(String id, Map<String, List<String>> references, Map<String, Integer> known,
      Set<String> onPath) {
    Integer depth = known.get(id);
    if (depth != null) {
      return depth;
    }
    onPath.add(id);
    int deepest = 0;
    for (String target : references.get(id)) {
      if (references.containsKey(target) && !onPath.contains(target)) {
        deepest = Math.max(deepest, 1 + depth(target, references, known, onPath));
      }
    }
    onPath.remove(id);
    known.put(id, deepest);
    return deepest;
  }
}
