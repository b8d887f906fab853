package dev.widgetry.processor.model;

import java.util.List;

/**
 * A type's name, split as the generators need it: its package and its simple names from the
 * outermost class inwards ({@code ["Outer", "Inner"]}).
 */
public record JavaName(String packageName, List<String> simpleNames) implements Comparable<JavaName> {

  public JavaName {
    simpleNames = List.copyOf(simpleNames);
    if (simpleNames.isEmpty()) {
      throw new IllegalArgumentException("a type name needs a simple name");
    }
  }

  /** The innermost simple name: {@code Inner}. */
  public String simpleName() {
    return simpleNames.get(simpleNames.size() - 1);
  }

  /** The name as written in source within its package: {@code Outer.Inner}. */
  public String nestedName() {
    return String.join(".", simpleNames);
  }

  /** The name as written in source anywhere: {@code com.acme.Outer.Inner}. */
  public String canonicalName() {
    return packageName.isEmpty() ? nestedName() : packageName + "." + nestedName();
  }

  /** The name {@code Class.getName()} returns: {@code com.acme.Outer$Inner}. */
  public String binaryName() {
    String nested = String.join("$", simpleNames);
    return packageName.isEmpty() ? nested : packageName + "." + nested;
  }

  /** A name for a generated top-level type derived from this one: {@code Outer_Inner} + suffix. */
  public JavaName sibling(String suffix) {
    return new JavaName(packageName, List.of(String.join("_", simpleNames) + suffix));
  }

  @Override
  public int compareTo(JavaName other) {
    return canonicalName().compareTo(other.canonicalName());
  }

  @Override
  public String toString() {
    return canonicalName();
  }
}
