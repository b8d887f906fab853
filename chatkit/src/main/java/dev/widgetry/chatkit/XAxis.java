package dev.widgetry.chatkit;

import com.fasterxml.jackson.annotation.JsonValue;
import dev.widgetry.annotations.Widget;
import java.util.Objects;

/** A chart's horizontal axis: the data key it shows, or that key with more settings. */
@Widget
public sealed interface XAxis permits XAxis.Key, XAxisConfig {

  /** The axis reads this key of each data row. */
  static XAxis of(String dataKey) {
    return new Key(dataKey);
  }

  /**
   * The data key alone.
   *
   * @param dataKey the key of each data row that the axis shows
   */
  @Widget
  record Key(@JsonValue String dataKey) implements XAxis {
    public Key {
      Objects.requireNonNull(dataKey, "dataKey");
    }
  }
}
