package dev.widgetry.processor;

import dev.widgetry.processor.diag.Diagnostics;
import dev.widgetry.processor.diag.Message;
import dev.widgetry.processor.model.JavaName;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import javax.annotation.processing.ProcessingEnvironment;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;

/** What both stages of processing do the same way across rounds. */
final class Rounds {
  private Rounds() {}

  static Set<? extends Element> annotated(ProcessingEnvironment env, RoundEnvironment round, String annotation) {
    TypeElement type = env.getElementUtils().getTypeElement(annotation);
    return type == null ? Set.of() : round.getElementsAnnotatedWith(type);
  }

  /** The types deferred from earlier rounds, then this round's annotated types, by qualified name. */
  static Map<String, TypeElement> candidates(
      ProcessingEnvironment env, Set<String> deferred, RoundEnvironment round, String annotation) {
    Map<String, TypeElement> candidates = new LinkedHashMap<>();
    for (String name : deferred) {
      TypeElement element = env.getElementUtils().getTypeElement(name);
      if (element != null) {
        candidates.put(name, element);
      }
    }
    for (Element element : annotated(env, round, annotation)) {
      if (element instanceof TypeElement) {
        candidates.putIfAbsent(((TypeElement) element).getQualifiedName().toString(), (TypeElement) element);
      }
    }
    return candidates;
  }

  /** The types that depend, directly or through others, on an unavailable one. */
  static Set<JavaName> blocked(Map<JavaName, Set<JavaName>> dependencies, Set<JavaName> unavailable) {
    Set<JavaName> blocked = new HashSet<>();
    boolean changed = true;
    while (changed) {
      changed = false;
      for (Map.Entry<JavaName, Set<JavaName>> entry : dependencies.entrySet()) {
        if (blocked.contains(entry.getKey())) {
          continue;
        }
        for (JavaName dependency : entry.getValue()) {
          if (unavailable.contains(dependency) || blocked.contains(dependency)) {
            blocked.add(entry.getKey());
            changed = true;
            break;
          }
        }
      }
    }
    return blocked;
  }

  /** @param generated what the types would have got: "codec", "actions class" */
  static void reportStillDeferred(
      Elements elements, Diagnostics diagnostics, Map<String, String> deferred, String generated) {
    for (Map.Entry<String, String> entry : deferred.entrySet()) {
      TypeElement element = elements.getTypeElement(entry.getKey());
      if (element != null) {
        diagnostics.error(element, Message.UNRESOLVED_TYPE, element.getSimpleName(), entry.getValue(), generated,
            element.getSimpleName());
      }
    }
    deferred.clear();
  }
}
