package dev.widgetry.processor.template.a2ui;

import dev.widgetry.processor.diag.Message;
import dev.widgetry.processor.template.a2ui.A2uiFile.Located;
import dev.widgetry.processor.template.a2ui.ComponentChecker.Edge;
import dev.widgetry.processor.template.a2ui.DataModel.Place;
import dev.widgetry.processor.template.check.Suggestions;
import dev.widgetry.processor.template.file.JsonValue.JObject;
import dev.widgetry.processor.template.file.JsonValue.JString;
import dev.widgetry.processor.template.file.Problem;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Walks a surface's components from {@code root}, each checked once in the data its place gives
 * it: the record at the top, a list's item under a child list template (where relative paths
 * resolve). A component {@code root} does not reach starts a walk of its own, in file order, from
 * the record; an id that names no component is an error where it is named, and so is an id a
 * component before it has (A2ui.validate refuses such a surface as DUPLICATE_ID).
 */
final class SurfaceChecker {
  private static final String ROOT = "root";

  private final ComponentChecker components;
  private final List<Problem> problems;

  SurfaceChecker(ComponentChecker components, List<Problem> problems) {
    this.components = components;
    this.problems = problems;
  }

  void check(List<Located> all, Place data) {
    Map<String, Located> byId = new LinkedHashMap<>();
    for (Located component : all) {
      if (component.value() instanceof JObject object && object.get("id") instanceof JString id) {
        Located first = byId.putIfAbsent(id.value(), component);
        if (first != null) {
          problems.add(Problem.error(Message.A2UI_TEMPLATE_DUPLICATE_ID, id.offset(),
              Pointers.child(component.pointer(), "id"), id.value(), Pointers.child(first.pointer(), "id")));
        }
      }
    }
    Set<Located> done = new HashSet<>();
    if (byId.containsKey(ROOT)) {
      walk(new Edge(ROOT, null, null, data), byId, done);
    } else {
      Located first = all.get(0);
      problems.add(Problem.error(Message.A2UI_TEMPLATE_UNKNOWN_CHILD, first.value().offset(), first.pointer(), ROOT,
          "the surface starts from", Suggestions.didYouMean(ROOT, byId.keySet())));
    }
    for (Located component : all) {
      if (!done.contains(component) && component.value() instanceof JObject object
          && object.get("id") instanceof JString id && byId.get(id.value()) == component) {
        walk(new Edge(id.value(), null, null, data), byId, done);
      } else if (done.add(component)) {
        components.check(component.value(), component.pointer(), data);
      }
    }
  }

  /** Checks what {@code start} reaches, each component once, in the data its place gives it. */
  private void walk(Edge start, Map<String, Located> byId, Set<Located> done) {
    Deque<Edge> pending = new ArrayDeque<>(List.of(start));
    while (!pending.isEmpty()) {
      Edge edge = pending.pop();
      Located target = byId.get(edge.id());
      if (target == null) {
        problems.add(Problem.error(Message.A2UI_TEMPLATE_UNKNOWN_CHILD, edge.at().offset(), edge.pointer(), edge.id(),
            "this names", Suggestions.didYouMean(edge.id(), byId.keySet())));
      } else if (done.add(target)) {
        pending.addAll(components.check(target.value(), target.pointer(), edge.scope()));
      }
    }
  }
}
