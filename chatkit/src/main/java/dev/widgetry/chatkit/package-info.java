/**
 * The ChatKit widget catalog as {@code @Widget} records: every component ChatKit renders, with
 * every prop under its JSON name, processed by Widgetry's own processor.
 *
 * <p>A widget is a {@link dev.widgetry.chatkit.WidgetRoot} ({@link dev.widgetry.chatkit.Card},
 * {@link dev.widgetry.chatkit.ListView} or {@link dev.widgetry.chatkit.Basic}) holding
 * {@link dev.widgetry.chatkit.WidgetComponent}s. The types carry ChatKit's rules: a list view holds
 * only {@link dev.widgetry.chatkit.ListViewItem}s, a {@link dev.widgetry.chatkit.Transition} holds
 * one component, and only a {@code Basic} root may hold other roots. Props that take several kinds
 * of JSON are small sealed types with factories: {@link dev.widgetry.chatkit.Spacing},
 * {@link dev.widgetry.chatkit.Dimension}, {@link dev.widgetry.chatkit.Color},
 * {@link dev.widgetry.chatkit.Border}, {@link dev.widgetry.chatkit.Limit},
 * {@link dev.widgetry.chatkit.Editable} and {@link dev.widgetry.chatkit.XAxis}.
 *
 * <p>{@link dev.widgetry.chatkit.WidgetRewriter} changes a finished widget without reflection:
 * every component, list item and root, through every container; {@link dev.widgetry.chatkit.WidgetRewrites}
 * has the common changes (theme, button labels, removing buttons whose action is forbidden), and
 * {@link dev.widgetry.chatkit.WidgetActions} finds a widget's actions.
 *
 * <pre>{@code
 * Card card = Card.builder()
 *     .size(Card.Size.SM)
 *     .children(Title.of("Order #1042"), Text.of("2 items"))
 *     .confirm(CardAction.of("Pay", ActionConfig.of("order.pay")))
 *     .build();
 * String json = Widgets.toJson(card);
 * WidgetRoot back = Widgets.fromJson(json, WidgetRoot.class);
 * }</pre>
 */
package dev.widgetry.chatkit;
