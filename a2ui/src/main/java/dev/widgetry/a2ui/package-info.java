/**
 * A2UI v0.9 (Agent-to-UI) on Widgetry: messages a server sends to an A2UI renderer and reads back
 * ({@link dev.widgetry.a2ui.A2ui}), surfaces built flat or as a Java tree, the common types of the
 * protocol as typed values ({@link dev.widgetry.a2ui.DynamicString} and its kin, {@link
 * dev.widgetry.a2ui.ChildList}, {@link dev.widgetry.a2ui.Action}, {@link dev.widgetry.a2ui.CheckRule}),
 * data bindings checked by javac, and validation beyond the schema. The basic catalog's components
 * and functions are in {@link dev.widgetry.a2ui.basic}.
 *
 * <p>Descriptions quoted in the Javadoc of the protocol's types come from the official A2UI schemas
 * (Apache License 2.0, a2ui-project).
 */
package dev.widgetry.a2ui;
