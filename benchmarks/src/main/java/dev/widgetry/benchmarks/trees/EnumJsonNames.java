package dev.widgetry.benchmarks.trees;

import com.fasterxml.jackson.annotation.JsonProperty;

/** The JSON names of a catalog enum's constants, by ordinal: their {@code @JsonProperty}, else their name. */
public final class EnumJsonNames {
  private EnumJsonNames() {}

  public static <E extends Enum<E>> String[] of(Class<E> type) {
    E[] constants = type.getEnumConstants();
    String[] names = new String[constants.length];
    for (E constant : constants) {
      JsonProperty property;
      try {
        property = type.getField(constant.name()).getAnnotation(JsonProperty.class);
      } catch (NoSuchFieldException e) {
        throw new IllegalStateException(e);
      }
      names[constant.ordinal()] = property != null ? property.value() : constant.name();
    }
    return names;
  }
}
