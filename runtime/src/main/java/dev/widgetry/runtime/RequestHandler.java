package dev.widgetry.runtime;

import java.util.concurrent.CompletionStage;

/**
 * Answers the JSON requests posted to one endpoint: the {@link ActionDispatcher} for widget
 * actions, a ChatKit server for a whole ChatKit conversation. The HTTP endpoint and framework
 * integrations serve any of them the same way.
 */
public interface RequestHandler {

  /**
   * Answers one request. The stage never completes exceptionally: every failure is an error
   * response.
   */
  CompletionStage<ActionResponse> dispatch(byte[] body, ActionContext context);

  /** The largest body this handler accepts; a larger one is refused before it is read. */
  int maxBodyBytes();
}
