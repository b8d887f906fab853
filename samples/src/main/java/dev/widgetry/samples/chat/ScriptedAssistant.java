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
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The chat page's assistant: no model and no network, a script. It streams its text a few words at
 * a time, answers with the gallery's widgets by keyword ("order", "flights", "tasks", "invoice",
 * "profile", "report"), and builds a trip briefing while the user watches ("briefing"). The
 * widgets' actions reach the gallery's own handlers through the chat server, and the server's
 * middleware (the gallery's dark theme) changes every widget it emits.
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

  private final Function<String, Optional<WidgetRoot>> widgets;
  private final long pauseMillis;

  /**
   * @param widgets the gallery's widget with this id ("order", "flights"...), as it stands now
   * @param pauseMillis how long to wait between two pieces of a stream, so a person sees it arrive
   */
  public ScriptedAssistant(Function<String, Optional<WidgetRoot>> widgets, long pauseMillis) {
    this.widgets = widgets;
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
      briefing(stream);
      return;
    }
    Optional<String> keyword = WIDGETS.keySet().stream().sorted().filter(asked::contains).findFirst();
    Optional<WidgetRoot> widget = keyword.flatMap(widgets);
    if (widget.isEmpty()) {
      say(stream, HELP);
      return;
    }
    say(stream, WIDGETS.get(keyword.get()));
    stream.widget(widget.get());
  }

  private void briefing(ThreadStream stream) throws InterruptedException {
    stream.progress(IconName.SPARKLE, "Writing your briefing");
    say(stream, "Here is your weekend, as I write it:");
    List<? extends WidgetRoot> states = Briefing.states();
    try (WidgetStream widget = stream.streamWidget(states.get(0))) {
      for (WidgetRoot state : states.subList(1, states.size())) {
        pause();
        widget.update(state);
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
