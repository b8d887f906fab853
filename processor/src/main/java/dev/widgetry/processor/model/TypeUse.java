package dev.widgetry.processor.model;

import java.util.List;

/** A JSON type at one place of use, with the constraints annotated there. */
public record TypeUse(JsonType type, List<Constraint> constraints) {

  public TypeUse {
    constraints = List.copyOf(constraints);
  }

  public static TypeUse of(JsonType type) {
    return new TypeUse(type, List.of());
  }
}
