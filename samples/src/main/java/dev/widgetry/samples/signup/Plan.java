package dev.widgetry.samples.signup;

import com.fasterxml.jackson.annotation.JsonProperty;

/** What a new account pays for. */
public enum Plan {
  @JsonProperty("free")
  FREE,
  @JsonProperty("pro")
  PRO,
  @JsonProperty("team")
  TEAM
}
