package dev.widgetry.processor.model;

import java.util.List;

/**
 * The A2UI versions by the names of their {@code A2uiVersion} constants, which {@code @A2uiSince} and
 * {@code @A2uiUntil} name: the processor orders them without the runtime's enum.
 */
public final class A2uiVersionNames {
  public static final String V0_9 = "V0_9";
  public static final String V1_0 = "V1_0";
  /** Every version, oldest first. */
  public static final List<String> ORDER = List.of(V0_9, V1_0);

  private A2uiVersionNames() {}

  /** The version's name on the wire, for messages: {@code "v1.0"} for {@code V1_0}. */
  public static String wireName(String version) {
    return "v" + version.substring(1).replace('_', '.');
  }

  /** Whether {@code version} lies from {@code since} on up to {@code until} (either null for open). */
  public static boolean has(String since, String until, String version) {
    int at = ORDER.indexOf(version);
    return (since == null || ORDER.indexOf(since) <= at) && (until == null || at <= ORDER.indexOf(until));
  }
}
