package dev.widgetry.chatkit;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.widgetry.annotations.Widget;
import java.util.Objects;

/**
 * A status line shown above a root widget: a text, after a site's favicon or after an icon (not
 * both).
 *
 * @param text what the status says
 * @param favicon the URL of a favicon shown before the text
 * @param frame whether the favicon is drawn in a frame
 * @param icon an icon shown before the text, instead of a favicon
 */
// ChatKit declares two object forms, {text, favicon?, frame?} and {text, icon?}. Our processor
// tags a union whose members are all objects, so both forms are one record and the constructor
// keeps them apart.
@Widget
public record WidgetStatus(@JsonProperty(required = true) String text, String favicon, Boolean frame, IconName icon) {

  public WidgetStatus {
    Objects.requireNonNull(text, "text");
    if (icon != null && (favicon != null || frame != null)) {
      throw new IllegalArgumentException("a status shows an icon or a favicon, not both");
    }
  }

  /** Just the text. */
  public static WidgetStatus of(String text) {
    return new WidgetStatus(text, null, null, null);
  }

  /** The text after an icon. */
  public static WidgetStatus of(String text, IconName icon) {
    return new WidgetStatus(text, null, null, icon);
  }

  /** The text after the favicon of a site, optionally framed. */
  public static WidgetStatus favicon(String text, String favicon, Boolean frame) {
    return new WidgetStatus(text, favicon, frame, null);
  }
}
