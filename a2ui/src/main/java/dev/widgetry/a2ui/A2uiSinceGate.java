package dev.widgetry.a2ui;

import dev.widgetry.runtime.spi.WidgetReader;
import dev.widgetry.runtime.spi.WidgetWriter;
import java.util.ArrayList;
import java.util.List;

/**
 * What generated codecs call for a prop marked {@link A2uiSince}: whether the writer's or the
 * reader's wire version has it. A writer or reader of no particular version (validation, a
 * record written on its own) has every prop. Not for application code.
 */
public final class A2uiSinceGate {
  private A2uiSinceGate() {}

  /**
   * Refuses a prop that is set when {@code out} writes a version before {@code since}.
   *
   * @throws IllegalArgumentException naming the prop and the versions that have it
   */
  public static void require(WidgetWriter out, A2uiVersion since, String owner, String prop) {
    A2uiVersion written = versionOf(out.wireVersion());
    if (written != null && written.compareTo(since) < 0) {
      throw new IllegalArgumentException("A2UI " + written.wireName() + "'s " + owner + " has no " + prop
          + " (A2UI " + since.wireName() + " has), and this " + owner + " has one: write it with"
          + " A2ui.writer(A2uiVersion." + since.name() + "), or build it without " + prop);
    }
  }

  /** Whether {@code out} writes a version that has the prop, so writes its explicit null. */
  public static boolean writes(WidgetWriter out, A2uiVersion since) {
    A2uiVersion written = versionOf(out.wireVersion());
    return written == null || written.compareTo(since) >= 0;
  }

  /**
   * Whether {@code in} reads a version before {@code since}, in which case the prop {@code name}
   * is recorded as an unknown property of {@code owner} (and skipped) and true is returned.
   *
   * @param known the JSON names of {@code owner}'s props
   */
  public static boolean refused(WidgetReader in, String name, A2uiVersion since, String owner, List<String> known) {
    A2uiVersion read = versionOf(in.wireVersion());
    if (read == null || read.compareTo(since) >= 0) {
      return false;
    }
    List<String> others = new ArrayList<>(known);
    others.remove(name);
    in.unknownProperty(name, owner + " in A2UI " + read.wireName() + " (\"" + name + "\" is A2UI "
        + since.wireName() + "'s)", others);
    return true;
  }

  private static A2uiVersion versionOf(String wireName) {
    return wireName == null ? null : A2uiVersion.reading(wireName);
  }
}
