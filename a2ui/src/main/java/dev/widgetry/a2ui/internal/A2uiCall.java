package dev.widgetry.a2ui.internal;

import dev.widgetry.a2ui.A2uiAnswer;
import dev.widgetry.a2ui.A2uiSource;
import dev.widgetry.a2ui.A2uiVersion;
import dev.widgetry.a2ui.ServerMessage;
import dev.widgetry.a2ui.Surface;
import dev.widgetry.runtime.ActionContext;
import dev.widgetry.runtime.ActionResponse;
import dev.widgetry.runtime.Reply;
import dev.widgetry.runtime.spi.ActionCall;
import dev.widgetry.runtime.spi.ActionRoute;
import dev.widgetry.runtime.spi.AnswerPipelines;
import dev.widgetry.runtime.spi.Replies;
import java.util.ArrayList;
import java.util.List;

/**
 * An A2UI action, read and checked: its handler, the context parsed into the handler's payload
 * type, and where it came from, which reaches the handler as an {@link A2uiSource} in its context.
 * It answers with the handler's server messages, after A2UI's middleware, in the A2UI version the
 * client spoke and the form its {@code Accept} asks for.
 *
 * @param route the handler it goes to
 * @param payload the context parsed into the handler's type, or null when the handler takes none
 * @param source the surface, the component and the time it came from
 * @param versionSpoken whether the request said its version; when not, the version is the
 *     {@link A2uiVersion} of the application's context, if it has one
 */
record A2uiCall(ActionRoute route, Object payload, A2uiSource source, boolean versionSpoken) implements ActionCall {
  /** The forms of a {@link Reply} A2UI takes, the one it prefers first. */
  private static final List<Class<?>> REPLY_FORMS = List.of(A2uiAnswer.class, Surface.class);

  @Override
  public ActionContext context(ActionContext base) {
    A2uiVersion version = versionSpoken ? source.version() : base.get(A2uiVersion.class).orElse(source.version());
    return base.with(A2uiSource.class, new A2uiSource(source.surfaceId(), source.sourceComponentId(),
        source.timestamp(), version, source.userMessage(), source.metadata()));
  }

  @Override
  public ActionResponse answer(Object returned, ActionContext context, AnswerPipelines middleware) {
    A2uiAnswer answer = middleware.apply(A2uiAnswer.class, toAnswer(returned, route, "an A2UI action"), context);
    A2uiVersion version = A2uiSource.of(context).map(A2uiSource::version).orElse(source.version());
    return AnswerForm.of(context).write(answer.messages(), version);
  }

  /**
   * What {@code route}'s handler returned as server messages, as the answer to {@code kind} ("an A2UI
   * action" or "an A2UI tool call"), which a refusal names.
   */
  static A2uiAnswer toAnswer(Object returned, ActionRoute route, String kind) {
    if (returned instanceof Reply) {
      returned = Replies.answer((Reply) returned, route, "A2UI", REPLY_FORMS);
    }
    if (returned == null) {
      return A2uiAnswer.none();
    }
    if (returned instanceof A2uiAnswer) {
      return (A2uiAnswer) returned;
    }
    if (returned instanceof ServerMessage) {
      return A2uiAnswer.of((ServerMessage) returned);
    }
    if (returned instanceof Surface) {
      return new A2uiAnswer(((Surface) returned).messages());
    }
    if (returned instanceof List) {
      List<ServerMessage> messages = new ArrayList<>();
      for (Object element : (List<?>) returned) {
        if (!(element instanceof ServerMessage)) {
          throw cannotSend(route, kind,
              element == null ? "a list holding null" : "a list holding a " + element.getClass().getName());
        }
        messages.add((ServerMessage) element);
      }
      return new A2uiAnswer(messages);
    }
    throw cannotSend(route, kind, "a " + returned.getClass().getName());
  }

  private static IllegalStateException cannotSend(ActionRoute route, String kind, String what) {
    return new IllegalStateException(route.method() + " returned " + what + " to " + kind + "; " + kind + " is"
        + " answered with server messages: return an A2uiAnswer, a ServerMessage, a List of them, a Surface, a Reply"
        + " offering an A2uiAnswer or a Surface, or nothing");
  }
}
