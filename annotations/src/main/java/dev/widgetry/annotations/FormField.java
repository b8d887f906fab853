package dev.widgetry.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a component of an action payload record as filled by the page: ChatKit adds the value of
 * the form control with that name to the payload when the action fires inside a form. The action
 * factories Widgetry generates leave such components out of their parameters; the dispatcher still
 * requires them (unless they are {@code Optional}) when the action comes back.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.RECORD_COMPONENT, ElementType.FIELD, ElementType.PARAMETER})
public @interface FormField {}
