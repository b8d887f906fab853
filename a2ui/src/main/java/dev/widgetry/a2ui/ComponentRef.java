package dev.widgetry.a2ui;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a {@code String} (or {@code List<String>}) component of a catalog record as holding the id
 * of another component of the surface, as Card's {@code child} does: its catalog document says
 * {@code ComponentId}, and validation checks that the component exists.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.RECORD_COMPONENT)
public @interface ComponentRef {}
