package dev.widgetry.tests.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.widgetry.annotations.Widget;
import java.util.List;

/** A caption computed from others: tagged by {@code "op"}, and one member of {@link Caption}. */
@Widget(discriminator = "op")
public sealed interface Expression extends Caption permits Expression.Upper, Expression.Join, Expression.Logic {

  @Widget("upper")
  record Upper(@JsonProperty(required = true) Caption arg, String locale) implements Expression {}

  @Widget("join")
  record Join(@JsonProperty(required = true) List<Caption> args, String locale) implements Expression {}

  /** A nested sealed interface that names no discriminator inherits {@code "op"}. */
  @Widget
  sealed interface Logic extends Expression permits Not {}

  @Widget("not")
  record Not(@JsonProperty(required = true) Caption arg, String locale) implements Logic {}
}
