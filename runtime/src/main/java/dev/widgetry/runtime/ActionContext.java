package dev.widgetry.runtime;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What a handler knows about the action besides its payload: the widget item it came from, the
 * thread when there is one, and whatever the application attaches (the user, a locale, the
 * user's permissions), keyed by type. Immutable: each {@code with...} returns a copy.
 *
 * <pre>{@code
 * ActionContext context = ActionContext.empty().with(User.class, user).with(Locale.class, locale);
 * }</pre>
 */
public final class ActionContext {
  private static final ActionContext EMPTY = new ActionContext(null, null, null, Map.of());

  private final String itemId;
  private final String threadId;
  private final String accept;
  private final Map<Class<?>, Object> attachments;

  private ActionContext(String itemId, String threadId, String accept, Map<Class<?>, Object> attachments) {
    this.itemId = itemId;
    this.threadId = threadId;
    this.accept = accept;
    this.attachments = attachments;
  }

  public static ActionContext empty() {
    return EMPTY;
  }

  /** The id of the widget item the action was fired from, when the request names one. */
  public Optional<String> itemId() {
    return Optional.ofNullable(itemId);
  }

  /** The id of the chat thread, for actions that arrive as ChatKit server requests. */
  public Optional<String> threadId() {
    return Optional.ofNullable(threadId);
  }

  /**
   * The media types the client accepts, as its HTTP {@code Accept} header lists them, when the
   * endpoint passed them on: a protocol that can answer in several forms (A2UI's JSON array, JSON
   * Lines or Server-Sent Events) picks one by it.
   */
  public Optional<String> accept() {
    return Optional.ofNullable(accept);
  }

  /** The value the application attached under {@code key}. */
  public <T> Optional<T> get(Class<T> key) {
    return Optional.ofNullable(key.cast(attachments.get(key)));
  }

  /**
   * A copy with {@code value} attached under {@code key}, replacing what was there. A null value
   * means absent: the copy has nothing under {@code key}, so a lookup that finds nothing can be
   * attached as it is ({@code .with(User.class, sessions.user(cookie))}), and a handler gets an
   * empty {@link #get}.
   */
  public <T> ActionContext with(Class<T> key, T value) {
    Objects.requireNonNull(key, "key");
    Map<Class<?>, Object> copy = new HashMap<>(attachments);
    if (value == null) {
      copy.remove(key);
    } else {
      copy.put(key, key.cast(value));
    }
    return new ActionContext(itemId, threadId, accept, Map.copyOf(copy));
  }

  public ActionContext withItemId(String itemId) {
    return new ActionContext(itemId, threadId, accept, attachments);
  }

  public ActionContext withThreadId(String threadId) {
    return new ActionContext(itemId, threadId, accept, attachments);
  }

  /** A copy with the client's {@code Accept} header (null: none); HTTP endpoints set it. */
  public ActionContext withAccept(String accept) {
    return new ActionContext(itemId, threadId, accept, attachments);
  }

  /** A copy with both ids: one copy per request rather than two, for protocols that read both. */
  public ActionContext withIds(String itemId, String threadId) {
    return new ActionContext(itemId, threadId, accept, attachments);
  }

  @Override
  public String toString() {
    return "ActionContext[itemId=" + itemId + ", threadId=" + threadId + ", accept=" + accept + ", attachments=" + attachments.keySet() + "]";
  }
}
