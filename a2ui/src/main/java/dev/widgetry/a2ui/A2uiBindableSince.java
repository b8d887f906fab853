package dev.widgetry.a2ui;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a prop of a dynamic type ({@link DynamicString}, {@link DynamicNumber},
 * {@link DynamicBoolean}) as holding a literal only before an A2UI version, and a binding or a call
 * too from it on, as an SVG icon's {@code svgPath} and {@code openUrl}'s {@code url} do from v1.0:
 *
 * <pre>{@code
 * @A2uiBindableSince(A2uiVersion.V1_0) DynamicString svgPath
 * }</pre>
 *
 * <p>An earlier version's writer refuses a binding or a call there with an
 * {@link IllegalArgumentException} naming the prop (the envelope writer adds the component and the
 * prop's pointer), and an earlier version's reader refuses an object there; the earlier versions'
 * catalog documents give the literal's schema ({@code {"type": "string"}}), the later ones the
 * dynamic type's, with the prop's {@link A2uiSchema} keywords on its literal.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.RECORD_COMPONENT)
public @interface A2uiBindableSince {

  /** The first version that takes a binding or a call in the prop. */
  A2uiVersion value();
}
