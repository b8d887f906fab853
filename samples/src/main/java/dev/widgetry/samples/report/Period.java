package dev.widgetry.samples.report;

import com.fasterxml.jackson.annotation.JsonProperty;

/** How far back a report looks. */
public enum Period {
  @JsonProperty("week")
  WEEK,
  @JsonProperty("month")
  MONTH,
  @JsonProperty("quarter")
  QUARTER
}
