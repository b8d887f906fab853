package dev.widgetry.chatkit;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.widgetry.annotations.Widget;
import dev.widgetry.annotations.WidgetBuilder;
import java.util.Objects;

/**
 * Rich text written in Markdown; it can be streamed in.
 *
 * @param value the Markdown source
 * @param streaming whether more text is still arriving, so a cursor is shown
 * @param key identifies it among its siblings when the widget is updated
 * @param id a name that streamed updates use to address it; needed to stream its value
 */
@Widget
@WidgetBuilder
public record Markdown(@JsonProperty(required = true) String value, Boolean streaming, String key, String id)
    implements WidgetComponent {

  public Markdown {
    Objects.requireNonNull(value, "value");
  }

  /** Markdown rendering this source. */
  public static Markdown of(String value) {
    return new Markdown(value, null, null, null);
  }

  /** A builder that sets this record's props one by one. */
  public static MarkdownBuilder builder() {
    return new MarkdownBuilder();
  }
}
