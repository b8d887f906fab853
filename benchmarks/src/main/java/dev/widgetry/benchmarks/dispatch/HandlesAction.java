package dev.widgetry.benchmarks.dispatch;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The reflective baseline's own handler annotation. Widgetry's {@code @OnAction} is kept in the
 * class file only ({@code RetentionPolicy.CLASS}), so reflection cannot see it; a reflective
 * framework brings a runtime-retained one like this.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface HandlesAction {
  String value();
}
