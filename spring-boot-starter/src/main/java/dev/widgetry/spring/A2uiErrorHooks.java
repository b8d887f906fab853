package dev.widgetry.spring;

import dev.widgetry.a2ui.A2uiErrorHook;
import dev.widgetry.runtime.ActionDispatcher;
import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.util.ClassUtils;

/**
 * Gives the dispatcher the application's {@link A2uiErrorHook} bean, when A2UI is on the class path
 * and there is one. Only {@link #apply} names A2UI's types, so an application without A2UI never
 * loads them.
 */
final class A2uiErrorHooks {
  private static final String HOOK = "dev.widgetry.a2ui.A2uiErrorHook";

  private A2uiErrorHooks() {}

  static ActionDispatcher applyIfPresent(ActionDispatcher dispatcher, ListableBeanFactory beans) {
    return ClassUtils.isPresent(HOOK, A2uiErrorHooks.class.getClassLoader()) ? apply(dispatcher, beans) : dispatcher;
  }

  private static ActionDispatcher apply(ActionDispatcher dispatcher, ListableBeanFactory beans) {
    A2uiErrorHook hook = beans.getBeanProvider(A2uiErrorHook.class).getIfAvailable();
    return hook == null ? dispatcher : dispatcher.withHook(A2uiErrorHook.class, hook);
  }
}
