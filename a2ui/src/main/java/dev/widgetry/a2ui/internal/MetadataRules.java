package dev.widgetry.a2ui.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Collection;
import java.util.Iterator;
import java.util.Locale;
import java.util.function.BiConsumer;
import java.util.regex.Pattern;

/**
 * v1.0's metadata as its schemas have it, for a surface and for an action alike: an object holding
 * at most {@code "extensions"}, an object whose keys are Unicode identifiers (UAX #31's {@code
 * XID_Start} or {@code _}, then {@code XID_Continue}, given to java.util.regex as the categories UAX
 * #31 builds them from) and whose values are any JSON. Both the whole-message readers and the
 * endpoint's streaming reader follow these rules.
 */
public final class MetadataRules {
  private static final Pattern IDENTIFIER =
      Pattern.compile("[\\p{L}\\p{Nl}_][\\p{L}\\p{Nl}\\p{Mn}\\p{Mc}\\p{Nd}\\p{Pc}]*");
  private static final String IDENTIFIERS = "identifiers (a letter or _, then letters, digits or _)";

  private MetadataRules() {}

  /**
   * Checks the names of extensions built in Java.
   *
   * @throws IllegalArgumentException naming the first that is not an identifier
   */
  public static void requireIdentifiers(Collection<String> names) {
    for (String name : names) {
      if (!isIdentifier(name)) {
        throw new IllegalArgumentException("extension names are " + IDENTIFIERS + ", and \"" + name + "\" is not");
      }
    }
  }

  private static boolean isIdentifier(String name) {
    return IDENTIFIER.matcher(name).matches();
  }

  /** Gives {@code violation} what was expected and what was found, for each way {@code metadata} breaks the schema. */
  public static void check(JsonNode metadata, BiConsumer<String, String> violation) {
    if (!metadata.isObject()) {
      violation.accept("metadata as an object, {\"extensions\": {...}}", kind(metadata));
      return;
    }
    for (Iterator<String> names = metadata.fieldNames(); names.hasNext(); ) {
      String name = names.next();
      if (!name.equals("extensions")) {
        violation.accept("metadata holding only \"extensions\"", "\"" + name + "\" as well");
      }
    }
    JsonNode extensions = metadata.get("extensions");
    if (extensions == null) {
      return;
    }
    if (!extensions.isObject()) {
      violation.accept("extensions as an object", kind(extensions));
      return;
    }
    for (Iterator<String> names = extensions.fieldNames(); names.hasNext(); ) {
      String name = names.next();
      if (!isIdentifier(name)) {
        violation.accept("extension names that are " + IDENTIFIERS, "\"" + name + "\"");
      }
    }
  }

  private static String kind(JsonNode node) {
    return node.getNodeType().name().toLowerCase(Locale.ROOT);
  }
}
