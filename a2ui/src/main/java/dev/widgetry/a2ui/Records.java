package dev.widgetry.a2ui;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;

/**
 * Walks the values inside a component, whatever its catalog: records by their components, lists
 * and maps by their elements, so one rewrite reaches every {@code StringLiteral} or
 * {@code EventAction} of the basic components and of a catalog of your own alike.
 */
final class Records {
  private Records() {}

  /**
   * {@code value} with {@code change} applied top down: where it returns another object, that
   * object stands and is not entered; otherwise records, lists and maps are entered and rebuilt
   * when something inside changed. What does not change stays the same instance.
   */
  static Object map(Object value, UnaryOperator<Object> change) {
    return map(value, change, each -> false);
  }

  /** Like {@link #map(Object, UnaryOperator)}, leaving what {@code opaque} matches as it is, unentered. */
  static Object map(Object value, UnaryOperator<Object> change, Predicate<Object> opaque) {
    if (value == null || opaque.test(value)) {
      return value;
    }
    Object changed = change.apply(value);
    if (changed != value) {
      return changed;
    }
    if (value instanceof Record) {
      return record((Record) value, change, opaque);
    }
    if (value instanceof List) {
      List<Object> copy = new ArrayList<>();
      boolean differs = false;
      for (Object item : (List<?>) value) {
        Object mapped = map(item, change, opaque);
        differs |= mapped != item;
        copy.add(mapped);
      }
      return differs ? List.copyOf(copy) : value;
    }
    if (value instanceof Map) {
      Map<Object, Object> copy = new LinkedHashMap<>();
      boolean differs = false;
      for (Map.Entry<?, ?> entry : ((Map<?, ?>) value).entrySet()) {
        Object mapped = map(entry.getValue(), change, opaque);
        differs |= mapped != entry.getValue();
        copy.put(entry.getKey(), mapped);
      }
      return differs ? java.util.Collections.unmodifiableMap(copy) : value;
    }
    return value;
  }

  /** Calls {@code visitor} on {@code value} and on everything inside it. */
  static void visit(Object value, Consumer<Object> visitor) {
    map(value, each -> {
      visitor.accept(each);
      return each;
    });
  }

  private static Object record(Record record, UnaryOperator<Object> change, Predicate<Object> opaque) {
    RecordComponent[] components = record.getClass().getRecordComponents();
    Object[] values = new Object[components.length];
    Class<?>[] types = new Class<?>[components.length];
    boolean differs = false;
    try {
      for (int i = 0; i < components.length; i++) {
        types[i] = components[i].getType();
        Object old = components[i].getAccessor().invoke(record);
        values[i] = map(old, change, opaque);
        differs |= values[i] != old;
      }
      if (!differs) {
        return record;
      }
      Constructor<?> constructor = record.getClass().getDeclaredConstructor(types);
      constructor.trySetAccessible();
      return constructor.newInstance(values);
    } catch (InvocationTargetException e) {
      Throwable cause = e.getCause();
      if (cause instanceof RuntimeException) {
        throw (RuntimeException) cause;
      }
      throw new IllegalStateException("Rebuilding " + record.getClass().getName() + " failed", cause);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("Cannot rebuild " + record.getClass().getName() + " by its canonical"
          + " constructor; make the record public", e);
    }
  }
}
