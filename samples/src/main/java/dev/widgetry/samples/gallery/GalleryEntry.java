package dev.widgetry.samples.gallery;

import dev.widgetry.a2ui.Surface;
import dev.widgetry.chatkit.WidgetRoot;
import dev.widgetry.runtime.ActionDispatcher;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;
import java.util.function.Supplier;

/**
 * One widget in the gallery: what the page says about it, the record a model fills for it (whose
 * schema and tool definition the page shows), the widget as it stands now, and the actions it fires.
 *
 * @param id the entry's name in URLs and the item id its actions carry, e.g. "order"
 * @param title the heading the page shows
 * @param summary one sentence about the widget, in Markdown
 * @param notes more for the curious, in Markdown; empty when there is nothing more
 * @param wide whether the page gives the widget the whole width
 * @param dataType the {@code @Widget} record behind the widget
 * @param widget draws the widget from its handlers' current state
 * @param actionTypes the action types its handlers answer, sorted
 * @param actionTools a function-calling tool per action, as a model would be offered them
 * @param surface draws the same widget as an A2UI surface, from the same record; null when it has none
 */
public record GalleryEntry(
    String id,
    String title,
    String summary,
    String notes,
    boolean wide,
    Class<?> dataType,
    Supplier<WidgetRoot> widget,
    List<String> actionTypes,
    List<String> actionTools,
    Supplier<Surface> surface) {

  public GalleryEntry {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(widget, "widget");
    actionTypes = List.copyOf(actionTypes);
    actionTools = List.copyOf(actionTools);
  }

  /** An entry whose widget fires no actions. */
  public static GalleryEntry of(String id, String title, String summary, Class<?> dataType, Supplier<WidgetRoot> widget) {
    return new GalleryEntry(id, title, summary, "", false, dataType, widget, List.of(), List.of(), null);
  }

  /** An entry whose widget's actions {@code handlers} answer. */
  public static GalleryEntry of(
      String id, String title, String summary, Class<?> dataType, Supplier<WidgetRoot> widget, Object handlers) {
    ActionDispatcher actions = ActionDispatcher.of(handlers);
    return new GalleryEntry(id, title, summary, "", false, dataType, widget,
        List.copyOf(new TreeSet<>(actions.actionTypes())), actions.toolDefinitions(), null);
  }

  /** This entry with more to say about it. */
  public GalleryEntry withNotes(String notes) {
    return new GalleryEntry(id, title, summary, notes, wide, dataType, widget, actionTypes, actionTools, surface);
  }

  /** This entry, also shown as an A2UI surface drawn by {@code surface} from its handlers' current state. */
  public GalleryEntry withSurface(Supplier<Surface> surface) {
    return new GalleryEntry(id, title, summary, notes, wide, dataType, widget, actionTypes, actionTools,
        Objects.requireNonNull(surface, "surface"));
  }

  /** This entry, given the page's whole width. */
  public GalleryEntry asWide() {
    return new GalleryEntry(id, title, summary, notes, true, dataType, widget, actionTypes, actionTools, surface);
  }
}
