package dev.widgetry.a2ui;

import dev.widgetry.runtime.spi.EncodedString;
import dev.widgetry.runtime.spi.EnumNames;
import dev.widgetry.runtime.spi.WidgetReader;
import dev.widgetry.runtime.spi.WidgetWriter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The A2UI versions that have each constant of an enum some of whose constants only some versions
 * have ({@link A2uiSince}, {@link A2uiUntil} on a constant), as v1.0's Text variants have no
 * headings. Not for application code: a generated codec holds one per such enum, writes a constant
 * through {@link #name} and reads one through {@link #read}. A writer or reader of no particular
 * version has every constant.
 *
 * @param <E> the enum
 */
public final class A2uiEnumVersions<E extends Enum<E>> {
  private final String enumName;
  private final EnumNames<E> names;
  /** By ordinal: the versions that have the constant, or null for every version. */
  private final A2uiVersions[] versions;
  /** The same by JSON name, for the names a version has. */
  private final Map<String, A2uiVersions> byName;

  private A2uiEnumVersions(String enumName, EnumNames<E> names, A2uiVersions[] versions,
      Map<String, A2uiVersions> byName) {
    this.enumName = enumName;
    this.names = names;
    this.versions = versions;
    this.byName = byName;
  }

  /** @param enumName the enum's simple name, for messages */
  public static <E extends Enum<E>> Builder<E> builder(String enumName, EnumNames<E> names) {
    return new Builder<>(enumName, names);
  }

  /**
   * The encoded JSON name of {@code constant}, which {@code out} is about to write.
   *
   * @throws IllegalArgumentException when {@code out} writes a version that does not have the
   *     constant, naming it and the versions that have it; the envelope writer adds the component
   *     and the pointer of the prop that holds it
   */
  public EncodedString name(WidgetWriter out, E constant) {
    A2uiVersions having = versionsOf(constant);
    if (having == null) {
      return names.name(constant);
    }
    A2uiVersion written = A2uiVersion.reading(out.wireVersion());
    if (written != null && !having.has(written)) {
      A2uiVersionGate.refuse(out, null, "A2UI " + written.wireName() + " has no " + enumName + " \""
          + jsonName(constant) + "\" (A2UI " + having.wireNames() + " has)", having, "choose one of "
          + quoted(written), true);
    }
    return names.name(constant);
  }

  /**
   * {@code constant}, just read by {@code in} (whose parser is still on it), or null with a problem
   * at its pointer when {@code in} reads a version that does not have it.
   */
  public E read(WidgetReader in, E constant) {
    if (constant == null) {
      return null;
    }
    A2uiVersions having = versionsOf(constant);
    if (having == null) {
      return constant;
    }
    A2uiVersion read = A2uiVersion.reading(in.wireVersion());
    if (read == null || having.has(read)) {
      return constant;
    }
    in.violation("one of " + quoted(read) + " (the " + enumName + " names of A2UI " + read.wireName() + ")",
        "\"" + jsonName(constant) + "\", A2UI " + having.wireNames() + "'s");
    return null;
  }

  private A2uiVersions versionsOf(E constant) {
    int ordinal = constant.ordinal();
    return ordinal < versions.length ? versions[ordinal] : null;
  }

  private String jsonName(E constant) {
    return names.name(constant).value();
  }

  /** The JSON names {@code version} has, quoted, in declaration order. */
  private String quoted(A2uiVersion version) {
    List<String> having = new ArrayList<>();
    for (String name : names.jsonNames()) {
      A2uiVersions range = byName.get(name);
      if (range == null || range.has(version)) {
        having.add("\"" + name + "\"");
      }
    }
    return String.join(", ", having);
  }


  /** Collects the constants that only some versions have. */
  public static final class Builder<E extends Enum<E>> {
    private final String enumName;
    private final EnumNames<E> names;
    private final List<E> constants = new ArrayList<>();
    private final List<A2uiVersions> ranges = new ArrayList<>();

    private Builder(String enumName, EnumNames<E> names) {
      this.enumName = enumName;
      this.names = names;
    }

    /** {@code constant} exists from {@code first} to {@code last}, either null for open. */
    public Builder<E> add(E constant, A2uiVersion first, A2uiVersion last) {
      constants.add(constant);
      ranges.add(new A2uiVersions(first, last));
      return this;
    }

    public A2uiEnumVersions<E> build() {
      int size = 0;
      for (E constant : constants) {
        size = Math.max(size, constant.ordinal() + 1);
      }
      A2uiVersions[] versions = new A2uiVersions[size];
      Map<String, A2uiVersions> byName = new HashMap<>();
      for (int i = 0; i < constants.size(); i++) {
        versions[constants.get(i).ordinal()] = ranges.get(i);
        byName.put(names.name(constants.get(i)).value(), ranges.get(i));
      }
      return new A2uiEnumVersions<>(enumName, names, versions, Map.copyOf(byName));
    }
  }
}
