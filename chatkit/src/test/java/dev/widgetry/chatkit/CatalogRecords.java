package dev.widgetry.chatkit;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The catalog's records as reflection sees them, for tests that check a hand-written walk misses
 * none: every record reachable from {@link WidgetRoot}, what each prop holds, and instances made
 * with a few props set.
 */
final class CatalogRecords {
  private CatalogRecords() {}

  /** Every catalog record a widget can contain, through sealed interfaces, props, lists and maps. */
  static Set<Class<?>> reachable() {
    Set<Class<?>> seen = new LinkedHashSet<>();
    Set<Class<?>> records = new LinkedHashSet<>();
    Deque<Type> pending = new ArrayDeque<>(List.of(WidgetRoot.class));
    while (!pending.isEmpty()) {
      Type type = pending.pop();
      if (type instanceof ParameterizedType parameterized) {
        pending.addAll(Arrays.asList(parameterized.getActualTypeArguments()));
        continue;
      }
      if (!(type instanceof Class<?> raw) || !raw.getPackageName().equals("dev.widgetry.chatkit") || !seen.add(raw)) {
        continue;
      }
      if (raw.isSealed()) {
        pending.addAll(Arrays.asList(raw.getPermittedSubclasses()));
      }
      if (raw.isRecord()) {
        records.add(raw);
        for (RecordComponent component : raw.getRecordComponents()) {
          pending.add(component.getGenericType());
        }
      }
    }
    return records;
  }

  /** What a prop holds: its type, or the element type of a list. */
  static Class<?> elementType(RecordComponent component) {
    if (component.getType() == List.class) {
      Type element = ((ParameterizedType) component.getGenericType()).getActualTypeArguments()[0];
      return element instanceof Class<?> raw ? raw : (Class<?>) ((ParameterizedType) element).getRawType();
    }
    return component.getType();
  }

  /** The name a test reports a prop by, such as {@code Button.onClickAction}. */
  static String name(RecordComponent component) {
    return component.getDeclaringRecord().getSimpleName() + "." + component.getName();
  }

  /**
   * A {@code type} with the props in {@code props} set, every other list empty, every other string
   * {@code "x"}, and everything else absent.
   */
  static <T> T instance(Class<T> type, Map<String, Object> props) {
    RecordComponent[] components = type.getRecordComponents();
    Class<?>[] types = new Class<?>[components.length];
    Object[] values = new Object[components.length];
    for (int i = 0; i < components.length; i++) {
      types[i] = components[i].getType();
      String name = components[i].getName();
      if (props.containsKey(name)) {
        values[i] = props.get(name);
      } else if (types[i] == List.class) {
        values[i] = List.of();
      } else if (types[i] == String.class) {
        values[i] = "x";
      }
    }
    try {
      Constructor<T> constructor = type.getDeclaredConstructor(types);
      return constructor.newInstance(values);
    } catch (InvocationTargetException e) {
      throw new IllegalStateException("cannot make a " + type.getSimpleName() + " with " + props, e.getCause());
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
  }
}
