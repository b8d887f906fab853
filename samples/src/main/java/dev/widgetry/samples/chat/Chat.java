package dev.widgetry.samples.chat;

import dev.widgetry.chatkit.WidgetRoot;
import dev.widgetry.chatkit.server.ChatKitServer;
import dev.widgetry.chatkit.server.store.ThreadStore;
import dev.widgetry.samples.gallery.Gallery;
import java.util.Optional;
import java.util.function.Function;

/**
 * The chat page's backend: a ChatKit server whose assistant is {@link ScriptedAssistant}, whose
 * widget actions reach the gallery's handlers (and the briefing's), and whose widgets all go through
 * the gallery's middleware, served at {@code POST /chatkit} as OpenAI's samples serve it.
 */
public final class Chat {
  /** Where the chat page posts ChatKit requests. */
  public static final String PATH = "/chatkit";
  /** The pause between two pieces of a streamed answer: long enough to see it arrive. */
  private static final long PAUSE_MILLIS = 40;

  private Chat() {}

  /** A ChatKit server for {@code gallery}'s widgets, keeping its threads in {@code store}. */
  public static ChatKitServer server(Gallery gallery, ThreadStore store) {
    return ChatKitServer.builder(assistant(id -> gallery.entry(id).map(entry -> entry.widget().get())))
        .actions(gallery.dispatcherWith(new BriefingHandlers()))
        .middleware(gallery.pipeline())
        .store(store)
        .maxBodyBytes(Gallery.MAX_BODY_BYTES)
        .build();
  }

  /** The chat page's assistant, showing the gallery's widget of each id as {@code widgets} draws it now. */
  public static ScriptedAssistant assistant(Function<String, Optional<WidgetRoot>> widgets) {
    return new ScriptedAssistant(widgets, PAUSE_MILLIS);
  }
}
