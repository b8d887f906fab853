package dev.widgetry.processor.template.check;

import dev.widgetry.processor.template.types.Ty;
import dev.widgetry.processor.template.types.Tys;
import java.util.Set;

/** Python truthiness over types: what a value can be when a test on it passes, or fails. */
final class Truth {
  private Truth() {}

  /** The alternatives that can be truthy, made so: strings not empty, lists with an element. */
  static Ty truthy(Ty type) {
    return Tys.filter(map(type, true), member -> !isAlwaysFalsy(member));
  }

  /** The alternatives that can be falsy. */
  static Ty falsy(Ty type) {
    return Tys.filter(map(type, false), member -> !isAlwaysTruthy(member));
  }

  private static Ty map(Ty type, boolean truthy) {
    java.util.List<Ty> mapped = new java.util.ArrayList<>();
    for (Ty member : Tys.members(type)) {
      if (member instanceof Ty.Str) {
        Ty.Str string = (Ty.Str) member;
        if (truthy) {
          Set<String> values = string.values() == null ? null
              : string.values().stream().filter(value -> !value.isEmpty()).collect(java.util.stream.Collectors.toSet());
          mapped.add(values != null && values.isEmpty() ? member : new Ty.Str(values, true));
        } else {
          mapped.add(string.nonEmpty() ? member : Tys.literal(""));
        }
      } else if (member instanceof Ty.Bool) {
        mapped.add(new Ty.Bool(truthy));
      } else if (member instanceof Ty.Lst && truthy) {
        Ty.Lst list = (Ty.Lst) member;
        mapped.add(new Ty.Lst(list.element(), Math.max(1, list.minItems()), list.literal()));
      } else {
        mapped.add(member);
      }
    }
    return Tys.union(mapped);
  }

  static boolean isAlwaysFalsy(Ty type) {
    if (type instanceof Ty.None || type instanceof Ty.Undefined) {
      return true;
    }
    if (type instanceof Ty.Bool) {
      return Boolean.FALSE.equals(((Ty.Bool) type).value());
    }
    if (type instanceof Ty.Str) {
      Set<String> values = ((Ty.Str) type).values();
      return values != null && values.equals(Set.of(""));
    }
    return false;
  }

  static boolean isAlwaysTruthy(Ty type) {
    if (type instanceof Ty.Str) {
      return ((Ty.Str) type).nonEmpty();
    }
    if (type instanceof Ty.Bool) {
      return Boolean.TRUE.equals(((Ty.Bool) type).value());
    }
    if (type instanceof Ty.Lst) {
      return ((Ty.Lst) type).minItems() > 0;
    }
    if (type instanceof Ty.Obj) {
      return ((Ty.Obj) type).schema().properties().stream().anyMatch(property -> property.required());
    }
    if (type instanceof Ty.Dict) {
      return !((Ty.Dict) type).entries().isEmpty();
    }
    return type instanceof Ty.Namespace || type instanceof Ty.Loop;
  }
}
