package dev.widgetry.chatkit;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.widgetry.annotations.Widget;
import java.util.Objects;

/** How many items a list shows before it offers "show more": a count, or {@code "auto"}. */
@Widget
public sealed interface Limit permits Limit.Count, Limit.Auto {

  /** Shows this many items. */
  static Limit of(int count) {
    return new Count(count);
  }

  /** Lets ChatKit choose how many items fit. */
  static Limit auto() {
    return new Auto(Auto.Keyword.AUTO);
  }

  /**
   * A fixed number of items.
   *
   * @param value how many items to show
   */
  // An int, not a double: a list cannot show part of an item.
  @Widget
  record Count(@JsonValue int value) implements Limit {}

  /**
   * ChatKit decides how many items to show.
   *
   * @param value always {@code "auto"}
   */
  @Widget
  record Auto(@JsonValue Keyword value) implements Limit {
    public Auto {
      Objects.requireNonNull(value, "value");
    }

    /** The one word {@code limit} takes besides a number. */
    public enum Keyword {
      @JsonProperty("auto")
      AUTO
    }
  }
}
