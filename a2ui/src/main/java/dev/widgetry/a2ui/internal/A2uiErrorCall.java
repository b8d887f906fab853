package dev.widgetry.a2ui.internal;

import dev.widgetry.a2ui.A2uiErrorHook;
import dev.widgetry.a2ui.A2uiVersion;
import dev.widgetry.a2ui.ErrorMessage;
import dev.widgetry.runtime.ActionContext;
import dev.widgetry.runtime.ActionResponse;
import dev.widgetry.runtime.spi.ActionCall;
import dev.widgetry.runtime.spi.AnswerPipelines;
import java.lang.System.Logger.Level;
import java.util.List;

/**
 * A renderer's error report: it goes to no handler but to the application's {@link A2uiErrorHook},
 * or to the log when there is none, and is answered with no messages.
 *
 * @param error what the renderer reported
 * @param version the version the renderer spoke, which the (empty) answer is written in
 */
record A2uiErrorCall(ErrorMessage error, A2uiVersion version) implements ActionCall.Unrouted {
  private static final System.Logger LOG = System.getLogger(A2uiErrorHook.class.getName());

  @Override
  public ActionResponse answer(Object returned, ActionContext context, AnswerPipelines middleware) {
    A2uiErrorHook hook = middleware.hook(A2uiErrorHook.class).orElse(null);
    if (hook == null) {
      String about = error.surfaceId() != null ? "surface \"" + error.surfaceId() + "\""
          : "function call \"" + error.functionCallId() + "\"";
      LOG.log(Level.WARNING, "An A2UI renderer reported an error on " + about + ": "
          + error.code() + (error.path() == null ? "" : " at " + error.path()) + ": " + error.message()
          + " (give the dispatcher an A2uiErrorHook to handle these)");
    } else {
      hook.onError(error, context);
    }
    return AnswerForm.of(context).write(List.of(), version);
  }
}
