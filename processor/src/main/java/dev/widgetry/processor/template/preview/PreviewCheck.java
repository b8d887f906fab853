package dev.widgetry.processor.template.preview;

import dev.widgetry.processor.diag.Message;
import dev.widgetry.processor.template.file.CompactJson;
import dev.widgetry.processor.template.file.Problem;
import dev.widgetry.processor.template.file.WidgetFile;
import dev.widgetry.processor.template.shape.Value;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * Compares a file's {@code outputJsonPreview} with what its template renders from the Builder's
 * sample data ({@code defaultState} in {@code encodedWidget}): a preview the template no longer
 * renders is stale, a warning that names the first place they differ.
 */
public final class PreviewCheck {
  private PreviewCheck() {}

  /** A warning when the preview is stale; empty when it is current, or when the file holds no sample data. */
  public static Optional<Problem> check(WidgetFile file, Value template) {
    if (file.preview() == null || file.defaultState() == null) {
      return Optional.empty();
    }
    Object rendered;
    try {
      rendered = Interpreter.render(template, file.defaultState());
    } catch (Interpreter.CannotRender | ClassCastException | ArithmeticException e) {
      // The sample data does not fit the schema the template is checked against: nothing to compare.
      return Optional.empty();
    }
    Object preview = Interpreter.dropNone(Interpreter.python(file.preview()));
    return difference(preview, rendered, "").map(found -> Problem.warning(Message.TEMPLATE_STALE_PREVIEW,
        file.preview().offset(), found.pointer().isEmpty() ? "the root" : found.pointer(), describe(found.preview()),
        describe(found.rendered())));
  }

  private record Difference(String pointer, Object preview, Object rendered) {}

  private static final Object ABSENT = new Object();

  private static Optional<Difference> difference(Object preview, Object rendered, String pointer) {
    if (preview instanceof Map && rendered instanceof Map) {
      Map<?, ?> a = (Map<?, ?>) preview;
      Map<?, ?> b = (Map<?, ?>) rendered;
      TreeSet<String> keys = new TreeSet<>();
      a.keySet().forEach(key -> keys.add((String) key));
      b.keySet().forEach(key -> keys.add((String) key));
      for (String key : keys) {
        Optional<Difference> inner = difference(a.containsKey(key) ? a.get(key) : ABSENT,
            b.containsKey(key) ? b.get(key) : ABSENT, pointer + "/" + key.replace("~", "~0").replace("/", "~1"));
        if (inner.isPresent()) {
          return inner;
        }
      }
      return Optional.empty();
    }
    if (preview instanceof List && rendered instanceof List) {
      List<?> a = (List<?>) preview;
      List<?> b = (List<?>) rendered;
      for (int i = 0; i < Math.max(a.size(), b.size()); i++) {
        Optional<Difference> inner = difference(i < a.size() ? a.get(i) : ABSENT, i < b.size() ? b.get(i) : ABSENT,
            pointer + "/" + i);
        if (inner.isPresent()) {
          return inner;
        }
      }
      return Optional.empty();
    }
    if (preview instanceof Number && rendered instanceof Number) {
      return new BigDecimal(preview.toString()).compareTo(new BigDecimal(rendered.toString())) == 0
          ? Optional.empty() : Optional.of(new Difference(pointer, preview, rendered));
    }
    boolean same = preview == null ? rendered == null : preview.equals(rendered);
    return same ? Optional.empty() : Optional.of(new Difference(pointer, preview, rendered));
  }

  /** A value as JSON, cut short: what the message quotes. */
  private static String describe(Object value) {
    if (value == ABSENT) {
      return "nothing";
    }
    String json = CompactJson.print(value, PreviewCheck::scalar);
    return json.length() > 60 ? json.substring(0, 57) + "..." : json;
  }

  /** A float as Python writes it ({@code 3.0}), any other scalar as Java does. */
  private static String scalar(Object value) {
    return value instanceof Double number ? Python.str(number.doubleValue()) : String.valueOf(value);
  }
}
