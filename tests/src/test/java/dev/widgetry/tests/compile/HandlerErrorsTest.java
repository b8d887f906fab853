package dev.widgetry.tests.compile;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.widgetry.tests.compile.Compiler.compile;
import static dev.widgetry.tests.compile.Compiler.source;

import com.google.testing.compile.Compilation;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** Every compile error the processor reports about {@code @OnAction} methods: message and line. */
class HandlerErrorsTest {

  @Test
  void anEmptyActionType() {
    JavaFileObject file = source("test.Handlers", """
        package test;
        import dev.widgetry.annotations.OnAction;
        class Handlers {
          @OnAction("")
          void nothing() {}
        }
        """);
    Compilation compilation = compile(file);
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation).hadErrorContaining("[InvalidActionType] @OnAction(\"\") on Handlers.nothing is not a usable"
            + " action type: it is empty. Use letters, digits and . _ - :, as in \"cart.add\".")
        .inFile(file).onLineContaining("@OnAction(\"\")");
  }

  @Test
  void anActionTypeWithOtherCharacters() {
    JavaFileObject file = source("test.Handlers", """
        package test;
        import dev.widgetry.annotations.OnAction;
        class Handlers {
          @OnAction("cart add!")
          void add() {}
        }
        """);
    Compilation compilation = compile(file);
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation).hadErrorContaining("[InvalidActionType] @OnAction(\"cart add!\") on Handlers.add is not a"
            + " usable action type: it has characters other than letters, digits and . _ - :.")
        .inFile(file).onLineContaining("@OnAction(\"cart add!\")");
  }

  @Test
  void oneActionTypeHandledTwice() {
    JavaFileObject first = source("test.Cart", """
        package test;
        import dev.widgetry.annotations.OnAction;
        class Cart {
          @OnAction("cart.add")
          void add() {}
        }
        """);
    JavaFileObject second = source("test.Basket", """
        package test;
        import dev.widgetry.annotations.OnAction;
        class Basket {
          @OnAction("cart.add")
          void put() {}
        }
        """);
    Compilation compilation = compile(first, second);
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation).hadErrorContaining("[DuplicateActionType] Action type \"cart.add\" is handled by both"
            + " Cart.add and Basket.put. Give each method its own action type.")
        .inFile(second).onLineContaining("@OnAction(\"cart.add\")");
  }

  @Test
  void twoActionTypesOfOneToolName() {
    JavaFileObject first = source("test.Cart", """
        package test;
        import dev.widgetry.annotations.OnAction;
        class Cart {
          @OnAction("cart.add")
          void add() {}
        }
        """);
    JavaFileObject second = source("test.Basket", """
        package test;
        import dev.widgetry.annotations.OnAction;
        class Basket {
          @OnAction("Cart_Add")
          void put() {}
        }
        """);
    Compilation compilation = compile(first, second);
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation).hadErrorContaining("[DuplicateToolName] Action type \"Cart_Add\" and action type"
            + " \"cart.add\" (Cart.add) are both offered to models as the tool \"cart_add\", so a model could call"
            + " only one of them. Rename one action type.")
        .inFile(second).onLineContaining("@OnAction(\"Cart_Add\")");
  }

  @Test
  void aPrivateHandler() {
    JavaFileObject file = source("test.Handlers", """
        package test;
        import dev.widgetry.annotations.OnAction;
        class Handlers {
          @OnAction("secret")
          private void hidden() {}
        }
        """);
    Compilation compilation = compile(file);
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation).hadErrorContaining("[PrivateHandler] @OnAction method Handlers.hidden is private, so the"
            + " generated dispatch table cannot call it. Make it package-private or public.")
        .inFile(file).onLineContaining("private void hidden()");
  }

  @Test
  void aHandlerInAnInnerClass() {
    JavaFileObject file = source("test.Page", """
        package test;
        import dev.widgetry.annotations.OnAction;
        class Page {
          class Buttons {
            @OnAction("press")
            void press() {}
          }
        }
        """);
    Compilation compilation = compile(file);
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation).hadErrorContaining("[HandlerInInnerClass] @OnAction method Buttons.press is in Buttons, an"
            + " inner class (not static), which the generated dispatch table cannot reach. Move it to a top-level"
            + " class or a static nested class.")
        .inFile(file).onLineContaining("void press()");
  }

  @Test
  void aHandlerInALocalClass() {
    JavaFileObject file = source("test.Page", """
        package test;
        import dev.widgetry.annotations.OnAction;
        class Page {
          Object make() {
            class Local {
              @OnAction("local.press")
              void press() {}
            }
            return new Local();
          }
        }
        """);
    Compilation compilation = compile(file);
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation).hadErrorContaining("[HandlerInInnerClass] @OnAction method Local.press is in Local, a local"
            + " class, which the generated dispatch table cannot reach.")
        .inFile(file).onLineContaining("@OnAction(\"local.press\")");
  }

  @Test
  void aHandlerInAnAnonymousClass() {
    JavaFileObject file = source("test.Page", """
        package test;
        import dev.widgetry.annotations.OnAction;
        class Page {
          final Object buttons = new Object() {
            @OnAction("anonymous.press")
            void press() {}
          };
        }
        """);
    Compilation compilation = compile(file);
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation).hadErrorContaining("[HandlerInInnerClass] @OnAction method <anonymous>.press is in"
            + " <anonymous>, an anonymous class, which the generated dispatch table cannot reach.")
        .inFile(file).onLineContaining("@OnAction(\"anonymous.press\")");
  }

  @Test
  void aHandlerInAPrivateNestedClass() {
    JavaFileObject file = source("test.Page", """
        package test;
        import dev.widgetry.annotations.OnAction;
        class Page {
          private static class Buttons {
            @OnAction("press")
            void press() {}
          }
        }
        """);
    Compilation compilation = compile(file);
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation).hadErrorContaining("[InaccessibleHandler] @OnAction method Buttons.press is in Buttons,"
            + " which is private, so the generated dispatch table cannot reach it. Make it package-private or public.")
        .inFile(file).onLineContaining("void press()");
  }

  @Test
  void twoPayloads() {
    JavaFileObject file = source("test.Handlers", """
        package test;
        import dev.widgetry.annotations.OnAction;
        import dev.widgetry.runtime.ActionContext;
        class Handlers {
          @OnAction("move")
          void move(int x, ActionContext context,
              int y) {}
        }
        """);
    Compilation compilation = compile(file);
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation).hadErrorContaining("[TooManyPayloads] @OnAction method Handlers.move takes 2 payload"
            + " parameters (x, y): an action has one payload. Put the values in one @Widget record, and keep"
            + " ActionContext for the rest.")
        .inFile(file).onLineContaining("int y");
  }

  @Test
  void aPayloadWithNoJsonForm() {
    JavaFileObject file = source("test.Handlers", """
        package test;
        import dev.widgetry.annotations.OnAction;
        class Handlers {
          @OnAction("run")
          void run(
              Thread worker) {}
        }
        """);
    Compilation compilation = compile(file);
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation).hadErrorContaining("[UnsupportedType] The payload of Handlers.run has type java.lang.Thread,"
            + " which has no JSON form.")
        .inFile(file).onLineContaining("Thread worker");
  }

  @Test
  void aPayloadThatIsARecordButNotAWidget() {
    JavaFileObject file = source("test.Handlers", """
        package test;
        import dev.widgetry.annotations.OnAction;
        class Handlers {
          record Move(int x) {}
          @OnAction("move")
          void move(
              Move move) {}
        }
        """);
    Compilation compilation = compile(file);
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation).hadErrorContaining("[NotAWidget] The payload of Handlers.move has type test.Handlers.Move,"
            + " a record that is not a @Widget, so it has no codec. Annotate Move with @Widget.")
        .inFile(file).onLineContaining("Move move)");
  }

  @Test
  void anUnsupportedReturnType() {
    JavaFileObject file = source("test.Handlers", """
        package test;
        import dev.widgetry.annotations.OnAction;
        class Handlers {
          @OnAction("count")
          StringBuilder count() {
            return new StringBuilder();
          }
        }
        """);
    Compilation compilation = compile(file);
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation).hadErrorContaining("[UnsupportedReturnType] @OnAction method Handlers.count returns"
            + " java.lang.StringBuilder. Return void, a widget root (Card, ListView, Basic), an ActionResult, A2UI"
            + " server messages (an A2uiAnswer, a ServerMessage, a List<ServerMessage>, a Surface), a Reply (one"
            + " answer per protocol), the value of an A2UI agent function (a @Widget type, a String, a number, a"
            + " boolean, a JsonNode), or a CompletionStage of one of these.")
        .inFile(file).onLineContaining("StringBuilder count()");
  }

  @Test
  void aStageOfSomethingElse() {
    JavaFileObject file = source("test.Handlers", """
        package test;
        import dev.widgetry.annotations.OnAction;
        import java.util.concurrent.CompletionStage;
        class Handlers {
          @OnAction("later")
          CompletionStage<Character> later() {
            return null;
          }
        }
        """);
    Compilation compilation = compile(file);
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation).hadErrorContaining("[UnsupportedReturnType] @OnAction method Handlers.later returns"
            + " java.util.concurrent.CompletionStage<java.lang.Character>.")
        .inFile(file).onLineContaining("CompletionStage<Character> later()");
  }

  @Test
  void twoHandlersWithOneName() {
    JavaFileObject file = source("test.Handlers", """
        package test;
        import dev.widgetry.annotations.OnAction;
        class Handlers {
          @OnAction("a")
          void go() {}
          @OnAction("b")
          void go(int speed) {}
        }
        """);
    Compilation compilation = compile(file);
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation).hadErrorContaining("[OverloadedHandler] @OnAction methods go in Handlers share one name, and"
            + " the generated action factories are named after them. Give each its own name.")
        .inFile(file).onLineContaining("void go(int speed)");
  }

  @Test
  void everyKindOfValidHandlerCompilesWithoutWarnings() {
    JavaFileObject file = source("test.Handlers", """
        package test;
        import dev.widgetry.annotations.OnAction;
        import dev.widgetry.annotations.Widget;
        import dev.widgetry.chatkit.Card;
        import dev.widgetry.chatkit.ListView;
        import dev.widgetry.runtime.ActionContext;
        import dev.widgetry.runtime.ActionResult;
        import java.util.List;
        import java.util.Map;
        import java.util.Optional;
        import java.util.concurrent.CompletableFuture;
        import java.util.concurrent.CompletionStage;
        public class Handlers {
          @Widget public record Pick(String id) {}
          @OnAction("a") public void a() {}
          @OnAction("b") ActionResult b(ActionContext context, Pick pick) { return ActionResult.none(); }
          @OnAction("c") static Card c(List<Map<String, Integer>> grid) { return null; }
          @OnAction("d") ListView d(Optional<String> note) { return null; }
          @OnAction("e") CompletionStage<Void> e(long count) { return CompletableFuture.completedFuture(null); }
          @OnAction("f") CompletableFuture<ActionResult> f(String[] words) { return null; }
          @OnAction("g:h_i-j.k") CompletionStage<Card> g(ActionContext context) { return null; }
          // The values of A2UI agent functions.
          @OnAction("price") double price(Pick pick) { return 1.5; }
          @OnAction("label") String label() { return ""; }
          @OnAction("pick") Pick pick() { return null; }
          @OnAction("tree") com.fasterxml.jackson.databind.node.ObjectNode tree() { return null; }
          @OnAction("count") CompletionStage<Integer> count() { return null; }
          @OnAction("exact") java.math.BigDecimal exact() { return null; }
          @OnAction("yes") boolean yes() { return true; }
          public static class Nested {
            @OnAction("nested") void nested() {}
          }
          interface Shortcuts {
            @OnAction("shortcut") static void shortcut() {}
          }
        }
        """);
    Compilation compilation = compile(file);
    assertThat(compilation).succeededWithoutWarnings();
    assertThat(compilation).generatedSourceFile("test.HandlersActions");
    assertThat(compilation).generatedSourceFile("test.Handlers_NestedActions");
    assertThat(compilation).generatedSourceFile("test.Handlers_ShortcutsActions");
  }
}
