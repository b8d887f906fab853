package dev.widgetry.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a method as the handler of one widget action type. Widgetry's processor writes a dispatch
 * table beside the declaring class ({@code HandlersActions} for {@code Handlers}) that parses the
 * action's payload and calls the method directly.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface OnAction {

  /**
   * The action type, such as {@code "cart.add"}: letters, digits and {@code . _ - :}.
   */
  String value();
}
