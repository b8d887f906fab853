package dev.widgetry.runtime;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * An {@code @OnAction} method's answer in more than one protocol's form, so that one handler serves
 * a ChatKit widget and an A2UI surface alike:
 *
 * <pre>{@code
 * return Reply.of(ActionResult.class, () -> ActionResult.replace(card))
 *     .or(A2uiAnswer.class, () -> A2uiAnswer.of(surface));
 * }</pre>
 *
 * Each form is built lazily: the protocol that asked picks the form it takes and only that
 * supplier runs. ChatKit takes an {@code ActionResult} or a widget root ({@code WidgetRoot} or one
 * of its types, such as {@code Card}); A2UI takes an {@code A2uiAnswer} or a {@code Surface}. A
 * supplier that returns null answers as a handler returning null does; one that throws fails the
 * handler. A reply with no form the asking protocol takes fails the handler too, and the log names
 * the forms it offers and the ones the protocol wanted.
 *
 * <p>Immutable: {@link #or} returns a new reply.
 */
public final class Reply {
  private final Map<Class<?>, Supplier<?>> forms;

  private Reply(Map<Class<?>, Supplier<?>> forms) {
    this.forms = forms;
  }

  /** A reply in one form, built by {@code answer} when a protocol asks for it. */
  public static <T> Reply of(Class<T> form, Supplier<? extends T> answer) {
    return new Reply(Map.of()).or(form, answer);
  }

  /**
   * A copy that also offers {@code form}, built by {@code answer} when a protocol asks for it.
   *
   * @throws IllegalArgumentException when this reply offers {@code form} already
   */
  public <T> Reply or(Class<T> form, Supplier<? extends T> answer) {
    Objects.requireNonNull(form, "form");
    Objects.requireNonNull(answer, "answer");
    if (forms.containsKey(form)) {
      throw new IllegalArgumentException("This Reply offers a " + form.getSimpleName()
          + " already; give each form once");
    }
    Map<Class<?>, Supplier<?>> copy = new LinkedHashMap<>(forms);
    copy.put(form, answer);
    return new Reply(Collections.unmodifiableMap(copy));
  }

  /** The forms this reply offers, in the order they were given. */
  public List<Class<?>> forms() {
    return List.copyOf(forms.keySet());
  }

  /**
   * The answer in {@code form}, built now by its supplier (which may return null).
   *
   * @throws IllegalArgumentException when this reply does not offer {@code form}
   */
  public <T> T answer(Class<T> form) {
    Supplier<?> answer = forms.get(Objects.requireNonNull(form, "form"));
    if (answer == null) {
      throw new IllegalArgumentException("This Reply offers no " + form.getSimpleName() + "; it offers " + names());
    }
    return form.cast(answer.get());
  }

  private String names() {
    return forms.keySet().stream().map(Class::getSimpleName).collect(Collectors.joining(", "));
  }

  @Override
  public String toString() {
    return "Reply[" + names() + "]";
  }
}
