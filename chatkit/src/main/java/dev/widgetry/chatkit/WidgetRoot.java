package dev.widgetry.chatkit;

import dev.widgetry.annotations.Widget;

/** A whole widget, as a chat shows it: a card, a list, or a bare layout. */
@Widget
public sealed interface WidgetRoot extends WidgetNode permits Card, ListView, Basic {}
