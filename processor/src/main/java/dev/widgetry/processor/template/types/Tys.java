package dev.widgetry.processor.template.types;

import dev.widgetry.processor.template.data.DataType;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/** Building, combining and describing {@link Ty}s. */
public final class Tys {
  public static final Ty STRING = new Ty.Str(null, false);
  public static final Ty INT = new Ty.Int();
  public static final Ty NUM = new Ty.Num();
  public static final Ty BOOL = new Ty.Bool(null);
  public static final Ty NONE = new Ty.None();
  /** The type of what could not be typed: an error was reported, and nothing more is said of it. */
  public static final Ty POISON = new Ty.Any(null);

  private Tys() {}

  public static Ty literal(String value) {
    return new Ty.Str(Set.of(value), !value.isEmpty());
  }

  /** The type of data declared by {@code type}, found at {@code path}. */
  public static Ty of(DataType type, String path) {
    if (type instanceof DataType.Nullable) {
      return union(of(((DataType.Nullable) type).value(), path), NONE);
    }
    if (type instanceof DataType.StringType) {
      DataType.StringType string = (DataType.StringType) type;
      if (!string.values().isEmpty()) {
        return new Ty.Str(Set.copyOf(string.values()), string.values().stream().noneMatch(String::isEmpty));
      }
      return new Ty.Str(null, string.minLength() != null && string.minLength() > 0);
    }
    if (type instanceof DataType.NumberType) {
      return ((DataType.NumberType) type).integral() ? INT : NUM;
    }
    if (type instanceof DataType.BooleanType) {
      return BOOL;
    }
    if (type instanceof DataType.ArrayType) {
      DataType.ArrayType array = (DataType.ArrayType) type;
      return new Ty.Lst(of(array.items(), path + "[]"), array.minItems() == null ? 0 : array.minItems(), null);
    }
    if (type instanceof DataType.ObjectType) {
      return new Ty.Obj((DataType.ObjectType) type, path);
    }
    if (type instanceof DataType.MapType) {
      return new Ty.MapOf(of(((DataType.MapType) type).values(), path + "[*]"), path);
    }
    return new Ty.Any(path);
  }

  /** The type of reading {@code property} of an object at {@code path}: undefined too when it may be left out. */
  public static Ty field(DataType.DataProperty property, String path) {
    String at = path.isEmpty() ? property.name() : path + "." + property.name();
    Ty type = of(property.type(), at);
    return property.required() ? type : union(type, new Ty.Undefined(at + " may be left out of the data", null));
  }

  /** The alternatives of a type: its members, or itself. */
  public static List<Ty> members(Ty type) {
    return type instanceof Ty.Union ? ((Ty.Union) type).members() : List.of(type);
  }

  /** A type that is any of these: flattened, with strings and booleans merged and duplicates dropped. */
  public static Ty union(Ty... types) {
    return union(List.of(types));
  }

  public static Ty union(List<Ty> types) {
    List<Ty> flat = new ArrayList<>();
    for (Ty type : types) {
      for (Ty member : members(type)) {
        add(flat, member);
      }
    }
    if (flat.isEmpty()) {
      throw new IllegalArgumentException("a union of nothing");
    }
    return flat.size() == 1 ? flat.get(0) : new Ty.Union(flat);
  }

  private static void add(List<Ty> flat, Ty member) {
    for (int i = 0; i < flat.size(); i++) {
      Ty existing = flat.get(i);
      if (existing.equals(member)) {
        return;
      }
      if (existing instanceof Ty.Str && member instanceof Ty.Str) {
        flat.set(i, mergeStrings((Ty.Str) existing, (Ty.Str) member));
        return;
      }
      if (existing instanceof Ty.Bool && member instanceof Ty.Bool) {
        flat.set(i, BOOL);
        return;
      }
      if (existing instanceof Ty.Undefined && member instanceof Ty.Undefined) {
        return;
      }
    }
    flat.add(member);
  }

  private static Ty.Str mergeStrings(Ty.Str a, Ty.Str b) {
    Set<String> values = null;
    if (a.values() != null && b.values() != null) {
      values = new LinkedHashSet<>(a.values());
      values.addAll(b.values());
    }
    return new Ty.Str(values, a.nonEmpty() && b.nonEmpty());
  }

  /** The members {@code keep} accepts, or null when none is left. */
  public static Ty filter(Ty type, Predicate<Ty> keep) {
    List<Ty> kept = new ArrayList<>();
    for (Ty member : members(type)) {
      if (keep.test(member)) {
        kept.add(member);
      }
    }
    return kept.isEmpty() ? null : union(kept);
  }

  public static boolean isPoison(Ty type) {
    return members(type).contains(POISON);
  }

  public static boolean has(Ty type, Class<? extends Ty> kind) {
    return members(type).stream().anyMatch(kind::isInstance);
  }

  /** The first undefined alternative, or null. */
  public static Ty.Undefined undefinedPart(Ty type) {
    for (Ty member : members(type)) {
      if (member instanceof Ty.Undefined) {
        return (Ty.Undefined) member;
      }
    }
    return null;
  }

  /** The type without its undefined alternative; null when nothing else is left. */
  public static Ty defined(Ty type) {
    return filter(type, member -> !(member instanceof Ty.Undefined));
  }

  /** The type without undefined and none; null when nothing else is left. */
  public static Ty present(Ty type) {
    return filter(type, member -> !(member instanceof Ty.Undefined) && !(member instanceof Ty.None));
  }

  /** How messages name a value of this type: "a string", "an integer or none". */
  public static String describe(Ty type) {
    List<String> words = new ArrayList<>();
    for (Ty member : members(type)) {
      String word = describeOne(member);
      if (!words.contains(word)) {
        words.add(word);
      }
    }
    if (words.size() == 1) {
      return words.get(0);
    }
    return String.join(", ", words.subList(0, words.size() - 1)) + " or " + words.get(words.size() - 1);
  }

  private static String describeOne(Ty type) {
    if (type instanceof Ty.Str) {
      Set<String> values = ((Ty.Str) type).values();
      if (values != null && values.size() == 1) {
        return "the string \"" + values.iterator().next() + "\"";
      }
      return values == null ? "a string" : "one of the strings " + quoted(values);
    }
    if (type instanceof Ty.Int) {
      return "an integer";
    }
    if (type instanceof Ty.Num) {
      return "a number";
    }
    if (type instanceof Ty.Bool) {
      Boolean value = ((Ty.Bool) type).value();
      return value == null ? "a boolean" : String.valueOf(value);
    }
    if (type instanceof Ty.None) {
      return "none";
    }
    if (type instanceof Ty.Undefined) {
      return "undefined";
    }
    if (type instanceof Ty.Lst) {
      return "a list";
    }
    if (type instanceof Ty.Obj) {
      return "an object (" + ((Ty.Obj) type).path() + ")";
    }
    if (type instanceof Ty.MapOf) {
      return "an object with free keys (" + ((Ty.MapOf) type).path() + ")";
    }
    if (type instanceof Ty.Dict) {
      return "a dict";
    }
    if (type instanceof Ty.Any) {
      return "JSON whose shape the schema leaves open (" + ((Ty.Any) type).path() + ")";
    }
    if (type instanceof Ty.Namespace) {
      return "a namespace";
    }
    return "the loop variable";
  }

  public static String quoted(Iterable<String> values) {
    List<String> list = new ArrayList<>();
    values.forEach(value -> list.add("\"" + value + "\""));
    list.sort(null);
    return String.join(", ", list);
  }
}
