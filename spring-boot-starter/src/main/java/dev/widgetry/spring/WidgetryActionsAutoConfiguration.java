package dev.widgetry.spring;

import dev.widgetry.runtime.ActionDispatcher;
import dev.widgetry.runtime.AnswerMiddleware;
import java.util.Map;
import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;

/**
 * An {@link ActionDispatcher} for the application's beans that have {@code @OnAction} methods, with
 * the body limit and handler timeout of {@code widgetry.actions.*} and every {@link AnswerMiddleware}
 * bean (ChatKit's {@code WidgetMiddleware}s among them) applied in {@code @Order}, and the
 * application's {@code A2uiErrorHook} bean for the errors A2UI renderers report and its {@code
 * A2uiFunctionResponseHook} bean for their answers to the agent's function calls. None is made when
 * the application has no such bean, or defines its own dispatcher.
 */
@AutoConfiguration
@ConditionalOnBooleanProperty(name = "widgetry.actions.enabled", matchIfMissing = true)
@EnableConfigurationProperties(WidgetryProperties.class)
public final class WidgetryActionsAutoConfiguration {

  @Bean
  @ConditionalOnMissingBean
  @Conditional(OnActionHandlersCondition.class)
  ActionDispatcher widgetryActionDispatcher(ListableBeanFactory beans, WidgetryProperties properties,
      ObjectProvider<AnswerMiddleware<?>> middleware) {
    WidgetryProperties.Actions actions = properties.getActions();
    int maxBodyBytes = BodyLimits.bytes("widgetry.actions.max-body-size", actions.getMaxBodySize());
    Map<String, Object> handlers = ActionHandlerBeans.instances(beans);
    ActionDispatcher dispatcher;
    try {
      dispatcher = ActionDispatcher.of(handlers.values().toArray());
    } catch (IllegalArgumentException e) {
      throw new IllegalStateException("The beans " + handlers.keySet() + " cannot share one action dispatcher: "
          + e.getMessage(), e);
    }
    dispatcher = dispatcher.withMaxBodyBytes(maxBodyBytes).withHandlerTimeout(actions.getHandlerTimeout());
    for (AnswerMiddleware<?> chain : MiddlewareChain.byAnswerType(middleware.orderedStream().toList())) {
      dispatcher = dispatcher.withMiddleware(chain);
    }
    return A2uiHooks.applyIfPresent(dispatcher, beans);
  }
}
