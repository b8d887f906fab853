package dev.widgetry.a2ui;

/**
 * A function message of A2UI v1.0 from the agent to the renderer: a {@link CallRendererFunction}
 * asking the renderer to run one of its catalog's functions, or an {@link AgentFunctionResponse}
 * answering a renderer's {@link CallAgentFunction}. v0.9 has neither. Written by {@code
 * A2ui.writer(A2uiVersion.V1_0).toJson(message)}.
 */
public sealed interface FunctionMessage permits CallRendererFunction, AgentFunctionResponse {

  /** The id of the call: the one the agent chose, or the one of the renderer's call it answers. */
  String functionCallId();
}
