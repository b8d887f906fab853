package dev.widgetry.runtime;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonFactoryBuilder;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;

/**
 * How strictly JSON input is read, and how much of it is accepted. The defaults reject unknown
 * properties (a model that invents a prop is told so) and bound the memory and time that hostile
 * input can cost. Immutable; each {@code with...} method returns a copy.
 */
public final class ParseOptions {
  private static final ParseOptions DEFAULTS =
      new ParseOptions(false, true, 128, 1_000_000, 10L << 20, 50, null, false, factory(128, 1_000_000, 10L << 20));
  private static final ParseOptions MODEL_OUTPUT = DEFAULTS.withMapEntryLists(true);

  private final boolean ignoreUnknownProperties;
  private final boolean nullAsAbsent;
  private final int maxNestingDepth;
  private final int maxStringLength;
  private final long maxDocumentLength;
  private final int maxProblems;
  private final String wireVersion;
  private final boolean mapEntryLists;
  private final JsonFactory factory;

  /** Options read by {@code factory}, which enforces their limits. */
  private ParseOptions(
      boolean ignoreUnknownProperties,
      boolean nullAsAbsent,
      int maxNestingDepth,
      int maxStringLength,
      long maxDocumentLength,
      int maxProblems,
      String wireVersion,
      boolean mapEntryLists,
      JsonFactory factory) {
    this.ignoreUnknownProperties = ignoreUnknownProperties;
    this.nullAsAbsent = nullAsAbsent;
    this.maxNestingDepth = maxNestingDepth;
    this.maxStringLength = maxStringLength;
    this.maxDocumentLength = maxDocumentLength;
    this.maxProblems = positive(maxProblems, "maxProblems");
    this.wireVersion = wireVersion;
    this.mapEntryLists = mapEntryLists;
    this.factory = factory;
  }

  /** A copy whose new parser factory enforces these limits. */
  private ParseOptions withLimits(int depth, int stringLength, long documentLength) {
    return new ParseOptions(ignoreUnknownProperties, nullAsAbsent, positive(depth, "maxNestingDepth"),
        positive(stringLength, "maxStringLength"), positive(documentLength, "maxDocumentLength"), maxProblems,
        wireVersion, mapEntryLists, factory(depth, stringLength, documentLength));
  }

  private static JsonFactory factory(int maxNestingDepth, int maxStringLength, long maxDocumentLength) {
    return new ParserFactory(
        new JsonFactoryBuilder()
            // Names are looked up in the parser's own tables; interning them would let each
            // request's names into one table of the whole JVM.
            .disable(JsonFactory.Feature.INTERN_FIELD_NAMES)
            .enable(StreamReadFeature.USE_FAST_DOUBLE_PARSER)
            .streamReadConstraints(
                StreamReadConstraints.builder()
                    .maxNestingDepth(maxNestingDepth)
                    .maxStringLength(maxStringLength)
                    .maxNameLength(Math.min(maxStringLength, 50_000))
                    .maxDocumentLength(maxDocumentLength)
                    .build()));
  }

  /**
   * Unknown properties rejected; nesting up to 128 levels; strings up to 1,000,000 characters;
   * documents up to 10 MiB; at most 50 problems reported before parsing stops.
   */
  public static ParseOptions defaults() {
    return DEFAULTS;
  }

  /** Skips properties the type does not declare instead of reporting them. */
  public ParseOptions withIgnoreUnknownProperties(boolean ignore) {
    return new ParseOptions(ignore, nullAsAbsent, maxNestingDepth, maxStringLength, maxDocumentLength, maxProblems,
        wireVersion, mapEntryLists, factory);
  }

  /**
   * Whether {@code null} for an optional property reads as if the property were absent (the
   * default, as models answering in strict mode write every property). When false, such a null is
   * a problem: for formats whose schemas refuse it, as A2UI's do.
   */
  public ParseOptions withNullAsAbsent(boolean asAbsent) {
    return new ParseOptions(ignoreUnknownProperties, asAbsent, maxNestingDepth, maxStringLength, maxDocumentLength,
        maxProblems, wireVersion, mapEntryLists, factory);
  }

  /**
   * The deepest nesting of objects and arrays accepted. Arrays count as well as objects: a widget
   * whose children are in an array takes two levels, so 128 allows about 64 nested widgets.
   */
  public ParseOptions withMaxNestingDepth(int depth) {
    return withLimits(depth, maxStringLength, maxDocumentLength);
  }

  /** The longest string value accepted, in characters; property names stop at the lesser of it and 50,000. */
  public ParseOptions withMaxStringLength(int length) {
    return withLimits(maxNestingDepth, length, maxDocumentLength);
  }

  /** The longest document accepted, in bytes for {@code byte[]} input and in characters for text. */
  public ParseOptions withMaxDocumentLength(long length) {
    return withLimits(maxNestingDepth, maxStringLength, length);
  }

  /** How many problems one pass reports before it stops. */
  public ParseOptions withMaxProblems(int problems) {
    return new ParseOptions(ignoreUnknownProperties, nullAsAbsent, maxNestingDepth, maxStringLength, maxDocumentLength,
        problems, wireVersion, mapEntryLists, factory);
  }

  /**
   * Reads input as {@code version} of its wire format ({@code "v0.9"}): a prop that exists only from
   * a later version on is an unknown property. Null, the default, reads every prop.
   */
  public ParseOptions withWireVersion(String version) {
    return new ParseOptions(ignoreUnknownProperties, nullAsAbsent, maxNestingDepth, maxStringLength, maxDocumentLength,
        maxProblems, version, mapEntryLists, factory);
  }

  /**
   * Whether a map may also come as the list of its entries, {@code [{"key": ..., "value": ...}]},
   * each key before its value: the form a strict structured-output schema gives a map
   * ({@link WidgetCodec#strictSchema()}), so this is for reading a model's answer. A key twice is a
   * problem, as in an object. Off by default: on the wire a map is an object, and a list there is a
   * problem.
   */
  public ParseOptions withMapEntryLists(boolean entryLists) {
    return new ParseOptions(ignoreUnknownProperties, nullAsAbsent, maxNestingDepth, maxStringLength, maxDocumentLength,
        maxProblems, wireVersion, entryLists, factory);
  }

  /**
   * The options for a model's answer under a strict structured-output schema: the defaults, with
   * maps also read from entry lists ({@link #withMapEntryLists}) and explicit nulls as absent
   * properties (as by default).
   */
  public static ParseOptions modelOutput() {
    return MODEL_OUTPUT;
  }

  /** The wire version input is read as, or null for none in particular. */
  public String wireVersion() {
    return wireVersion;
  }

  /** Whether a map may also come as the list of its entries; see {@link #withMapEntryLists}. */
  public boolean readsMapEntryLists() {
    return mapEntryLists;
  }

  public boolean ignoresUnknownProperties() {
    return ignoreUnknownProperties;
  }

  public boolean nullAsAbsent() {
    return nullAsAbsent;
  }

  public int maxNestingDepth() {
    return maxNestingDepth;
  }

  public int maxStringLength() {
    return maxStringLength;
  }

  public long maxDocumentLength() {
    return maxDocumentLength;
  }

  public int maxProblems() {
    return maxProblems;
  }

  /**
   * The Jackson factory that enforces these limits; shared and thread-safe. A parser made with it
   * carries them into {@link WidgetCodec#read(com.fasterxml.jackson.core.JsonParser, ParseOptions)},
   * which cannot impose limits on a parser made elsewhere.
   */
  public JsonFactory jsonFactory() {
    return factory;
  }

  private static int positive(int value, String name) {
    return (int) positive((long) value, name);
  }

  private static long positive(long value, String name) {
    if (value <= 0) {
      throw new IllegalArgumentException(name + " must be positive, was " + value);
    }
    return value;
  }
}
