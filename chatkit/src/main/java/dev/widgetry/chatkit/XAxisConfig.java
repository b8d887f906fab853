package dev.widgetry.chatkit;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.widgetry.annotations.Widget;
import dev.widgetry.annotations.WidgetBuilder;
import java.util.Map;
import java.util.Objects;

/**
 * A chart's horizontal axis with its settings.
 *
 * @param dataKey the key of each data row that the axis shows
 * @param hide whether the axis is hidden
 * @param labels display text for axis values, by value
 */
@Widget
@WidgetBuilder
public record XAxisConfig(@JsonProperty(required = true) String dataKey, Boolean hide, Map<String, String> labels)
    implements XAxis {

  public XAxisConfig {
    Objects.requireNonNull(dataKey, "dataKey");
  }

  /** A builder that sets this record's props one by one. */
  public static XAxisConfigBuilder builder() {
    return new XAxisConfigBuilder();
  }
}
