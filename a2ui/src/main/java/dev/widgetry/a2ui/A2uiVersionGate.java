package dev.widgetry.a2ui;

import dev.widgetry.runtime.spi.JsonKind;
import dev.widgetry.runtime.spi.NameTable;
import dev.widgetry.runtime.spi.WidgetReader;
import dev.widgetry.runtime.spi.WidgetWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What generated codecs call for a prop, or a tagged union's member, that only some A2UI versions
 * have ({@link A2uiSince}, {@link A2uiUntil}): whether the writer's or the reader's wire version has
 * it. A writer or reader of no particular version (validation, a record written on its own) has
 * every prop and member. Not for application code.
 */
public final class A2uiVersionGate {
  private static final String CATALOG_ID = "catalogId";
  private static final String CALL = "call";

  private A2uiVersionGate() {}

  /**
   * Refuses a prop that is set when {@code out} writes a version outside {@code first} to
   * {@code last} (either null for open).
   *
   * @throws IllegalArgumentException naming the prop and the versions that have it
   */
  public static void require(WidgetWriter out, A2uiVersion first, A2uiVersion last, String owner, String prop) {
    A2uiVersion written = A2uiVersion.reading(out.wireVersion());
    if (written != null && !A2uiVersions.has(first, last, written)) {
      A2uiVersions versions = new A2uiVersions(first, last);
      refuse(out, prop, "A2UI " + written.wireName() + "'s " + owner + " has no " + prop + " (A2UI "
          + versions.wireNames() + " has), and this " + owner + " has one", versions, "build it without " + prop,
          false);
    }
  }

  /**
   * Refuses a union member (a record, {@code {"call": "@index"}}) when {@code out} writes a version
   * outside {@code first} to {@code last}, before anything of it is written.
   *
   * @throws IllegalArgumentException naming the member's tag and the versions that have it; the
   *     envelope writer adds the component and the pointer of the prop that holds it
   */
  public static void requireMember(
      WidgetWriter out, A2uiVersion first, A2uiVersion last, String discriminator, String tag) {
    A2uiVersion written = A2uiVersion.reading(out.wireVersion());
    if (written != null && !A2uiVersions.has(first, last, written)) {
      A2uiVersions versions = new A2uiVersions(first, last);
      refuse(out, null, "A2UI " + written.wireName() + " has no {\"" + discriminator + "\": \"" + tag + "\"} (A2UI "
          + versions.wireNames() + " has)", versions, "build it without \"" + tag + "\"", true);
    }
  }

  /**
   * Whether {@code in} reads a version that does not have the union member tagged {@code tag}, in
   * which case the tag is recorded as unknown (at its pointer, naming the tags that version has),
   * the object is skipped, and true is returned.
   */
  public static boolean refusedTag(WidgetReader in, String tag, String union, String discriminator, NameTable tags,
      A2uiVersion first, A2uiVersion last) {
    A2uiVersion read = A2uiVersion.reading(in.wireVersion());
    if (read == null || A2uiVersions.has(first, last, read)) {
      return false;
    }
    List<String> others = new ArrayList<>(tags.names());
    others.remove(tag);
    in.unknownMember(tag, discriminator, "a \"" + discriminator + "\" of " + union + " in A2UI " + read.wireName()
        + " (\"" + tag + "\" is A2UI " + new A2uiVersions(first, last).wireNames() + "'s)",
        NameTable.of(others.toArray(new String[0])));
    return true;
  }

  /**
   * Refuses a binding or a call in a prop that holds a literal only before {@code since}
   * ({@link A2uiBindableSince}) when {@code out} writes such a version; its name is written, its
   * value not yet.
   *
   * @throws IllegalArgumentException naming the prop and the version that takes one; the envelope
   *     writer adds the component and the prop's pointer
   */
  public static void requireLiteral(WidgetWriter out, Object value, A2uiVersion since, String owner, String prop) {
    A2uiVersion written = A2uiVersion.reading(out.wireVersion());
    if (written != null && written.compareTo(since) < 0 && (value instanceof DataPath || value instanceof FunctionCall)) {
      refuse(out, null, "A2UI " + written.wireName() + "'s " + owner + " takes a literal " + prop + " only (A2UI "
          + since.wireName() + " takes a binding or a call), and this " + owner + " has "
          + (value instanceof DataPath ? "a binding" : "a call"), A2uiVersions.from(since), "give " + prop
          + " a literal", true);
    }
  }

  /**
   * Whether {@code in} reads a version before {@code since} and finds an object (a binding or a call)
   * in a prop that holds a literal only there ({@link A2uiBindableSince}), in which case it is
   * recorded as a problem at its pointer, skipped, and true is returned.
   */
  public static boolean refusedBinding(WidgetReader in, A2uiVersion since, String owner, String prop) {
    A2uiVersion read = A2uiVersion.reading(in.wireVersion());
    if (read == null || read.compareTo(since) >= 0 || in.kind() != JsonKind.OBJECT) {
      return false;
    }
    in.violation("a literal: A2UI " + read.wireName() + "'s " + owner + " takes no binding or call in " + prop
        + " (A2UI " + since.wireName() + " does)", "an object");
    in.skipValue();
    return true;
  }

  /**
   * Refuses what {@code out}'s version does not have, {@code refusal} saying what: thrown (a
   * {@link RefusedMember} for a member, whose prop the envelope writer finds), or, for validation
   * told a version, which follows the message with an {@link IntegrityWriter}, reported at its
   * pointer while the message is followed on. The generated codecs refuse through here, and so does
   * the envelope writer ({@link MessageWriter}); a v1.0 component's codec writes to the
   * {@link WithoutReturnType} around the envelope's writer, which is seen through.
   *
   * @param prop the prop about to be named, or null for the value about to be written
   * @param having the versions that have it, the latest of which the fix names
   * @param otherwise the other fix ("build it without placeholder")
   */
  static void refuse(WidgetWriter out, String prop, String refusal, A2uiVersions having, String otherwise,
      boolean member) {
    List<A2uiVersion> versions = having.versions();
    A2uiVersion suggested = versions.get(versions.size() - 1);
    WidgetWriter target = out instanceof WithoutReturnType ? ((WithoutReturnType) out).target() : out;
    if (target instanceof IntegrityWriter) {
      ((IntegrityWriter) target).notInVersion(prop, refusal + ": send it as A2UI " + suggested.wireName() + ", or "
          + otherwise);
      return;
    }
    String message = refusal + ": write it with A2ui.writer(A2uiVersion." + suggested.name() + "), or " + otherwise;
    throw member ? new RefusedMember(message) : new IllegalArgumentException(message);
  }

  /** Whether {@code out} writes a version that has the prop, so writes its explicit null. */
  public static boolean writes(WidgetWriter out, A2uiVersion first, A2uiVersion last) {
    A2uiVersion written = A2uiVersion.reading(out.wireVersion());
    return written == null || A2uiVersions.has(first, last, written);
  }

  /**
   * Whether {@code in} reads a version that does not have {@code name}, in which case the prop is
   * recorded as an unknown property of {@code owner} (and skipped) and true is returned. Also true,
   * with a problem, for the {@code catalogId} of a function call (a member of a union tagged by
   * {@code "call"}) that names no catalog the messages are read with.
   *
   * @param discriminator the property that tags the union {@code owner} is a member of, or null
   *     when it is a member of none; {@code "call"} makes it a function call
   * @param known the JSON names of {@code owner}'s props
   * @param versions for each of them that only some versions have, those versions
   */
  public static boolean refused(WidgetReader in, String name, String owner, String discriminator, List<String> known,
      Map<String, A2uiVersions> versions) {
    A2uiVersions having = versions.get(name);
    if (having == null) {
      return false;
    }
    A2uiVersion read = A2uiVersion.reading(in.wireVersion());
    if (read == null || having.has(read)) {
      return name.equals(CATALOG_ID) && CALL.equals(discriminator) && MessageReader.refusedCallCatalog(in, owner);
    }
    in.unknownProperty(name, owner + " in A2UI " + read.wireName() + " (\"" + name + "\" is A2UI "
        + having.wireNames() + "'s)", known(read, known, versions));
    return true;
  }

  /** Records a property {@code owner} does not have, naming those the reader's version has. */
  public static void unknownProperty(
      WidgetReader in, String name, String owner, List<String> known, Map<String, A2uiVersions> versions) {
    in.unknownProperty(name, owner, known(A2uiVersion.reading(in.wireVersion()), known, versions));
  }

  /** The props of {@code known} that version {@code read} has. */
  private static List<String> known(A2uiVersion read, List<String> known, Map<String, A2uiVersions> versions) {
    if (read == null) {
      return known;
    }
    List<String> present = new ArrayList<>();
    for (String prop : known) {
      A2uiVersions having = versions.get(prop);
      if (having == null || having.has(read)) {
        present.add(prop);
      }
    }
    return present;
  }
}
