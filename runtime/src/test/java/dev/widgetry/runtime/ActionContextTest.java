package dev.widgetry.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ActionContextTest {

  @Test
  void nullAttachesNothing() {
    ActionContext context = ActionContext.empty().with(Locale.class, null);

    assertEquals(Optional.empty(), context.get(Locale.class));
    assertEquals("ActionContext[itemId=null, threadId=null, accept=null, attachments=[]]", context.toString());
  }

  @Test
  void nullRemovesWhatWasAttachedUnderItsKeyAndNothingElse() {
    ActionContext context = ActionContext.empty().with(Locale.class, Locale.FRENCH).with(String.class, "ann")
        .withIds("i", "t");

    ActionContext without = context.with(Locale.class, null);

    assertEquals(Optional.empty(), without.get(Locale.class));
    assertEquals(Optional.of("ann"), without.get(String.class));
    assertEquals(Optional.of("i"), without.itemId());
    assertEquals(Optional.of(Locale.FRENCH), context.get(Locale.class));
  }

  @Test
  void theAcceptHeaderSurvivesEveryOtherCopy() {
    ActionContext context = ActionContext.empty().withAccept("text/event-stream")
        .with(Locale.class, Locale.FRENCH).withIds("i", "t").withItemId("j").withThreadId("u");

    assertEquals(Optional.of("text/event-stream"), context.accept());
    assertEquals(Optional.empty(), context.withAccept(null).accept());
    assertEquals(Optional.empty(), ActionContext.empty().accept());
  }

  @Test
  void aNullKeyIsStillAMistake() {
    NullPointerException e = assertThrows(NullPointerException.class, () -> ActionContext.empty().with(null, "x"));

    assertEquals("key", e.getMessage());
  }
}
