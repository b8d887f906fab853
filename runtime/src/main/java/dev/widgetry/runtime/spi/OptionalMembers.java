package dev.widgetry.runtime.spi;

import java.util.Optional;

/**
 * Writes one optional property of an object for generated code: its name and value when the value
 * is present; its name and {@code null} when it is absent and the writer asks for explicit nulls;
 * nothing otherwise. One call a property keeps a generated {@code write} small enough for the JIT
 * to inline it into its caller (C2 inlines a hot method of up to 325 bytes of bytecode), which is
 * what makes a tree of many small sparse objects, a table's cells, as fast as a hand-written writer.
 * Each method is small enough to be inlined everywhere. Each has a name of its own rather than
 * overloading {@code write}: javac resolves an overloaded call by trying every candidate, and a
 * codec's compile time is mostly such resolution.
 */
public final class OptionalMembers {
  private OptionalMembers() {}

  public static void writeString(WidgetWriter out, EncodedString name, String value, boolean explicitNulls) {
    if (value != null) {
      out.name(name);
      out.value(value);
    } else if (explicitNulls) {
      absent(out, name);
    }
  }

  public static void writeBoolean(WidgetWriter out, EncodedString name, Boolean value, boolean explicitNulls) {
    if (value != null) {
      out.name(name);
      out.value(value.booleanValue());
    } else if (explicitNulls) {
      absent(out, name);
    }
  }

  public static void writeInt(WidgetWriter out, EncodedString name, Integer value, boolean explicitNulls) {
    if (value != null) {
      out.name(name);
      out.value(value.intValue());
    } else if (explicitNulls) {
      absent(out, name);
    }
  }

  public static void writeLong(WidgetWriter out, EncodedString name, Long value, boolean explicitNulls) {
    if (value != null) {
      out.name(name);
      out.value(value.longValue());
    } else if (explicitNulls) {
      absent(out, name);
    }
  }

  public static void writeDouble(WidgetWriter out, EncodedString name, Double value, boolean explicitNulls) {
    if (value != null) {
      out.name(name);
      out.value(value.doubleValue());
    } else if (explicitNulls) {
      absent(out, name);
    }
  }

  /** An enum constant, by its encoded JSON name. */
  public static <E extends Enum<E>> void writeEnum(
      WidgetWriter out, EncodedString name, EnumNames<E> names, E value, boolean explicitNulls) {
    if (value != null) {
      out.member(name, names.name(value));
    } else if (explicitNulls) {
      absent(out, name);
    }
  }

  /**
   * A widget, by its codec. Inlined where the codec is a constant ({@code XWidgetCodec.INSTANCE}),
   * the call to its {@code write} is bound statically.
   */
  public static <T> void writeWidget(
      WidgetWriter out, EncodedString name, GeneratedCodec<T> codec, T value, boolean explicitNulls) {
    if (value != null) {
      out.name(name);
      codec.write(out, value);
    } else if (explicitNulls) {
      absent(out, name);
    }
  }

  /** An {@code Optional<String>}: its string when present; absent when empty or null. */
  public static void writeOptional(
      WidgetWriter out, EncodedString name, Optional<String> value, boolean explicitNulls) {
    if (value != null && value.isPresent()) {
      out.name(name);
      out.value(value.get());
    } else if (explicitNulls) {
      absent(out, name);
    }
  }

  private static void absent(WidgetWriter out, EncodedString name) {
    out.name(name);
    out.nullValue();
  }
}
