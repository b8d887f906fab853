package dev.widgetry.samples.flights;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Where on the plane the traveller sits, which sets the fare. */
public enum Cabin {
  @JsonProperty("economy")
  ECONOMY,
  @JsonProperty("business")
  BUSINESS
}
