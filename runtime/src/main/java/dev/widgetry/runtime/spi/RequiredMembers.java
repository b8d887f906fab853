package dev.widgetry.runtime.spi;

/**
 * Writes one required primitive property of an object for generated code, its name and its value,
 * in one call: a codec's compile time is mostly javac resolving its calls, and {@code
 * out.name(NAME); out.value(x)} is two calls, the second to one of a dozen overloads. Each method
 * has a name of its own for the same reason, and is small enough to be inlined everywhere, as the
 * two calls were. (Required strings stay two calls in generated code: a call each measured slower
 * on a card with several.)
 */
public final class RequiredMembers {
  private RequiredMembers() {}

  public static void writeBoolean(WidgetWriter out, EncodedString name, boolean value) {
    out.name(name);
    out.value(value);
  }

  public static void writeInt(WidgetWriter out, EncodedString name, int value) {
    out.name(name);
    out.value(value);
  }

  public static void writeLong(WidgetWriter out, EncodedString name, long value) {
    out.name(name);
    out.value(value);
  }

  public static void writeDouble(WidgetWriter out, EncodedString name, double value) {
    out.name(name);
    out.value(value);
  }
}
