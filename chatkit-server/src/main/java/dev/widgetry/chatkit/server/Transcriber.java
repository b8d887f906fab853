package dev.widgetry.chatkit.server;

import dev.widgetry.runtime.ActionContext;

/** Turns recorded speech from the composer's microphone into text ({@code input.transcribe}). */
@FunctionalInterface
public interface Transcriber {

  /**
   * The text spoken in {@code audio}.
   *
   * @param mimeType the recording's media type, such as {@code audio/webm}
   */
  String transcribe(byte[] audio, String mimeType, ActionContext context) throws Exception;
}
