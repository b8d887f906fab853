package dev.widgetry.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.widgetry.runtime.spi.ActionRoute;
import dev.widgetry.runtime.spi.ActionTable;
import dev.widgetry.runtime.spi.Replies;
import dev.widgetry.runtime.spi.WidgetReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ReplyTest {
  private static final ActionRoute ROUTE = new ActionRoute("signup.submit", new OneAction(), null);

  @Test
  void onlyTheSupplierOfTheFormAskedForRuns() {
    List<String> ran = new ArrayList<>();
    Reply reply = Reply.of(String.class, () -> { ran.add("text"); return "card"; })
        .or(Integer.class, () -> { ran.add("number"); return 7; });

    assertEquals(7, reply.answer(Integer.class));
    assertEquals(List.of("number"), ran);
    assertEquals("card", reply.answer(String.class));
    assertEquals(List.of("number", "text"), ran);
  }

  @Test
  void orLeavesTheReplyItWasCalledOnAsItWas() {
    Reply one = Reply.of(String.class, () -> "card");
    Reply two = one.or(Integer.class, () -> 7);

    assertEquals(List.of(String.class), one.forms());
    assertEquals(List.of(String.class, Integer.class), two.forms());
    assertEquals("Reply[String, Integer]", two.toString());
  }

  @Test
  void aFormGivenTwiceIsRefusedWhereItIsGiven() {
    Reply reply = Reply.of(String.class, () -> "card").or(Integer.class, () -> 7);

    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> reply.or(String.class, () -> "x"));

    assertEquals("This Reply offers a form String already; give each form once", e.getMessage());
  }

  @Test
  void askingForAFormNotOfferedNamesTheFormsOffered() {
    Reply reply = Reply.of(String.class, () -> "card");

    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> reply.answer(Integer.class));

    assertEquals("This Reply offers no Integer; it offers String", e.getMessage());
  }

  @Test
  void aSupplierMayAnswerNull() {
    assertNull(Reply.of(String.class, () -> null).answer(String.class));
  }

  @Test
  void aProtocolGetsItsPreferredFormWhenTheReplyOffersTwoOfIts() {
    List<String> ran = new ArrayList<>();
    Reply reply = Reply.of(Integer.class, () -> { ran.add("number"); return 7; })
        .or(String.class, () -> { ran.add("text"); return "card"; });

    assertEquals("card", Replies.answer(reply, ROUTE, "Text", List.of(CharSequence.class, Number.class)));
    assertEquals(List.of("text"), ran);
  }

  @Test
  void aProtocolTakesAFormThatIsASubtypeOfOneOfItsTypes() {
    Reply reply = Reply.of(Integer.class, () -> 7);

    assertEquals(7, Replies.answer(reply, ROUTE, "Numbers", List.of(Number.class)));
  }

  @Test
  void aReplyWithNoFormForTheProtocolNamesTheMethodTheProtocolAndTheForms() {
    List<String> ran = new ArrayList<>();
    Reply reply = Reply.of(Integer.class, () -> { ran.add("number"); return 7; })
        .or(Double.class, () -> { ran.add("double"); return 7.0; });

    IllegalStateException e = assertThrows(IllegalStateException.class,
        () -> Replies.answer(reply, ROUTE, "Text", List.of(String.class, StringBuilder.class)));

    assertEquals("SignUp.submit returned a Reply with no form for Text: it offers Integer, Double, and Text takes"
        + " String or StringBuilder. Add one with .or(String.class, () -> ...)", e.getMessage());
    assertEquals(List.of(), ran);
  }

  /** A dispatch table with one action, for the method name in messages. */
  private static final class OneAction implements ActionTable {
    @Override
    public Class<?> handlerType() {
      return Object.class;
    }

    @Override
    public Map<String, String> actions() {
      return Map.of("signup.submit", "SignUp.submit");
    }

    @Override
    public boolean needsInstance(String type) {
      return false;
    }

    @Override
    public boolean takesPayload(String type) {
      return false;
    }

    @Override
    public String toolName(String type) {
      return "signup_submit";
    }

    @Override
    public Object readPayload(String type, WidgetReader in) {
      throw new UnsupportedOperationException();
    }

    @Override
    public Object call(Object handler, String type, Object payload, ActionContext context) {
      throw new UnsupportedOperationException();
    }
  }
}
