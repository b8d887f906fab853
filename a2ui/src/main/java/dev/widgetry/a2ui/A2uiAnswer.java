package dev.widgetry.a2ui;

import java.util.List;
import java.util.Objects;

/**
 * What an A2UI action is answered with: the server messages, in the order they are sent. It is the
 * answer type of A2UI's middleware ({@code AnswerMiddleware<A2uiAnswer>}, given to {@code
 * ActionDispatcher.withMiddleware}), which sees every answer an {@code @OnAction} handler gives an
 * A2UI action, whatever form the handler returned it in, and may send other messages in its place.
 *
 * <p>A handler may return one of these, a {@link ServerMessage}, a {@code List} of them, a {@link
 * Surface} (its {@link Surface#messages()}), a {@code Reply} offering one of these or a surface,
 * or nothing ({@code void} or null: no messages).
 *
 * @param messages the messages, in order; empty for none
 */
public record A2uiAnswer(List<ServerMessage> messages) {

  public A2uiAnswer {
    messages = List.copyOf(Objects.requireNonNull(messages, "messages"));
  }

  /** An answer of these messages, in this order. */
  public static A2uiAnswer of(ServerMessage... messages) {
    return new A2uiAnswer(List.of(messages));
  }

  /** No messages: the renderer keeps what it shows. */
  public static A2uiAnswer none() {
    return new A2uiAnswer(List.of());
  }
}
