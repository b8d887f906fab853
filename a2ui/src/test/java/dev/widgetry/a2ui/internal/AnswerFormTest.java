package dev.widgetry.a2ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.widgetry.runtime.ActionContext;
import org.junit.jupiter.api.Test;

/** The form of an A2UI answer, by the client's Accept. */
class AnswerFormTest {

  private static AnswerForm formFor(String accept) {
    return AnswerForm.of(ActionContext.empty().withAccept(accept));
  }

  @Test
  void jsonLinesByEitherOfItsNames() {
    assertEquals(AnswerForm.JSON_LINES, formFor("application/jsonl"));
    assertEquals(AnswerForm.JSON_LINES, formFor("application/x-ndjson"));
  }

  @Test
  void theHighestQualityWinsAndATieGoesToTheFormListedFirst() {
    assertEquals(AnswerForm.EVENT_STREAM, formFor("application/json;q=0.5, text/event-stream"));
    assertEquals(AnswerForm.JSON_ARRAY, formFor("application/json, text/event-stream"));
    assertEquals(AnswerForm.JSON_ARRAY, formFor("text/html"));
    assertEquals(AnswerForm.JSON_ARRAY, AnswerForm.of(ActionContext.empty()), "no Accept");
  }
}
