package dev.widgetry.a2ui;

import dev.widgetry.runtime.spi.WidgetReader;
import dev.widgetry.runtime.spi.WidgetWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

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
   * Whether {@code in} reads a version before the one that brought {@code name}, in which case the
   * prop is recorded as an unknown property of {@code owner} (and skipped) and true is returned.
   *
   * @param known the JSON names of {@code owner}'s props
   * @param since for each of them that exists from a later version on, that version
   */
  public static boolean refused(
      WidgetReader in, String name, String owner, List<String> known, Map<String, A2uiVersion> since) {
    A2uiVersion read = versionOf(in.wireVersion());
    A2uiVersion first = since.get(name);
    if (read == null || first == null || read.compareTo(first) >= 0) {
      return false;
    }
    in.unknownProperty(name, owner + " in A2UI " + read.wireName() + " (\"" + name + "\" is A2UI "
        + first.wireName() + "'s)", known(read, known, since));
    return true;
  }

  /** Records a property {@code owner} does not have, naming those the reader's version has. */
  public static void unknownProperty(
      WidgetReader in, String name, String owner, List<String> known, Map<String, A2uiVersion> since) {
    in.unknownProperty(name, owner, known(versionOf(in.wireVersion()), known, since));
  }

  /** The props of {@code known} that version {@code read} has. */
  private static List<String> known(A2uiVersion read, List<String> known, Map<String, A2uiVersion> since) {
    if (read == null) {
      return known;
    }
    List<String> present = new ArrayList<>();
    for (String prop : known) {
      A2uiVersion first = since.get(prop);
      if (first == null || read.compareTo(first) >= 0) {
        present.add(prop);
      }
    }
    return present;
  }

  private static A2uiVersion versionOf(String wireName) {
    return wireName == null ? null : A2uiVersion.reading(wireName);
  }
}
