package dev.widgetry.spring;

import java.util.List;
import org.springframework.boot.autoconfigure.condition.ConditionMessage;
import org.springframework.boot.autoconfigure.condition.ConditionOutcome;
import org.springframework.boot.autoconfigure.condition.SpringBootCondition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.ConfigurationCondition;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * Matches when the application has at least one bean with {@code @OnAction} methods, so an
 * application without handlers gets no dispatcher and no endpoint. Evaluated once the
 * application's own bean definitions are registered; the condition report names the beans found.
 */
final class OnActionHandlersCondition extends SpringBootCondition implements ConfigurationCondition {

  @Override
  public ConfigurationPhase getConfigurationPhase() {
    return ConfigurationPhase.REGISTER_BEAN;
  }

  @Override
  public ConditionOutcome getMatchOutcome(ConditionContext context, AnnotatedTypeMetadata metadata) {
    ConditionMessage.Builder message = ConditionMessage.forCondition("Widgetry action handlers");
    List<String> names = ActionHandlerBeans.names(context.getBeanFactory());
    if (names.isEmpty()) {
      return ConditionOutcome.noMatch(message.didNotFind("bean with @OnAction methods").atAll());
    }
    return ConditionOutcome.match(message.found("bean with @OnAction methods", "beans with @OnAction methods")
        .items(names));
  }
}
