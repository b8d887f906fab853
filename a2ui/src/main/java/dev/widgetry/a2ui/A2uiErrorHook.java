package dev.widgetry.a2ui;

import dev.widgetry.runtime.ActionContext;

/**
 * Takes the errors A2UI renderers report ({@code {"version": "v0.9", "error": {...}}}, or
 * {@code "v1.0"}): a message the renderer could not apply ({@link ErrorMessage#validationFailed()},
 * with the {@link ErrorMessage#path() path} of what was wrong) or an error of its own, about a
 * surface or (v1.0) a function call. Give it to the dispatcher that serves A2UI actions:
 *
 * <pre>{@code
 * ActionDispatcher dispatcher = ActionDispatcher.of(new OrderHandlers())
 *     .withHook(A2uiErrorHook.class, (error, context) -> log.warn(error.surfaceId() + ": " + error.message()));
 * }</pre>
 *
 * <p>The report is answered with no messages ({@code []}) once the hook returns; a hook that throws
 * is answered {@code handler_failed}, as a handler that throws is. Without a hook, each report is
 * logged as a warning.
 */
@FunctionalInterface
public interface A2uiErrorHook {

  /** Called once per report, on the thread that dispatches it, with the request's context. */
  void onError(ErrorMessage error, ActionContext context);
}
