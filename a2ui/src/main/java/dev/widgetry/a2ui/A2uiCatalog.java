package dev.widgetry.a2ui;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Makes a sealed {@code @Widget(discriminator = "component")} interface that extends
 * {@link A2uiComponent} an A2UI catalog: Widgetry's processor writes {@code <Interface>Catalog}
 * beside it, whose {@code CATALOG} reads the catalog's components by their {@code "component"},
 * knows which of their props name other components, and holds the catalog document (the
 * components' JSON Schemas and the functions) that A2UI renderers and models read.
 *
 * <pre>{@code
 * @Widget(discriminator = "component")
 * @A2uiCatalog(id = "https://acme.example/a2ui/catalogs/orders/v1/catalog.json")
 * public sealed interface AcmeComponent extends A2uiComponent permits OrderTimeline, PriceChart {}
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface A2uiCatalog {

  /** The catalog's id, as {@code createSurface}'s {@code catalogId} names it: a URI of your own. */
  String id();

  /** The document's title; defaults to the interface's simple name. */
  String title() default "";

  /** The document's description; defaults to the interface's Javadoc. */
  String description() default "";

  /**
   * Whether the catalog extends the basic catalog: its surfaces may use the basic components and
   * functions too, and its document lists them. Only the basic catalog itself says false.
   */
  boolean extendsBasic() default true;

  /**
   * The sealed {@code @Widget(discriminator = "call")} interface of the catalog's own functions,
   * whose records become the document's {@code functions}. A catalog that extends the basic one
   * has the basic functions; only the basic catalog names its own ({@code FunctionCall}).
   */
  Class<?> functions() default Void.class;

  /**
   * The JSON Schema of the catalog's theme ({@code createSurface}'s {@code theme}), as JSON text,
   * for the v0.9 catalog document (v1.0's has no theme); empty for the theme of the catalog it extends. The reader and
   * {@link Theme} check a theme by the basic catalog's rules whatever this says, and keep its other
   * keys as JSON.
   */
  String theme() default "";

  /**
   * The v1.0 catalog document's {@code instructions}: Markdown guidelines for a model composing
   * surfaces of this catalog (which components to lay out with, how to word checks). No record
   * carries them, and they belong to the catalog as its title and description do, so they are said
   * where those are; empty for none. The v0.9 document has no such key. A catalog that extends
   * the basic one does not take the basic catalog's instructions by itself: start with
   * {@code BasicCatalog.INSTRUCTIONS} to keep them.
   */
  String instructions() default "";
}
