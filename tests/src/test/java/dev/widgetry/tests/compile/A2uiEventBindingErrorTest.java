package dev.widgetry.tests.compile;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.widgetry.tests.compile.Compiler.compile;
import static dev.widgetry.tests.compile.Compiler.source;

import com.google.testing.compile.Compilation;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * A Button's A2UI event cannot drift from its handler's payload: the generated {@code
 * <Handler>Actions.A2ui} factory takes one binding per payload property, of that property's kind,
 * so a binding of the wrong kind, or a context key the payload does not have, is javac's own error
 * where the event is built; the right bindings compile.
 */
class A2uiEventBindingErrorTest {
  private static final JavaFileObject HANDLERS = source("shop.PayHandlers", """
      package shop;

      import dev.widgetry.annotations.OnAction;
      import dev.widgetry.annotations.Widget;
      import java.math.BigDecimal;

      public class PayHandlers {
        @Widget
        public record PayOrder(String orderId, boolean giftWrap, BigDecimal total) {}

        @OnAction("order.pay")
        static void pay(PayOrder payload) {}
      }
      """);

  private static JavaFileObject button(String arguments) {
    return source("shop.Checkout", """
        package shop;

        import dev.widgetry.a2ui.DynamicString;
        import dev.widgetry.a2ui.Tree;
        import dev.widgetry.a2ui.basic.Button;
        import dev.widgetry.annotations.Widget;
        import java.math.BigDecimal;

        @Widget
        public record Checkout(String id, boolean wrap, BigDecimal amount, String coupon) {
          static Tree pay() {
            CheckoutPaths model = CheckoutPaths.root();
            return Button.of("Pay",
                PayHandlersActions.A2ui.pay(%s));
          }
        }
        """.formatted(arguments));
  }

  @Test
  void bindingsOfTheRightKindsCompile() {
    Compilation compilation = compile(HANDLERS, button("model.id(), model.wrap(), model.amount()"));

    assertThat(compilation).succeededWithoutWarnings();
  }

  @Test
  void literalsFitToo() {
    Compilation compilation = compile(HANDLERS, button("DynamicString.of(\"1042\"), model.wrap(), model.amount()"));

    assertThat(compilation).succeededWithoutWarnings();
  }

  @Test
  void aBindingOfTheWrongKind() {
    JavaFileObject button = button("model.id(), model.amount(), model.amount()");
    Compilation compilation = compile(HANDLERS, button);

    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation).hadErrorContaining("incompatible types: dev.widgetry.a2ui.NumberPath cannot be converted"
            + " to dev.widgetry.a2ui.DynamicBoolean")
        .inFile(button).onLineContaining("PayHandlersActions.A2ui.pay(");
  }

  @Test
  void aContextKeyThePayloadDoesNotHave() {
    JavaFileObject button = button("model.id(), model.wrap(), model.amount(), model.coupon()");
    Compilation compilation = compile(HANDLERS, button);

    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation).hadErrorContaining("method pay in class shop.PayHandlersActions.A2ui cannot be applied to"
            + " given types;")
        .inFile(button).onLineContaining("PayHandlersActions.A2ui.pay(");
  }
}
