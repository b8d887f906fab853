package dev.widgetry.a2ui;

import java.util.List;

/**
 * A version of the A2UI wire: what {@code "version"} says, and what a reader accepts for it. Every
 * message written carries its version first; the envelope codec, the reader and validation take
 * one, so a later wire version is another constant here rather than another set of records.
 */
public enum A2uiVersion {
  /** v0.9, the wire the official web renderers draw; v0.9.1 changed only A2A's extension URI, so reads as v0.9. */
  V0_9("v0.9", List.of("v0.9", "v0.9.1"));

  private final String wireName;
  private final List<String> accepted;

  A2uiVersion(String wireName, List<String> accepted) {
    this.wireName = wireName;
    this.accepted = accepted;
  }

  /** What messages of this version say in {@code "version"}: {@code "v0.9"}. */
  public String wireName() {
    return wireName;
  }

  /** The {@code "version"} values read as this version. */
  public List<String> accepted() {
    return accepted;
  }
}
