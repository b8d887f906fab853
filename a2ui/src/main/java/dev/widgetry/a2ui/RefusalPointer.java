package dev.widgetry.a2ui;

import dev.widgetry.runtime.Widgets;
import dev.widgetry.runtime.spi.EncodedString;
import dev.widgetry.runtime.spi.GeneratedCodec;
import dev.widgetry.runtime.spi.WidgetWriter;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds where in a component a union member its version does not have sits ({@link RefusedMember}):
 * writes the component again into nothing, following the names and indexes, until the member is
 * refused once more. Only ever run to word that refusal: the components written fast know no
 * pointers.
 */
final class RefusalPointer implements WidgetWriter {
  private final String wireVersion;
  /** For each open container: an object's current name, or an array's items so far. */
  private final List<Object> frames = new ArrayList<>();

  private RefusalPointer(String wireVersion) {
    this.wireVersion = wireVersion;
  }

  /**
   * The JSON Pointer, inside the component, of the prop whose value {@code version} refuses
   * ({@code /text/args/value}); {@code ""} when the component writes without a refusal.
   */
  static String of(A2uiComponent component, A2uiVersion version) {
    @SuppressWarnings("unchecked") // the generated codec of a component's own class accepts it
    GeneratedCodec<A2uiComponent> codec = (GeneratedCodec<A2uiComponent>) Widgets.codec(component.getClass());
    RefusalPointer tracker = new RefusalPointer(version.wireName());
    try {
      codec.write(tracker, component);
      return "";
    } catch (RefusedMember refused) {
      return tracker.pointer();
    }
  }

  /** Each open container's name or index; the innermost array's is the item being started. */
  private String pointer() {
    StringBuilder pointer = new StringBuilder();
    for (int i = 0; i < frames.size(); i++) {
      Object frame = frames.get(i);
      boolean innermost = i == frames.size() - 1;
      pointer.append('/').append(frame instanceof int[]
          ? Integer.toString(((int[]) frame)[0] - (innermost ? 0 : 1))
          : Pointers.escape((String) frame));
    }
    return pointer.toString();
  }

  private void item() {
    if (!frames.isEmpty() && frames.get(frames.size() - 1) instanceof int[]) {
      ((int[]) frames.get(frames.size() - 1))[0]++;
    }
  }

  @Override
  public void beginObject() {
    item();
    frames.add("");
  }

  @Override
  public void endObject() {
    frames.remove(frames.size() - 1);
  }

  @Override
  public void beginArray() {
    item();
    frames.add(new int[1]);
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
    frames.set(frames.size() - 1, name);
  }

  @Override
  public void value(EncodedString value) {
    item();
  }

  @Override
  public void value(String value) {
    item();
  }

  @Override
  public void value(boolean value) {
    item();
  }

  @Override
  public void value(int value) {
    item();
  }

  @Override
  public void value(long value) {
    item();
  }

  @Override
  public void value(BigInteger value) {
    item();
  }

  @Override
  public void value(BigDecimal value) {
    item();
  }

  @Override
  public void numberText(String text) {
    item();
  }

  @Override
  public void nullValue() {
    item();
  }

  @Override
  public String wireVersion() {
    return wireVersion;
  }
}
