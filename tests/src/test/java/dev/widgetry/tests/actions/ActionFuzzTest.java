package dev.widgetry.tests.actions;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.widgetry.runtime.ActionContext;
import dev.widgetry.runtime.ActionDispatcher;
import dev.widgetry.runtime.ActionResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * Mutations of real action requests ({@link RequestMutator}) through {@link ActionDispatcher#handle},
 * as bytes and as text: every one gets an answer that keeps {@link AnswerContract}, never an
 * exception. {@link FuzzInputs#COUNT} inputs from {@link FuzzInputs#SEED} per build; an input found
 * broken is kept in {@link FuzzFoundRequestsTest}.
 */
class ActionFuzzTest {
  private static final int SHOWN = 10;

  @Test
  void everyMutatedRequestGetsAnAnswerThatKeepsTheContract() {
    ActionDispatcher dispatcher = FuzzInputs.dispatcher();
    RequestMutator mutator = new RequestMutator(FuzzInputs.SEED);
    List<String> broken = new ArrayList<>();

    for (int i = 0; i < FuzzInputs.COUNT && broken.size() < SHOWN; i++) {
      byte[] request = mutator.next();
      String text = new String(request, StandardCharsets.UTF_8);
      check(broken, request, "bytes", () -> dispatcher.handle(request, ActionContext.empty()));
      check(broken, request, "text", () -> dispatcher.handle(text, ActionContext.empty()));
    }

    assertEquals(List.of(), broken, "seed " + FuzzInputs.SEED);
  }

  private static void check(List<String> broken, byte[] request, String as, Supplier<ActionResponse> handle) {
    String violation;
    try {
      ActionResponse response = handle.get();
      violation = AnswerContract.violation(response.status(), response.contentType(), response.bodyText());
    } catch (RuntimeException | StackOverflowError e) {
      violation = "threw " + e;
    }
    if (violation != null) {
      broken.add(as + " " + FuzzInputs.literal(request) + " -> " + violation);
    }
  }
}
