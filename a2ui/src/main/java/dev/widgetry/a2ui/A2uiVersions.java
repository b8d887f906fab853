package dev.widgetry.a2ui;

import java.util.ArrayList;
import java.util.List;

/**
 * The A2UI versions that have a prop ({@link A2uiSince}, {@link A2uiUntil}): those from
 * {@code first} to {@code last}, either open. Not for application code: generated codecs hold one
 * per such prop.
 *
 * @param first the first version that has the prop, or null for the first there is
 * @param last the last version that has the prop, or null for the newest there is
 */
public record A2uiVersions(A2uiVersion first, A2uiVersion last) {

  /** The versions from {@code first} on. */
  public static A2uiVersions from(A2uiVersion first) {
    return new A2uiVersions(first, null);
  }

  /** The versions up to {@code last}. */
  public static A2uiVersions upTo(A2uiVersion last) {
    return new A2uiVersions(null, last);
  }

  /** Whether {@code version} has the prop. */
  public boolean has(A2uiVersion version) {
    return has(first, last, version);
  }

  /** Whether {@code version} lies from {@code first} to {@code last} (either null for open): no range made. */
  static boolean has(A2uiVersion first, A2uiVersion last, A2uiVersion version) {
    return (first == null || version.compareTo(first) >= 0) && (last == null || version.compareTo(last) <= 0);
  }

  /** Their wire names, for messages: "v1.0", or "v0.9 and v1.0". */
  String wireNames() {
    List<String> names = new ArrayList<>();
    versions().forEach(version -> names.add(version.wireName()));
    return String.join(" and ", names);
  }

  /** The versions that have the prop, newest last. */
  public List<A2uiVersion> versions() {
    List<A2uiVersion> versions = new ArrayList<>();
    for (A2uiVersion version : A2uiVersion.values()) {
      if (has(version)) {
        versions.add(version);
      }
    }
    return versions;
  }
}
