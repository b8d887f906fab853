package dev.widgetry.chatkit;

import dev.widgetry.annotations.Widget;

/** Anything a Basic root can hold: a component, or a whole root widget. */
@Widget
public sealed interface WidgetNode permits WidgetComponent, WidgetRoot {

  /** The name that streamed updates address it by ({@code widget.component.updated}...), or null. */
  String id();
}
