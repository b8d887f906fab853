package dev.widgetry.tests.model;

import com.fasterxml.jackson.annotation.JsonTypeInfo;
import dev.widgetry.annotations.Widget;

/**
 * An untagged union of objects, as ChatKit's widget status is: Jackson's {@code DEDUCTION} says the
 * members are told apart by their properties, not by a "type".
 */
@Widget
@JsonTypeInfo(use = JsonTypeInfo.Id.DEDUCTION)
public sealed interface Status permits Status.WithFavicon, Status.WithIcon {

  @Widget
  record WithFavicon(String text, String favicon, Boolean frame) implements Status {}

  @Widget
  record WithIcon(String text, String icon) implements Status {}
}
