package dev.widgetry.samples.chat;

import dev.widgetry.chatkit.Badge;
import dev.widgetry.chatkit.Box;
import dev.widgetry.chatkit.Caption;
import dev.widgetry.chatkit.Card;
import dev.widgetry.chatkit.CardAction;
import dev.widgetry.chatkit.Direction;
import dev.widgetry.chatkit.Dimension;
import dev.widgetry.chatkit.Icon;
import dev.widgetry.chatkit.IconName;
import dev.widgetry.chatkit.Markdown;
import dev.widgetry.chatkit.Row;
import dev.widgetry.chatkit.Text;
import dev.widgetry.chatkit.Title;
import dev.widgetry.chatkit.WidgetComponent;
import dev.widgetry.chatkit.WidgetStatus;
import java.util.ArrayList;
import java.util.List;

/**
 * The widget the scripted assistant builds while the user watches: a trip briefing whose summary
 * is written word by word (text deltas), whose checklist grows a line at a time (a component
 * update of the list), and which gains its button at the end (a root update).
 */
public final class Briefing {
  static final String SUMMARY = "Two sunny days in Lisbon: ride tram 28 up to the castle, watch the sunset from"
      + " Miradouro da Senhora do Monte, and keep Sunday for Belém and its pastries.";
  static final List<String> CHECKLIST = List.of("Flight LIS 09:40, seat 14C", "Hotel in Alfama, two nights",
      "Tram pass, 24 hours", "Table at Taberna da Rua das Flores, 20:00");

  private Briefing() {}

  /** Every state the widget goes through, the first to the last. */
  public static List<Card> states() {
    List<Card> states = new ArrayList<>();
    String[] words = SUMMARY.split(" ");
    int step = (words.length + 4) / 5;
    StringBuilder summary = new StringBuilder();
    int lines = 0;
    for (int i = 0; i < words.length; i += step) {
      for (int j = i; j < Math.min(words.length, i + step); j++) {
        summary.append(j == 0 ? "" : " ").append(words[j]);
      }
      lines = Math.min(CHECKLIST.size(), lines + 1);
      states.add(card(summary.toString(), true, lines, false));
    }
    states.add(card(SUMMARY, false, CHECKLIST.size(), false));
    states.add(finished(false));
    return states;
  }

  /** The last state; {@code packed} once the user said the bag is packed. */
  public static Card finished(boolean packed) {
    Card card = card(SUMMARY, false, CHECKLIST.size(), packed);
    return packed ? card : Card.builder()
        .children(card.children())
        .status(WidgetStatus.of("Ready", IconName.CHECK_CIRCLE))
        .confirm(CardAction.of("I've packed my bag", BriefingHandlersActions.pack()))
        .build();
  }

  private static Card card(String summary, boolean streaming, int lines, boolean packed) {
    List<WidgetComponent> checklist = new ArrayList<>();
    for (int i = 0; i < lines; i++) {
      checklist.add(Row.builder().gap(Dimension.of(2))
          .children(Icon.of(IconName.CHECK), Text.of(CHECKLIST.get(i))).build());
    }
    Markdown text = streaming ? Markdown.builder().value(summary).id("summary").streaming(true).build()
        : Markdown.builder().value(summary).id("summary").build();
    List<WidgetComponent> children = new ArrayList<>(List.of(
        Title.of("Weekend in Lisbon"),
        Caption.of("Your briefing, written as you watch"),
        text,
        Box.builder().id("checklist").direction(Direction.COL).gap(Dimension.of(1)).children(checklist).build()));
    if (packed) {
      children.add(Badge.builder().id("packed").label("Bag packed").color(Badge.Color.SUCCESS).build());
    }
    return Card.builder().children(children).build();
  }
}
