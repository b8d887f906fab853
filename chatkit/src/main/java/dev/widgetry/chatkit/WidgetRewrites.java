package dev.widgetry.chatkit;

import java.util.Objects;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;

/**
 * Ready-made {@link WidgetRewriter}s for what middleware does most: set the theme, translate
 * button labels, remove what fires actions the user may not invoke. Each keeps what it does not
 * change as the same instance.
 */
public final class WidgetRewrites {

  private WidgetRewrites() {}

  /** Draws every root in {@code theme}: the widget, and the cards, lists and layouts a Basic holds. */
  public static WidgetRewriter theme(Theme theme) {
    Objects.requireNonNull(theme, "theme");
    return WidgetRewriter.roots(root -> {
      if (root instanceof Card card) {
        return card.theme() == theme ? card : CardBuilder.from(card).theme(theme).build();
      }
      if (root instanceof ListView list) {
        return list.theme() == theme ? list : ListViewBuilder.from(list).theme(theme).build();
      }
      Basic basic = (Basic) root;
      return basic.theme() == theme ? basic : BasicBuilder.from(basic).theme(theme).build();
    });
  }

  /**
   * Passes the label of every button through {@code label}: each {@code Button}'s, and the label of
   * each card's confirm and cancel buttons. Return the label itself to leave a button as it is.
   */
  public static WidgetRewriter buttonLabels(UnaryOperator<String> label) {
    Objects.requireNonNull(label, "label");
    return new WidgetRewriter() {
      @Override
      protected WidgetComponent component(WidgetComponent component) {
        if (component instanceof Button button && button.label() != null) {
          String changed = relabel(button.label());
          return changed.equals(button.label()) ? button : ButtonBuilder.from(button).label(changed).build();
        }
        return component;
      }

      @Override
      protected WidgetRoot root(WidgetRoot root) {
        if (root instanceof Card card && (card.confirm() != null || card.cancel() != null)) {
          CardAction confirm = relabel(card.confirm());
          CardAction cancel = relabel(card.cancel());
          return confirm == card.confirm() && cancel == card.cancel()
              ? card
              : CardBuilder.from(card).confirm(confirm).cancel(cancel).build();
        }
        return root;
      }

      private CardAction relabel(CardAction button) {
        if (button == null) {
          return null;
        }
        String changed = relabel(button.label());
        return changed.equals(button.label()) ? button : CardAction.of(changed, button.action());
      }

      private String relabel(String old) {
        String changed = label.apply(old);
        if (changed == null) {
          throw new NullPointerException("The label function returned null for \"" + old + "\"");
        }
        return changed;
      }
    };
  }

  /**
   * Removes whatever fires an action {@code forbidden} matches: buttons, forms, selects, date
   * pickers, checkboxes and radio groups (see {@link WidgetActions#of}), list view items, and a
   * card's confirm and cancel buttons. A container left empty stays, empty.
   *
   * <p>This hides what the user may not do; the handlers must still check, since a client can
   * send any action.
   */
  public static WidgetRewriter withoutActions(Predicate<? super ActionConfig> forbidden) {
    Objects.requireNonNull(forbidden, "forbidden");
    return new WidgetRewriter() {
      @Override
      protected WidgetComponent component(WidgetComponent component) {
        return WidgetActions.of(component).filter(forbidden).isPresent() ? null : component;
      }

      @Override
      protected ListViewItem listViewItem(ListViewItem item) {
        return item.onClickAction() != null && forbidden.test(item.onClickAction()) ? null : item;
      }

      @Override
      protected WidgetRoot root(WidgetRoot root) {
        if (root instanceof Card card && (removed(card.confirm()) || removed(card.cancel()))) {
          return CardBuilder.from(card)
              .confirm(removed(card.confirm()) ? null : card.confirm())
              .cancel(removed(card.cancel()) ? null : card.cancel())
              .build();
        }
        return root;
      }

      private boolean removed(CardAction button) {
        return button != null && forbidden.test(button.action());
      }
    };
  }
}
