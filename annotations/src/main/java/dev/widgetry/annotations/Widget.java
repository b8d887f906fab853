package dev.widgetry.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a record as a widget: Widgetry's annotation processor generates a streaming JSON serializer,
 * a parser and a JSON Schema for it.
 *
 * <p>On a sealed interface whose permitted subtypes are all {@code @Widget} records, it declares a
 * union. By default a union is tagged: each member is written as an object whose first property is
 * {@code "type"}, holding the member's {@link #value() type name}. A union whose members differ by
 * JSON kind (a record whose only component carries {@code @JsonValue}, next to an object record, say)
 * is untagged: each member is written as its own value.
 *
 * <p>A tagged union may be told apart by another property than {@code "type"}:
 * {@code @Widget(discriminator = "component")} on the sealed interface makes each member write
 * {@code "component"} first, as A2UI's components do. A sealed interface that another tagged union
 * permits inherits that union's discriminator. A tagged sealed interface permitted by an untagged
 * union is one member of it, deduced by its properties: so {@code {"call": ...}} can stand beside a
 * string and {@code {"path": ...}}.
 *
 * <p>The annotation is kept in class files ({@link RetentionPolicy#CLASS}) so that incremental
 * builds can find widgets that were compiled earlier; it is never read at run time.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface Widget {

  /**
   * The JSON {@code "type"} name of this record when it is a member of a tagged union (the value of
   * its union's {@link #discriminator()}); defaults to the record's simple name. A record given a
   * name here writes {@code "type"} first even outside a union, as ChatKit's {@code ListViewItem}
   * and {@code Table.Row} do.
   */
  String value() default "";

  /**
   * A description for the JSON Schema. When empty, the first sentence block of the type's Javadoc is
   * used.
   */
  String description() default "";

  /**
   * On a sealed interface whose union is tagged: the JSON property that holds each member's
   * {@link #value() name}, written first, such as {@code "component"}. Empty (the default) means the
   * discriminator of the tagged union that permits this one, or {@code "type"} when there is none.
   * Records take their union's discriminator and cannot set their own.
   */
  String discriminator() default "";
}
