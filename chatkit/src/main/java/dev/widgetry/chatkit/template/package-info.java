/**
 * What the code Widgetry generates from Widget Builder templates ({@code .widget} files) calls at
 * run time: Python's text of values ({@link dev.widgetry.chatkit.template.PythonText}), Jinja's
 * truthiness, comparisons, indexes and filters ({@link dev.widgetry.chatkit.template.Jinja}), and
 * payload trees without the nulls chatkit-python drops ({@link dev.widgetry.chatkit.template.TemplateJson}).
 * Nothing here parses a template or JSON: the template was compiled into the generated class.
 */
package dev.widgetry.chatkit.template;
