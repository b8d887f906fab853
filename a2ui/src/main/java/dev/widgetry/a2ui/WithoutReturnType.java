package dev.widgetry.a2ui;

import dev.widgetry.runtime.spi.EncodedString;
import dev.widgetry.runtime.spi.WidgetWriter;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Arrays;
import java.util.List;

/**
 * Passes a component's writer events on, leaving out the {@code returnType} of every function
 * call: v1.0 calls carry none (the function implies it, and its schemas refuse the key), while the
 * records keep it for v0.9. The basic calls' codecs leave theirs out themselves ({@code
 * @A2uiUntil(V0_9)} on a one-constant enum); this also drops the one of a call of another catalog
 * whose record has it unmarked. A call is a member of a union tagged by {@code "call"}, opened by
 * {@link #beginTagged}, and no other object, even one whose first property is named {@code "call"}
 * (a user's record, whose {@code returnType} is its own); a JSON tree is copied as it is. A call's
 * {@code returnType} is a one-constant enum, so one value follows the name. It also writes the
 * {@code catalogId} the v1.0 writer gives a component whose record leaves it out ({@link #nameCatalog}).
 */
final class WithoutReturnType implements WidgetWriter {
  private static final String CALL = "call";
  private static final String RETURN_TYPE = "returnType";
  private static final EncodedString CATALOG_ID = EncodedString.of("catalogId");

  private final WidgetWriter out;
  /** For each open object or array, outermost first: whether it is a call. */
  private boolean[] calls = new boolean[16];
  private int depth;
  private boolean skipValue;
  /** The catalogId to write after the tag of the next component, or null. */
  private String catalogId;

  WithoutReturnType(WidgetWriter out) {
    this.out = out;
  }

  /** The writer the events are passed on to. */
  WidgetWriter target() {
    return out;
  }

  /**
   * Gives the next component written a {@code catalogId} its record does not hold, right after its
   * {@code "component"}: the catalog it is of, when its surface's catalog does not have it.
   */
  void nameCatalog(String catalogId) {
    this.catalogId = catalogId;
  }

  @Override
  public void beginObject() {
    out.beginObject();
    push(false);
  }

  @Override
  public void beginTagged(EncodedString discriminator, EncodedString tag) {
    out.beginTagged(discriminator, tag);
    if (depth == 0 && catalogId != null) {
      out.name(CATALOG_ID);
      out.value(catalogId);
      catalogId = null;
    }
    push(discriminator.value().equals(CALL));
  }

  @Override
  public void endObject() {
    depth--;
    out.endObject();
  }

  @Override
  public void beginArray() {
    out.beginArray();
    push(false);
  }

  @Override
  public void endArray() {
    depth--;
    out.endArray();
  }

  @Override
  public void name(EncodedString name) {
    if (!dropped(name.value())) {
      out.name(name);
    }
  }

  @Override
  public void name(String name) {
    if (!dropped(name)) {
      out.name(name);
    }
  }

  @Override
  public void value(EncodedString value) {
    if (!skipped()) {
      out.value(value);
    }
  }

  @Override
  public void value(String value) {
    if (!skipped()) {
      out.value(value);
    }
  }

  /**
   * A list of child ids, passed on whole so that a UTF-8 target copies it: never the value of a
   * call's {@code returnType} (a one-constant enum), so nothing in it is left out.
   */
  @Override
  public void plainStrings(List<String> strings) {
    out.plainStrings(strings);
  }

  @Override
  public void value(boolean value) {
    if (!skipped()) {
      out.value(value);
    }
  }

  @Override
  public void value(int value) {
    if (!skipped()) {
      out.value(value);
    }
  }

  @Override
  public void value(long value) {
    if (!skipped()) {
      out.value(value);
    }
  }

  @Override
  public void value(double value) {
    if (!skipped()) {
      out.value(value);
    }
  }

  @Override
  public void value(float value) {
    if (!skipped()) {
      out.value(value);
    }
  }

  @Override
  public void value(BigInteger value) {
    if (!skipped()) {
      out.value(value);
    }
  }

  @Override
  public void value(BigDecimal value) {
    if (!skipped()) {
      out.value(value);
    }
  }

  @Override
  public void numberText(String text) {
    if (!skipped()) {
      out.numberText(text);
    }
  }

  @Override
  public void nullValue() {
    if (!skipped()) {
      out.nullValue();
    }
  }

  @Override
  public boolean explicitNulls() {
    return out.explicitNulls();
  }

  @Override
  public String wireVersion() {
    return out.wireVersion();
  }

  /** Whether {@code name} is a call's returnType, which is left out with its value. */
  private boolean dropped(String name) {
    if (depth > 0 && calls[depth - 1] && name.equals(RETURN_TYPE)) {
      skipValue = true;
      return true;
    }
    return false;
  }

  /** Whether this scalar is the value of a dropped returnType. */
  private boolean skipped() {
    if (skipValue) {
      skipValue = false;
      return true;
    }
    return false;
  }

  private void push(boolean call) {
    if (depth == calls.length) {
      calls = Arrays.copyOf(calls, depth * 2);
    }
    calls[depth++] = call;
  }
}
