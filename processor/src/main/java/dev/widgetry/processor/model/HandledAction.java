package dev.widgetry.processor.model;

/**
 * An action type some {@code @OnAction} method of the compilation handles.
 *
 * @param handler the method, as messages name it: {@code CartHandlers.add}
 * @param payload the payload's type, or null when the method takes none
 * @param payloadRequired whether a request must carry a payload
 */
public record HandledAction(String type, String handler, TypeUse payload, boolean payloadRequired) {}
