package dev.widgetry.a2ui;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The components a surface has received, each in its current version with the components it
 * names, and the checks of the whole graph: a root, no dangling reference, no cycle, nothing
 * unreachable, no tree too deep, no {@code @index} outside a list template. Each check visits every
 * component and reference once.
 */
final class SurfaceGraph {
  private static final String ROOT = "root";

  /** A component as the surface has it now. */
  record Version(String id, String pointer, List<Reference> references) {}

  /** A component id that a component names, and where; {@code template} when a ChildList template names it. */
  record Reference(String target, String pointer, boolean template) {}

  private final String surfaceId;
  private final Map<String, Version> current = new LinkedHashMap<>();
  /** The versions brought since the last check: the ones whose reachability it judges. */
  private final List<Version> brought = new ArrayList<>();
  /** Components a replaced version named: what a renderer leaves detached, without complaint. */
  private final Set<String> detached = new HashSet<>();
  /** The pointer of an {@code @index} call of each component that has one, as the surface has it now. */
  private final Map<String, String> indexCalls = new HashMap<>();
  private String firstComponents;
  /** References followed and components visited by the checks so far: work a test counts. */
  private long steps;

  SurfaceGraph(String surfaceId) {
    this.surfaceId = surfaceId;
  }

  /** Adds a component, or replaces the version with its id. */
  void put(Version version, String componentsPointer) {
    if (firstComponents == null) {
      firstComponents = componentsPointer;
    }
    Version replaced = current.put(version.id(), version);
    if (replaced != null) {
      replaced.references().forEach(reference -> detached.add(reference.target()));
      indexCalls.remove(version.id());
    }
    brought.add(version);
  }

  /** Notes that the component just put with {@code id} calls {@code @index} at {@code pointer}. */
  void indexCall(String id, String pointer) {
    indexCalls.putIfAbsent(id, pointer);
  }

  long steps() {
    return steps;
  }

  /** Reports every problem of the graph as it is now, and starts the next batch. */
  void check(IntegrityWriter.Findings findings) {
    if (current.isEmpty()) {
      return;
    }
    if (!current.containsKey(ROOT)) {
      findings.problem(A2uiRule.NO_ROOT, firstComponents, "surface \"" + surfaceId + "\" has no component with id"
          + " \"root\"; the renderer draws nothing until one arrives");
    }
    for (Version version : current.values()) {
      for (Reference reference : version.references()) {
        if (!current.containsKey(reference.target())) {
          findings.problem(A2uiRule.DANGLING_REFERENCE, reference.pointer(), "\"" + version.id() + "\" names \""
              + reference.target() + "\", which no component of surface \"" + surfaceId + "\" has; send it, or"
              + " name one that exists");
        }
      }
    }
    Map<String, Integer> colors = new HashMap<>();
    Set<String> reached = new HashSet<>();
    if (current.containsKey(ROOT)) {
      walk(ROOT, colors, reached, findings, true);
    }
    for (String id : current.keySet()) {
      if (!colors.containsKey(id)) {
        walk(id, colors, new HashSet<>(), findings, false);
      }
    }
    reportUnreachable(reached, findings);
    reportIndexOutsideTemplates(findings);
    brought.clear();
    detached.clear();
  }

  /**
   * A depth-first walk from {@code start} with an explicit stack (no recursion, whatever the
   * depth): marks what it reaches, reports each cycle once, at the reference that closes it, and
   * from the root, the first component deeper than A2UI allows. A component two parents name is
   * walked once, so from the root the walk keeps the height of what it finished: reached again,
   * deeper, its height says how deep what it holds goes.
   */
  private void walk(String start, Map<String, Integer> colors, Set<String> reached, IntegrityWriter.Findings findings,
      boolean fromRoot) {
    Deque<Step> stack = new ArrayDeque<>();
    List<String> path = new ArrayList<>();
    colors.put(start, 1);
    reached.add(start);
    stack.push(new Step(current.get(start)));
    path.add(start);
    steps++;
    boolean tooDeep = false;
    Map<String, Integer> heights = fromRoot ? new HashMap<>() : null;
    while (!stack.isEmpty()) {
      Step step = stack.peek();
      List<Reference> references = step.version.references();
      if (step.next == references.size()) {
        colors.put(step.version.id(), 2);
        if (heights != null) {
          heights.put(step.version.id(), height(step.version, heights));
        }
        stack.pop();
        path.remove(path.size() - 1);
        continue;
      }
      Reference reference = references.get(step.next++);
      steps++;
      Version target = current.get(reference.target());
      if (target == null || target.id().equals(step.version.id())) {
        continue;
      }
      Integer color = colors.get(target.id());
      if (color == null) {
        colors.put(target.id(), 1);
        reached.add(target.id());
        stack.push(new Step(target));
        path.add(target.id());
        steps++;
        if (fromRoot && !tooDeep && stack.size() - 1 > IntegrityWriter.MAX_DEPTH) {
          tooDeep = true;
          findings.problem(A2uiRule.TOO_DEEP, target.pointer() + "/id", "\"" + target.id() + "\" is "
              + (stack.size() - 1) + " components deep from \"root\"; A2UI allows " + IntegrityWriter.MAX_DEPTH);
        }
      } else if (color == 2 && fromRoot && !tooDeep && heights.containsKey(target.id())
          && stack.size() + heights.get(target.id()) - 1 > IntegrityWriter.MAX_DEPTH) {
        tooDeep = true;
        Version deep = target;
        int depth = stack.size();
        for (; depth <= IntegrityWriter.MAX_DEPTH; depth++) {
          deep = tallestChild(deep, heights);
        }
        findings.problem(A2uiRule.TOO_DEEP, deep.pointer() + "/id", "\"" + deep.id() + "\" is " + depth
            + " components deep from \"root\"; A2UI allows " + IntegrityWriter.MAX_DEPTH);
      } else if (color == 1) {
        List<String> loop = new ArrayList<>(path.subList(path.indexOf(target.id()), path.size()));
        loop.add(target.id());
        findings.problem(A2uiRule.CYCLE, reference.pointer(), "\"" + String.join("\" → \"", loop) + "\" is a cycle;"
            + " a component cannot contain itself");
      }
    }
  }

  /** 1 for a leaf, else one more than its tallest finished child. */
  private static int height(Version version, Map<String, Integer> heights) {
    int height = 1;
    for (Reference reference : version.references()) {
      Integer child = heights.get(reference.target());
      if (child != null && !reference.target().equals(version.id())) {
        height = Math.max(height, child + 1);
      }
    }
    return height;
  }

  /** The child whose height makes {@code version}'s. */
  private Version tallestChild(Version version, Map<String, Integer> heights) {
    int wanted = heights.get(version.id()) - 1;
    for (Reference reference : version.references()) {
      if (Integer.valueOf(wanted).equals(heights.get(reference.target())) && !reference.target().equals(version.id())) {
        return current.get(reference.target());
      }
    }
    throw new IllegalStateException("no child of \"" + version.id() + "\" has height " + wanted);
  }

  /**
   * Components brought since the last check that nothing reachable from the root names, except
   * those a replaced version detached and what hangs from them.
   */
  private void reportUnreachable(Set<String> reached, IntegrityWriter.Findings findings) {
    if (!current.containsKey(ROOT)) {
      return;
    }
    Set<String> exempt = new HashSet<>();
    Deque<String> pending = new ArrayDeque<>();
    for (String id : detached) {
      if (current.containsKey(id) && !reached.contains(id) && exempt.add(id)) {
        pending.push(id);
      }
    }
    while (!pending.isEmpty()) {
      for (Reference reference : current.get(pending.pop()).references()) {
        String target = reference.target();
        if (current.containsKey(target) && !reached.contains(target) && exempt.add(target)) {
          pending.push(target);
        }
      }
    }
    for (Version version : brought) {
      if (current.get(version.id()) == version && !reached.contains(version.id()) && !exempt.contains(version.id())) {
        findings.problem(A2uiRule.UNREACHABLE, version.pointer() + "/id", "\"" + version.id() + "\" is not"
            + " reachable from \"root\": nothing the renderer draws names it");
      }
    }
  }

  /**
   * Components brought since the last check that call {@code @index} and that no list template
   * reaches: a template names them, or holds them through other components. Only a template's
   * items have an index.
   */
  private void reportIndexOutsideTemplates(IntegrityWriter.Findings findings) {
    // Templates' items call @index as a rule: walk the templates only when a component just brought calls it.
    if (!bringsIndexCall()) {
      return;
    }
    Set<String> templated = new HashSet<>();
    Deque<String> pending = new ArrayDeque<>();
    for (Version version : current.values()) {
      for (Reference reference : version.references()) {
        steps++;
        if (reference.template() && current.containsKey(reference.target()) && templated.add(reference.target())) {
          pending.push(reference.target());
        }
      }
    }
    while (!pending.isEmpty()) {
      for (Reference reference : current.get(pending.pop()).references()) {
        steps++;
        if (current.containsKey(reference.target()) && templated.add(reference.target())) {
          pending.push(reference.target());
        }
      }
    }
    for (Version version : brought) {
      String call = indexCalls.get(version.id());
      if (call != null && current.get(version.id()) == version && !templated.contains(version.id())) {
        findings.problem(A2uiRule.INDEX_OUTSIDE_TEMPLATE, version.pointer(), "\"" + version.id() + "\" calls @index"
            + " (at " + call + "), and no list template reaches it: @index counts the items of a ChildList template"
            + " ({\"componentId\", \"path\"}), so call it only in the component a template names or inside one;"
            + " elsewhere bind the value, or use a template");
      }
    }
  }

  private boolean bringsIndexCall() {
    for (Version version : brought) {
      if (indexCalls.containsKey(version.id()) && current.get(version.id()) == version) {
        return true;
      }
    }
    return false;
  }

  /** A component on the walk's stack, and its next reference to follow. */
  private static final class Step {
    final Version version;
    int next;

    Step(Version version) {
      this.version = version;
    }
  }
}
