package dev.widgetry.chatkit.server;

/** {@link Conformance} for the tests of other packages. */
public final class ConformanceAccess {
  private ConformanceAccess() {}

  /** Checks a JSON document against a definition of chatkit-python's types. */
  public static void valid(String json, String definition) {
    Conformance.valid(Conformance.parse(json), definition);
  }
}
