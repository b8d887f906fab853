package dev.widgetry.samples.chat;

import dev.widgetry.chatkit.IconName;
import dev.widgetry.chatkit.WidgetRoot;
import dev.widgetry.chatkit.server.Responder;
import dev.widgetry.chatkit.server.TextStream;
import dev.widgetry.chatkit.server.ThreadStream;
import dev.widgetry.chatkit.server.WidgetStream;
import dev.widgetry.chatkit.server.types.ThreadMetadata;
import dev.widgetry.chatkit.server.types.UserMessageItem;
import dev.widgetry.runtime.ActionContext;
import dev.widgetry.runtime.WidgetPipeline;
import dev.widgetry.samples.gallery.Gallery;
import dev.widgetry.samples.gallery.GalleryEntry;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The chat page's assistant: no model and no network, a script. It streams its text a few words at
 * a time, answers with the gallery's widgets by keyword ("order", "flights", "tasks", "invoice",
 * "profile", "report"), and builds a trip briefing while the user watches ("briefing"). The
 * widgets' actions reach the gallery's own handlers through the chat server.
 */
public final class ScriptedAssistant implements Responder {
  /** The keyword that asks for each gallery widget, and what the assistant says before it. */
  private static final Map<String, String> WIDGETS = Map.of(
      "order", "Here is your order. Change the quantities, then place it:",
      "flights", "These fly from Lisbon to Amsterdam. Pick one, and a cabin:",
      "tasks", "Your launch checklist:",
      "invoice", "The invoice from Northwind:",
      "profile", "Here is Ada's profile:",
      "report", "This week's revenue:");
  private static final String HELP = "I am a scripted assistant: no model, no network. Ask me for your **order**,"
      + " **flights**, **tasks**, an **invoice**, a **profile** or a **report**, and I show the gallery's widget;"
      + " ask for a **briefing** and I write one while you watch.";

  private final Gallery gallery;
  private final WidgetPipeline pipeline;
  private final long pauseMillis;

  /**
   * @param pauseMillis how long to wait between two pieces of a stream, so a person sees it arrive
   */
  public ScriptedAssistant(Gallery gallery, long pauseMillis) {
    this.gallery = gallery;
    this.pipeline = gallery.pipeline();
    this.pauseMillis = pauseMillis;
  }

  @Override
  public void respond(ThreadMetadata thread, UserMessageItem message, ActionContext context, ThreadStream stream)
      throws InterruptedException {
    String text = message == null ? "" : message.text();
    if (thread.title() == null && !text.isBlank()) {
      stream.title(text.length() > 40 ? text.substring(0, 40) + "…" : text);
    }
    String asked = text.toLowerCase(Locale.ROOT);
    if (asked.contains("briefing")) {
      briefing(stream, context);
      return;
    }
    Optional<String> keyword = WIDGETS.keySet().stream().sorted().filter(asked::contains).findFirst();
    if (keyword.isEmpty()) {
      say(stream, HELP);
      return;
    }
    GalleryEntry entry = gallery.entry(keyword.get()).orElseThrow();
    say(stream, WIDGETS.get(keyword.get()));
    stream.widget(pipeline.apply(entry.widget().get(), context));
  }

  private void briefing(ThreadStream stream, ActionContext context) throws InterruptedException {
    stream.progress(IconName.SPARKLE, "Writing your briefing");
    say(stream, "Here is your weekend, as I write it:");
    List<? extends WidgetRoot> states = Briefing.states();
    try (WidgetStream widget = stream.streamWidget(pipeline.apply(states.get(0), context))) {
      for (WidgetRoot state : states.subList(1, states.size())) {
        pause();
        widget.update(pipeline.apply(state, context));
      }
    }
  }

  /** Streams {@code text} a few words at a time. */
  private void say(ThreadStream stream, String text) throws InterruptedException {
    String[] words = text.split("(?<= )");
    try (TextStream out = stream.streamText()) {
      StringBuilder piece = new StringBuilder();
      for (int i = 0; i < words.length; i++) {
        piece.append(words[i]);
        if (i % 3 == 2 || i == words.length - 1) {
          out.append(piece.toString());
          piece.setLength(0);
          pause();
        }
      }
    }
  }

  private void pause() throws InterruptedException {
    if (pauseMillis > 0) {
      Thread.sleep(pauseMillis);
    }
  }
}
