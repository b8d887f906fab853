package dev.widgetry.chatkit.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;

import dev.widgetry.runtime.ActionResult;
import org.junit.jupiter.api.Test;

/** The page answer's pre-written no-change bytes against the writer that writes every other answer. */
class ChatKitAnswersTest {
  @Test
  void theNoChangePageAnswerIsWhatTheWriterWritesForIt() {
    assertArrayEquals(ChatKitAnswers.writtenPage(ActionResult.none()), ChatKitAnswers.page(ActionResult.none()));
  }

  @Test
  void eachNoChangePageAnswerIsAFreshArray() {
    byte[] first = ChatKitAnswers.page(ActionResult.none());
    first[0] = 'x';

    assertNotSame(first, ChatKitAnswers.page(ActionResult.none()));
    assertArrayEquals(ChatKitAnswers.writtenPage(ActionResult.none()), ChatKitAnswers.page(ActionResult.none()));
  }

  @Test
  void aNoChangeResultWithAMessageIsWrittenWithIt() {
    ActionResult told = ActionResult.none().withMessage("Saved");

    assertArrayEquals(ChatKitAnswers.writtenPage(told), ChatKitAnswers.page(told));
  }
}
