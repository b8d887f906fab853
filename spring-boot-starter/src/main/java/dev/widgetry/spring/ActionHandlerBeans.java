package dev.widgetry.spring;

import dev.widgetry.runtime.ActionDispatcher;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.util.ClassUtils;

/**
 * The application's beans whose class has {@code @OnAction} methods: those for which the processor
 * generated an action table, found through the generated registry. Nothing on the class path is
 * scanned; only the bean factory's own types are looked at, and no bean is created to learn its type.
 */
final class ActionHandlerBeans {
  private ActionHandlerBeans() {}

  /** The names of the handler beans, in the bean factory's order. */
  static List<String> names(ListableBeanFactory beans) {
    List<String> names = new ArrayList<>();
    for (String name : beans.getBeanNamesForType(Object.class, true, false)) {
      Class<?> type = beans.getType(name, false);
      // A class-based proxy (a @Transactional handler, say) extends the handler: its table is found
      // through the superclass, and the table's calls go through the proxy.
      if (type != null && ActionDispatcher.hasHandlers(ClassUtils.getUserClass(type))) {
        names.add(name);
      }
    }
    return names;
  }

  /** The handler beans themselves by name, created if they are not yet. */
  static Map<String, Object> instances(ListableBeanFactory beans) {
    Map<String, Object> instances = new LinkedHashMap<>();
    for (String name : names(beans)) {
      instances.put(name, beans.getBean(name));
    }
    return instances;
  }
}
