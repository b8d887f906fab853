package dev.widgetry.chatkit.server.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import dev.widgetry.chatkit.ActionConfig;
import dev.widgetry.chatkit.Badge;
import dev.widgetry.chatkit.Box;
import dev.widgetry.chatkit.Button;
import dev.widgetry.chatkit.Card;
import dev.widgetry.chatkit.Color;
import dev.widgetry.chatkit.ListView;
import dev.widgetry.chatkit.ListViewItem;
import dev.widgetry.chatkit.Markdown;
import dev.widgetry.chatkit.Text;
import dev.widgetry.chatkit.Title;
import dev.widgetry.chatkit.WidgetComponent;
import dev.widgetry.chatkit.WidgetRoot;
import dev.widgetry.chatkit.server.types.ThreadItemUpdate;
import dev.widgetry.chatkit.server.types.ThreadItemUpdate.WidgetComponentUpdated;
import dev.widgetry.chatkit.server.types.ThreadItemUpdate.WidgetRootUpdated;
import dev.widgetry.chatkit.server.types.ThreadItemUpdate.WidgetTextDelta;
import dev.widgetry.chatkit.server.types.ThreadStreamEvent;
import dev.widgetry.runtime.Widgets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Successive states of a widget become the smallest updates that say the change, and a client
 * applying them gets the new state. Every update is also checked against chatkit-python's
 * {@code ThreadStreamEvent}.
 */
class WidgetDiffTest {

  @Test
  void aTextWithAnIdWhoseValueGrewBecomesADelta() {
    Card before = Card.of(Title.of("Story"), text("body", "Once", null));
    Card after = Card.of(Title.of("Story"), text("body", "Once upon", null));

    assertEquals(List.of(new WidgetTextDelta("body", " upon", true)), diff(before, after));
  }

  @Test
  void aStreamingMarkdownGetsDeltasThatAreNotDoneUntilItStopsStreaming() {
    Card first = Card.of(markdown("md", "# Ti", true));
    Card second = Card.of(markdown("md", "# Title", true));
    Card last = Card.of(markdown("md", "# Title", false));

    assertEquals(List.of(new WidgetTextDelta("md", "tle", false)), diff(first, second));
    assertEquals(List.of(new WidgetTextDelta("md", "", true)), diff(second, last));
  }

  @Test
  void aTextWithoutAnIdThatGrewReplacesTheRoot() {
    Card before = Card.of(Text.of("Once"));
    Card after = Card.of(Text.of("Once upon"));

    assertEquals(List.of(new WidgetRootUpdated(after)), diff(before, after));
  }

  @Test
  void exactlyTheComponentsWithAnIdThatChangedAreUpdated() {
    Card before = Card.of(badge("status", "Pending"), Text.of("Order 1042"), badge("eta", "Friday"));
    Card after = Card.of(badge("status", "Shipped"), Text.of("Order 1042"), badge("eta", "Thursday"));

    List<ThreadItemUpdate> updates = diff(before, after);

    assertEquals(List.of(new WidgetComponentUpdated("status", badge("status", "Shipped")),
        new WidgetComponentUpdated("eta", badge("eta", "Thursday"))), updates);
  }

  @Test
  void aChangeInsideAComponentWithAnIdUpdatesTheInnermostOne() {
    Box before = Box.builder().id("actions").children(Button.of("Pay", ActionConfig.of("pay"))).build();
    Box after = Box.builder().id("actions").children(Button.of("Pay now", ActionConfig.of("pay"))).build();

    assertEquals(List.of(new WidgetComponentUpdated("actions", after)),
        diff(Card.of(Title.of("Cart"), before), Card.of(Title.of("Cart"), after)));
  }

  @Test
  void childrenAddedToAComponentWithAnIdUpdateIt() {
    Box before = Box.builder().id("lines").children(Text.of("Tea")).build();
    Box after = Box.builder().id("lines").children(Text.of("Tea"), Text.of("Honey")).build();

    assertEquals(List.of(new WidgetComponentUpdated("lines", after)), diff(Card.of(before), Card.of(after)));
  }

  @Test
  void childrenAddedToTheRootReplaceIt() {
    Card before = Card.of(Text.of("Tea"));
    Card after = Card.of(Text.of("Tea"), Text.of("Honey"));

    assertEquals(List.of(new WidgetRootUpdated(after)), diff(before, after));
  }

  @Test
  void aPropPresentInOneStateAndAbsentInTheNextIsAChangeLikeAnyOther() {
    Text colored = Text.builder().value("Total").id("total").color(Color.of("red-500")).build();
    Text plain = Text.builder().value("Total").id("total").build();
    Card sized = Card.builder().size(Card.Size.SM).children(Text.of("x")).build();
    Card unsized = Card.builder().children(Text.of("x")).build();

    assertEquals(List.of(new WidgetComponentUpdated("total", plain)), diff(Card.of(colored), Card.of(plain)));
    assertEquals(List.of(new WidgetComponentUpdated("total", colored)), diff(Card.of(plain), Card.of(colored)));
    assertEquals(List.of(new WidgetRootUpdated(unsized)), diff(sized, unsized));
    assertEquals(List.of(new WidgetRootUpdated(sized)), diff(unsized, sized));
  }

  @Test
  void aTextThatShrankIsReplacedNotDelta() {
    assertEquals(List.of(new WidgetComponentUpdated("t", text("t", "Hello", null))),
        diff(Card.of(text("t", "Hello world", null)), Card.of(text("t", "Hello", null))));
  }

  @Test
  void equalStatesGiveNoUpdate() {
    assertEquals(List.of(), diff(Card.of(text("t", "same", null), Badge.of("b")),
        Card.of(text("t", "same", null), Badge.of("b"))));
  }

  @Test
  void anotherKindOfRootReplacesIt() {
    WidgetRoot after = ListView.of(ListViewItem.of(Text.of("a")));

    assertEquals(List.of(new WidgetRootUpdated(after)), diff(Card.of(Text.of("a")), after));
  }

  @Test
  void textsInsideListItemsStreamToo() {
    ListView before = ListView.of(ListViewItem.of(text("first", "Fl", null)), ListViewItem.of(Text.of("b")));
    ListView after = ListView.of(ListViewItem.of(text("first", "Flight 1", null)), ListViewItem.of(Text.of("b")));

    assertEquals(List.of(new WidgetTextDelta("first", "ight 1", true)), diff(before, after));
  }

  @Test
  void aListItemsOwnChangeHasNoIdToAddressSoTheRootIsReplaced() {
    ListView before = ListView.of(ListViewItem.builder().id("row").children(Text.of("a")).build());
    ListView after = ListView.of(
        ListViewItem.builder().id("row").children(Text.of("a")).onClickAction(ActionConfig.of("open")).build());

    assertInstanceOf(WidgetRootUpdated.class, diff(before, after).get(0));
  }

  @Test
  void aClientApplyingTheUpdatesOfARandomStreamGetsEachState() {
    Random random = new Random(15);
    for (int run = 0; run < 50; run++) {
      WidgetRoot state = randomState(random, null);
      for (int step = 0; step < 20; step++) {
        WidgetRoot next = randomState(random, state);
        List<ThreadItemUpdate> updates = diff(state, next);
        assertEquals(UpdateApplier.normalized(next), UpdateApplier.apply(state, updates),
            "run " + run + ", step " + step + ": " + updates);
        state = next;
      }
    }
  }

  /** A card of a few parts, each drawn from the previous state: texts grow, badges flip, rows come and go. */
  private static WidgetRoot randomState(Random random, WidgetRoot previous) {
    List<WidgetComponent> before = previous == null ? List.of() : ((Card) previous).children();
    String story = before.isEmpty() ? "" : ((Text) before.get(0)).value();
    boolean streaming = random.nextInt(5) != 0;
    Text body = text("story", random.nextInt(4) == 0 ? story : story + word(random), streaming ? Boolean.TRUE : null);
    List<WidgetComponent> lines = new ArrayList<>();
    int count = 1 + random.nextInt(3);
    for (int i = 0; i < count; i++) {
      lines.add(Text.of("line " + i + (random.nextInt(6) == 0 ? "!" : "")));
    }
    Box box = Box.builder().id("lines").children(lines).build();
    Badge status = badge("status", random.nextBoolean() ? "Open" : "Closed");
    Markdown note = markdown("note", "Note", random.nextInt(3) == 0);
    Card.Size size = random.nextInt(8) == 0 ? Card.Size.LG : null;
    return Card.builder().size(size).children(body, box, status, note).build();
  }

  private static String word(Random random) {
    return " " + "lorem ipsum dolor sit amet".split(" ")[random.nextInt(5)];
  }

  private static List<ThreadItemUpdate> diff(WidgetRoot before, WidgetRoot after) {
    List<ThreadItemUpdate> updates = WidgetDiff.updates(before, after);
    for (ThreadItemUpdate update : updates) {
      String event = Widgets.toJson(new ThreadStreamEvent.ItemUpdated("msg_1", update));
      dev.widgetry.chatkit.server.ConformanceAccess.valid(event, "ThreadStreamEvent");
    }
    return updates;
  }

  private static Text text(String id, String value, Boolean streaming) {
    return streaming == null ? Text.builder().id(id).value(value).build()
        : Text.builder().id(id).value(value).streaming(streaming).build();
  }

  private static Markdown markdown(String id, String value, boolean streaming) {
    return new Markdown(value, streaming ? Boolean.TRUE : null, null, id);
  }

  private static Badge badge(String id, String label) {
    return Badge.builder().id(id).label(label).build();
  }
}
