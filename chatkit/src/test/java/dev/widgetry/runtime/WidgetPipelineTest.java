package dev.widgetry.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.widgetry.chatkit.Card;
import dev.widgetry.chatkit.CardBuilder;
import dev.widgetry.chatkit.Text;
import dev.widgetry.chatkit.WidgetComponent;
import dev.widgetry.chatkit.WidgetRoot;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** {@link WidgetPipeline}: middleware run in the order given, each on what the one before returned. */
class WidgetPipelineTest {
  private static final Card CARD = Card.of(Text.of("start"));
  private static final ActionContext CONTEXT = ActionContext.empty();

  /** A middleware that appends a text saying its name, so the result records the order. */
  private static WidgetMiddleware appending(String name) {
    return (widget, context) -> {
      Card card = (Card) widget;
      List<WidgetComponent> children = new ArrayList<>(card.children());
      children.add(Text.of(name));
      return CardBuilder.from(card).children(children).build();
    };
  }

  @Test
  void runsTheMiddlewareInTheOrderGiven() {
    WidgetRoot result = WidgetPipeline.of(appending("first"), appending("second"), appending("third")).apply(CARD, CONTEXT);

    assertEquals(Card.of(Text.of("start"), Text.of("first"), Text.of("second"), Text.of("third")), result);
  }

  @Test
  void thenRunsAfterwardsAndLeavesTheOriginalAsItWas() {
    WidgetPipeline first = WidgetPipeline.of(appending("first"));

    WidgetPipeline both = first.then(appending("second"));

    assertEquals(Card.of(Text.of("start"), Text.of("first"), Text.of("second")), both.apply(CARD, CONTEXT));
    assertEquals(Card.of(Text.of("start"), Text.of("first")), first.apply(CARD, CONTEXT));
  }

  @Test
  void aPipelineIsAMiddlewareOfAnother() {
    WidgetPipeline inner = WidgetPipeline.of(appending("b"), appending("c"));

    WidgetRoot result = WidgetPipeline.of(appending("a"), inner, appending("d")).apply(CARD, CONTEXT);

    assertEquals(Card.of(Text.of("start"), Text.of("a"), Text.of("b"), Text.of("c"), Text.of("d")), result);
  }

  @Test
  void everyMiddlewareGetsTheContext() {
    ActionContext french = ActionContext.empty().with(Locale.class, Locale.FRENCH).withItemId("w1");
    List<String> seen = new ArrayList<>();
    WidgetMiddleware recording = (widget, context) -> {
      seen.add(context.itemId().orElse("-") + " " + context.get(Locale.class).map(Locale::toLanguageTag).orElse("-"));
      return widget;
    };

    WidgetPipeline.of(recording, recording).apply(CARD, french);

    assertEquals(List.of("w1 fr", "w1 fr"), seen);
  }

  @Test
  void anEmptyPipelineSendsTheWidgetAsItIs() {
    assertSame(CARD, WidgetPipeline.of().apply(CARD, CONTEXT));
  }

  @Test
  void aMiddlewareThatReturnsNullIsNamed() {
    WidgetPipeline pipeline = WidgetPipeline.of(appending("first"), (widget, context) -> null);

    IllegalStateException error = assertThrows(IllegalStateException.class, () -> pipeline.apply(CARD, CONTEXT));

    assertTrue(error.getMessage().startsWith("Middleware 2 of 2 ("), error.getMessage());
    assertTrue(error.getMessage().endsWith(") returned null; return the widget to leave it as it is"), error.getMessage());
  }
}
