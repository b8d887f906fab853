package dev.widgetry.samples.chat;

import dev.widgetry.chatkit.server.ChatKitServer;
import dev.widgetry.chatkit.server.store.ThreadStore;
import dev.widgetry.samples.gallery.Gallery;

/**
 * The chat page's backend: a ChatKit server whose assistant is {@link ScriptedAssistant}, whose
 * widget actions reach the gallery's handlers (and the briefing's), served at {@code POST /chatkit}
 * as OpenAI's samples serve it.
 */
public final class Chat {
  /** Where the chat page posts ChatKit requests. */
  public static final String PATH = "/chatkit";
  /** The pause between two pieces of a streamed answer: long enough to see it arrive. */
  private static final long PAUSE_MILLIS = 40;

  private Chat() {}

  /** A ChatKit server for {@code gallery}'s widgets, keeping its threads in {@code store}. */
  public static ChatKitServer server(Gallery gallery, ThreadStore store) {
    return ChatKitServer.builder(new ScriptedAssistant(gallery, PAUSE_MILLIS))
        .actions(gallery.dispatcherWith(new BriefingHandlers()))
        .store(store)
        .maxBodyBytes(Gallery.MAX_BODY_BYTES)
        .build();
  }
}
