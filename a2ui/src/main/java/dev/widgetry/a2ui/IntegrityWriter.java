package dev.widgetry.a2ui;

import dev.widgetry.runtime.spi.EncodedString;
import dev.widgetry.runtime.spi.WidgetWriter;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

/**
 * A writer that writes nothing: it follows a message as the envelope writer and the generated
 * serializers write it, and checks what only the whole message shows, at constant cost per event:
 * nesting deeper than A2UI allows, function calls nested too deep, and binding paths that are not
 * usable JSON Pointers. Pointers are built only for problems, for the {@code @index} calls it
 * notes for the graph's check (a rare call, which only a template may hold), and for the calls that
 * name their catalog (A2UI v1.0's {@code catalogId}), which it passes on to be checked; the
 * {@code catalogId} the v1.0 writer names for a component is passed over, as a component's own is
 * (the catalog rules check the record's). Given a version, it is written to by that version's
 * envelope writer: what that writer or the generated codecs refuse there, a prop, a union member, an
 * enum constant or a binding only other versions have, a theme, metadata or a stored null
 * ({@link A2uiVersionGate#refuse}), is a problem at its pointer, and the message is followed on.
 */
final class IntegrityWriter implements WidgetWriter {
  /** The deepest nesting A2UI allows, the message object being level 0. */
  static final int MAX_DEPTH = 50;
  /** The most calls one call's arguments may be nested in. */
  static final int MAX_CALL_DEPTH = 5;

  /** Receives what the writer finds. */
  interface Findings {
    void problem(A2uiRule rule, String pointer, String message);
  }

  /** Checks the {@code catalogId} a call of {@code function} names, which stands at {@code pointer}. */
  interface CallCatalogs {
    void check(String function, String catalogId, String pointer);
  }

  /** An {@code @index} call in the {@code component}th component of an updateComponents, at {@code pointer}. */
  record IndexCallSite(int component, String pointer) {}

  /** Where the components of an updateComponents are: message, updateComponents, components, a component. */
  private static final int COMPONENT_LEVEL = 3;

  private final Findings findings;
  private final CallCatalogs callCatalogs;
  /** The wire version followed, or null for none in particular (everything is written). */
  private final String wireVersion;
  private final List<Frame> frames = new ArrayList<>();
  private final List<IndexCallSite> indexCalls = new ArrayList<>();
  private String prefix;
  private boolean bindings;
  private int calls;
  private boolean tooDeepReported;
  private int deepest;
  /** The events followed so far: work a test counts. */
  private long events;

  IntegrityWriter(Findings findings, CallCatalogs callCatalogs, A2uiVersion version) {
    this.findings = findings;
    this.callCatalogs = callCatalogs;
    this.wireVersion = version == null ? null : version.wireName();
  }

  @Override
  public String wireVersion() {
    return wireVersion;
  }

  /**
   * What the version followed does not have, refused by {@link A2uiVersionGate#refuse}: the prop
   * {@code prop} of the object being written, about to be named, or, when {@code prop} is null, the
   * value about to be written. A {@code catalogId} is left to the catalog rules, which say what v0.9
   * names instead ({@link A2uiRule#NOT_IN_CATALOG}).
   */
  void notInVersion(String prop, String message) {
    if ("catalogId".equals(prop)) {
      return;
    }
    findings.problem(A2uiRule.NOT_IN_VERSION, prop == null ? slot() : pointer(false) + "/" + Pointers.escape(prop),
        message);
  }

  /** The pointer of the value about to be written: the object's current prop, or the array's next item. */
  private String slot() {
    Frame frame = top();
    if (frame == null) {
      return prefix;
    }
    return frame.array ? pointer(false) + "/" + (frame.index + 1) : pointer(true);
  }

  /**
   * Starts a message whose pointers begin with {@code prefix} ({@code /3}); {@code bindings} says
   * whether its objects are components' props, whose {@code {"path"}} objects are bindings (not
   * in a data model's values).
   */
  void start(String prefix, boolean bindings) {
    this.prefix = prefix;
    this.bindings = bindings;
    this.calls = 0;
    this.tooDeepReported = false;
    this.deepest = 0;
    frames.clear();
    indexCalls.clear();
  }

  /** The {@code @index} calls of the components of the message just written. */
  List<IndexCallSite> indexCalls() {
    return indexCalls;
  }

  /**
   * How deeply the value of the updateDataModel just written nests: 0 for a scalar, 1 for an
   * object or array of scalars, and so on (the message and its updateDataModel are two levels).
   */
  int deepestValue() {
    return Math.max(0, deepest - 2);
  }

  @Override
  public void beginObject() {
    open(false);
  }

  @Override
  public void beginTagged(EncodedString discriminator, EncodedString tag) {
    open(false);
    Frame frame = top();
    if (discriminator.value().equals("call")) {
      frame.function = tag.value();
      if (calls >= MAX_CALL_DEPTH) {
        findings.problem(A2uiRule.CALLS_TOO_DEEP, pointer(false), "function calls nest " + (calls + 1) + " deep here, in"
            + " the arguments of " + calls + " others; A2UI allows " + MAX_CALL_DEPTH + ". Compute the value on the"
            + " server and bind it, or split the expression");
      }
      calls++;
      if (bindings && frames.size() > COMPONENT_LEVEL + 1 && tag.value().equals(IndexCall.TAG)) {
        indexCalls.add(new IndexCallSite(frames.get(COMPONENT_LEVEL - 1).index, pointer(false)));
      }
    }
    name(discriminator);
    value(tag);
  }

  @Override
  public void endObject() {
    Frame frame = frames.remove(frames.size() - 1);
    if (frame.function != null) {
      calls--;
    }
    if (bindings && frame.pathValue != null && frame.onlyPathNames) {
      String problem = Pointers.problem(frame.pathValue);
      if (problem != null) {
        frame.name = "path";
        frames.add(frame);
        findings.problem(A2uiRule.MALFORMED_POINTER, pointer(true), problem);
        frames.remove(frames.size() - 1);
      }
    }
  }

  @Override
  public void beginArray() {
    open(true);
  }

  @Override
  public void endArray() {
    frames.remove(frames.size() - 1);
  }

  @Override
  public void name(EncodedString name) {
    name(name.value());
  }

  @Override
  public void name(String name) {
    Frame frame = top();
    frame.name = name;
    if (!name.equals("path") && !name.equals("componentId")) {
      frame.onlyPathNames = false;
    }
  }

  @Override
  public void value(EncodedString value) {
    scalar();
  }

  @Override
  public void value(String value) {
    Frame frame = top();
    if (frame != null && !frame.array && "path".equals(frame.name)) {
      frame.pathValue = value;
    } else if (frame != null && frame.function != null && "catalogId".equals(frame.name)) {
      callCatalogs.check(frame.function, value, pointer(true));
    }
    scalar();
  }

  @Override
  public void value(boolean value) {
    scalar();
  }

  @Override
  public void value(int value) {
    scalar();
  }

  @Override
  public void value(long value) {
    scalar();
  }

  @Override
  public void value(double value) {
    scalar();
  }

  @Override
  public void value(float value) {
    scalar();
  }

  @Override
  public void value(BigInteger value) {
    scalar();
  }

  @Override
  public void value(BigDecimal value) {
    scalar();
  }

  @Override
  public void numberText(String text) {
    scalar();
  }

  @Override
  public void nullValue() {
    scalar();
  }

  /** The writer events followed so far: work a test counts. */
  long events() {
    return events;
  }

  private void open(boolean array) {
    events++;
    Frame parent = top();
    if (parent != null && parent.array) {
      parent.index++;
    }
    frames.add(new Frame(array));
    deepest = Math.max(deepest, frames.size());
    // The message object is level 0: a container opened inside it at level 51 is one too deep.
    if (frames.size() - 1 > MAX_DEPTH && !tooDeepReported) {
      tooDeepReported = true;
      findings.problem(A2uiRule.TOO_DEEP, pointer(false), "nesting is " + (frames.size() - 1) + " levels deep here;"
          + " A2UI allows " + MAX_DEPTH);
    }
  }

  private void scalar() {
    events++;
    Frame frame = top();
    if (frame != null && frame.array) {
      frame.index++;
    }
  }

  private Frame top() {
    return frames.isEmpty() ? null : frames.get(frames.size() - 1);
  }

  /**
   * The pointer of where the writer is: the message's, then each open container's current name or
   * index; the innermost one's only when {@code withLast} (a container just opened has none yet).
   */
  private String pointer(boolean withLast) {
    StringBuilder pointer = new StringBuilder(prefix);
    int count = withLast ? frames.size() : frames.size() - 1;
    for (int i = 0; i < count; i++) {
      Frame frame = frames.get(i);
      pointer.append('/').append(frame.array ? Integer.toString(frame.index) : Pointers.escape(frame.name));
    }
    return pointer.toString();
  }

  /** One open object or array. */
  private static final class Frame {
    final boolean array;
    /** An object's current property. */
    String name;
    /** An array's current item, -1 before the first. */
    int index = -1;
    /** A function call's function (the value of its {@code "call"}), or null when the object is no call. */
    String function;
    /** Whether the object's names are all {@code path} or {@code componentId}: a binding or a template. */
    boolean onlyPathNames = true;
    /** The string value of its {@code path}. */
    String pathValue;

    Frame(boolean array) {
      this.array = array;
    }
  }
}
