package dev.widgetry.spring;

import dev.widgetry.a2ui.A2uiErrorHook;
import dev.widgetry.a2ui.A2uiFunctionResponseHook;
import dev.widgetry.runtime.ActionDispatcher;
import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.util.ClassUtils;

/**
 * Gives the dispatcher the application's A2UI hooks, when A2UI is on the class path: its {@link
 * A2uiErrorHook} bean, for the errors renderers report, and its {@link A2uiFunctionResponseHook}
 * bean, for their answers to the functions the agent asked them to run. Only {@link #apply} names
 * A2UI's types, so an application without A2UI never loads them.
 */
final class A2uiHooks {
  private static final String ERROR_HOOK = "dev.widgetry.a2ui.A2uiErrorHook";

  private A2uiHooks() {}

  static ActionDispatcher applyIfPresent(ActionDispatcher dispatcher, ListableBeanFactory beans) {
    return ClassUtils.isPresent(ERROR_HOOK, A2uiHooks.class.getClassLoader()) ? apply(dispatcher, beans) : dispatcher;
  }

  private static ActionDispatcher apply(ActionDispatcher dispatcher, ListableBeanFactory beans) {
    A2uiErrorHook errors = beans.getBeanProvider(A2uiErrorHook.class).getIfAvailable();
    A2uiFunctionResponseHook responses = beans.getBeanProvider(A2uiFunctionResponseHook.class).getIfAvailable();
    ActionDispatcher hooked = errors == null ? dispatcher : dispatcher.withHook(A2uiErrorHook.class, errors);
    return responses == null ? hooked : hooked.withHook(A2uiFunctionResponseHook.class, responses);
  }
}
