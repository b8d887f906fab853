package dev.widgetry.chatkit;

import com.fasterxml.jackson.annotation.JsonProperty;

/** How a line or area series joins its points. */
public enum CurveType {
  @JsonProperty("basis")
  BASIS,
  @JsonProperty("basisClosed")
  BASIS_CLOSED,
  @JsonProperty("basisOpen")
  BASIS_OPEN,
  @JsonProperty("bumpX")
  BUMP_X,
  @JsonProperty("bumpY")
  BUMP_Y,
  @JsonProperty("bump")
  BUMP,
  @JsonProperty("linear")
  LINEAR,
  @JsonProperty("linearClosed")
  LINEAR_CLOSED,
  @JsonProperty("natural")
  NATURAL,
  @JsonProperty("monotoneX")
  MONOTONE_X,
  @JsonProperty("monotoneY")
  MONOTONE_Y,
  @JsonProperty("monotone")
  MONOTONE,
  @JsonProperty("step")
  STEP,
  @JsonProperty("stepBefore")
  STEP_BEFORE,
  @JsonProperty("stepAfter")
  STEP_AFTER
}
