package dev.widgetry.chatkit;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import dev.widgetry.annotations.Widget;
import java.util.Objects;

/**
 * A status line shown above a root widget: a text, after an icon or after a site's favicon. The
 * two forms carry no tag; they are told apart by their props.
 */
@Widget
@JsonTypeInfo(use = JsonTypeInfo.Id.DEDUCTION)
public sealed interface WidgetStatus permits WidgetStatus.WithIcon, WidgetStatus.WithFavicon {

  /** Just the text. */
  static WidgetStatus of(String text) {
    return new WithIcon(text, null);
  }

  /** The text after an icon. */
  static WidgetStatus of(String text, IconName icon) {
    return new WithIcon(text, icon);
  }

  /** The text after the favicon of a site, optionally framed. */
  static WidgetStatus favicon(String text, String favicon, Boolean frame) {
    return new WithFavicon(text, favicon, frame);
  }

  /**
   * A status with an icon.
   *
   * @param text what the status says
   * @param icon an icon shown before the text
   */
  @Widget
  record WithIcon(@JsonProperty(required = true) String text, IconName icon) implements WidgetStatus {
    public WithIcon {
      Objects.requireNonNull(text, "text");
    }
  }

  /**
   * A status with a site's favicon.
   *
   * @param text what the status says
   * @param favicon the URL of a favicon shown before the text
   * @param frame whether the favicon is drawn in a frame
   */
  @Widget
  record WithFavicon(@JsonProperty(required = true) String text, String favicon, Boolean frame)
      implements WidgetStatus {
    public WithFavicon {
      Objects.requireNonNull(text, "text");
    }
  }
}
