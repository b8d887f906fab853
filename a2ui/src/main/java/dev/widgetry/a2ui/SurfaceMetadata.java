package dev.widgetry.a2ui;

import com.fasterxml.jackson.databind.JsonNode;
import dev.widgetry.runtime.spi.WidgetReader;
import java.util.Iterator;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * v1.0's surface metadata as its schema has it: an object holding at most {@code "extensions"}, an
 * object whose keys are Unicode identifiers (UAX #31's {@code XID_Start} or {@code _}, then
 * {@code XID_Continue}, given to java.util.regex as the categories UAX #31 builds them from) and
 * whose values are any JSON.
 */
final class SurfaceMetadata {
  private static final Pattern IDENTIFIER =
      Pattern.compile("[\\p{L}\\p{Nl}_][\\p{L}\\p{Nl}\\p{Mn}\\p{Mc}\\p{Nd}\\p{Pc}]*");

  private SurfaceMetadata() {}

  /** Whether {@code name} may name an extension. */
  static boolean isIdentifier(String name) {
    return IDENTIFIER.matcher(name).matches();
  }

  /** Records a violation at the metadata just read for each way {@code metadata} breaks the schema. */
  static void check(WidgetReader in, JsonNode metadata) {
    if (!metadata.isObject()) {
      in.violation("metadata as an object, {\"extensions\": {...}}",
          metadata.getNodeType().name().toLowerCase(Locale.ROOT));
      return;
    }
    for (Iterator<String> names = metadata.fieldNames(); names.hasNext(); ) {
      String name = names.next();
      if (!name.equals("extensions")) {
        in.violation("metadata holding only \"extensions\"", "\"" + name + "\" as well");
      }
    }
    JsonNode extensions = metadata.get("extensions");
    if (extensions == null) {
      return;
    }
    if (!extensions.isObject()) {
      in.violation("extensions as an object", extensions.getNodeType().name().toLowerCase(Locale.ROOT));
      return;
    }
    for (Iterator<String> names = extensions.fieldNames(); names.hasNext(); ) {
      String name = names.next();
      if (!IDENTIFIER.matcher(name).matches()) {
        in.violation("extension names that are identifiers (a letter or _, then letters, digits or _)",
            "\"" + name + "\"");
      }
    }
  }
}
