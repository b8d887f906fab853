package dev.widgetry.chatkit.server.types;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.widgetry.annotations.Widget;
import java.util.Objects;

/**
 * A citation in the assistant's text.
 *
 * @param source what is cited
 * @param index where in the text the citation sits, as a character offset
 */
@Widget("annotation")
public record Annotation(@JsonProperty(value = "source", required = true) Source source, Integer index) {

  public Annotation {
    Objects.requireNonNull(source, "source");
  }
}
