package dev.widgetry.a2ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.IntNode;
import dev.widgetry.a2ui.basic.Functions;
import dev.widgetry.runtime.ActionContext;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

/** The agent's calls of renderer functions, matched to their answers by id, at most so many waiting at a time. */
class RendererFunctionCallsTest {
  private final RendererFunctionCalls calls = RendererFunctionCalls.withCapacity(2);

  @Test
  void aResponseCompletesTheCallOfItsIdWithItsValueOrError() throws Exception {
    CompletableFuture<RendererFunctionResponse> width = calls.expect(call("width-1"));
    CompletableFuture<RendererFunctionResponse> url = calls.expect(call("url-1"));
    RendererFunctionResponse denied = new RendererFunctionResponse("url-1", null, new FunctionError("DENIED", "no"));
    RendererFunctionResponse measured = new RendererFunctionResponse("width-1", IntNode.valueOf(390), null);

    calls.onResponse(denied, ActionContext.empty());
    assertFalse(width.isDone());
    calls.onResponse(measured, ActionContext.empty());

    assertSame(measured, width.get());
    assertSame(denied, url.get());
    assertEquals(0, calls.waiting());
  }

  @Test
  void aResponseToNoWaitingCallChangesNothing() {
    CompletableFuture<RendererFunctionResponse> width = calls.expect(call("width-1"));

    calls.onResponse(new RendererFunctionResponse("width-9", IntNode.valueOf(1), null), ActionContext.empty());
    calls.onResponse(new RendererFunctionResponse("width-1", IntNode.valueOf(2), null), ActionContext.empty());
    calls.onResponse(new RendererFunctionResponse("width-1", IntNode.valueOf(3), null), ActionContext.empty());

    assertEquals(IntNode.valueOf(2), width.join().value(), "the first answer is kept, a second one dropped");
    assertEquals(0, calls.waiting());
  }

  @Test
  void theOldestCallIsCancelledWhenMoreThanTheCapacityWait() {
    CompletableFuture<RendererFunctionResponse> first = calls.expect(call("c1"));
    CompletableFuture<RendererFunctionResponse> second = calls.expect(call("c2"));
    CompletableFuture<RendererFunctionResponse> third = calls.expect(call("c3"));

    assertTrue(first.isCancelled());
    assertThrows(CancellationException.class, first::get);
    // get() wraps the cancellation in a CancellationException of its own from JDK 23 on; handle sees the one stored.
    Throwable cancellation = first.handle((response, failure) -> failure).join();
    assertInstanceOf(CancellationException.class, cancellation);
    assertEquals("No answer came before 2 newer renderer function calls were waiting", cancellation.getMessage());
    assertFalse(second.isDone());
    assertFalse(third.isDone());
    assertEquals(2, calls.waiting());
  }

  @Test
  void aCallItsCallerGivesUpOnStopsWaitingAndItsIdIsFreeAgain() {
    CompletableFuture<RendererFunctionResponse> first = calls.expect(call("c1"));
    calls.expect(call("c2"));

    first.cancel(false);
    CompletableFuture<RendererFunctionResponse> again = calls.expect(call("c1"));

    assertEquals(2, calls.waiting());
    assertFalse(again.isDone(), "the room the cancelled call left is taken without evicting c2");
  }

  @Test
  void aSecondCallOfAWaitingIdAndANoCapacityAreRefused() {
    calls.expect(call("c1"));

    IllegalStateException twice = assertThrows(IllegalStateException.class, () -> calls.expect(call("c1")));
    assertEquals("A call of id \"c1\" is waiting for its answer already; give each call an id of its own",
        twice.getMessage());
    assertThrows(IllegalArgumentException.class, () -> RendererFunctionCalls.withCapacity(0));
  }

  private static CallRendererFunction call(String id) {
    return CallRendererFunction.of(id, Functions.openUrl("https://example.com/help"));
  }
}
