package dev.widgetry.runtime.spi;

import dev.widgetry.runtime.Reply;
import java.util.List;
import java.util.stream.Collectors;

/** How a protocol takes a handler's {@link Reply}: in the first of its forms the reply offers. */
public final class Replies {
  private Replies() {}

  /**
   * The answer {@code reply} gives a protocol that takes the {@code accepted} types, in its order of
   * preference: built by the supplier of the first form offered that is one of them (the type itself
   * or a subtype). No other supplier runs.
   *
   * @param protocol the protocol's name, for the message
   * @throws IllegalStateException when the reply offers none of them: the dispatcher answers
   *     {@code handler_failed} and logs this message, which names the method, the protocol, the forms
   *     offered and the ones wanted
   */
  public static Object answer(Reply reply, ActionRoute route, String protocol, List<Class<?>> accepted) {
    List<Class<?>> offered = reply.forms();
    for (Class<?> wanted : accepted) {
      for (Class<?> form : offered) {
        if (wanted.isAssignableFrom(form)) {
          return reply.answer(form);
        }
      }
    }
    throw new IllegalStateException(route.method() + " returned a Reply with no form for " + protocol
        + ": it offers " + names(offered, ", ") + ", and " + protocol + " takes " + names(accepted, " or ")
        + ". Add one with .or(" + accepted.get(0).getSimpleName() + ".class, () -> ...)");
  }

  private static String names(List<Class<?>> types, String separator) {
    return types.stream().map(Class::getSimpleName).collect(Collectors.joining(separator));
  }
}
