package dev.widgetry.spring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.widgetry.runtime.ActionContext;
import dev.widgetry.runtime.AnswerMiddleware;
import java.util.List;
import org.junit.jupiter.api.Test;

class MiddlewareChainTest {

  @Test
  void middlewareIsGroupedByAnswerTypeAndKeepsItsOrderWithinEach() {
    List<AnswerMiddleware<?>> chains = MiddlewareChain.byAnswerType(List.of(
        text("a"), number(10), text("b"), number(20), text("c")));

    assertThat(chains.stream().map(AnswerMiddleware::answerType).toList()).isEqualTo(List.of(String.class, Integer.class));
    assertThat(apply(chains.get(0), "x")).isEqualTo("xabc");
    assertThat(apply(chains.get(1), 1)).isEqualTo(31);
  }

  @Test
  void aLoneMiddlewareIsUsedAsItIs() {
    AnswerMiddleware<String> only = text("a");

    assertThat(MiddlewareChain.byAnswerType(List.of(only))).containsExactly(only);
  }

  @Test
  void aMiddlewareThatReturnsNullIsNamed() {
    AnswerMiddleware<?> chain = MiddlewareChain.byAnswerType(List.of(text("a"), new Nothing())).get(0);

    assertThatThrownBy(() -> apply(chain, "x"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("The middleware " + Nothing.class.getName() + " returned null; return the answer to leave it as it is");
  }

  @SuppressWarnings("unchecked") // the tests pass each chain an answer of its own type
  private static <T> T apply(AnswerMiddleware<?> middleware, T answer) {
    return ((AnswerMiddleware<T>) middleware).apply(answer, ActionContext.empty());
  }

  private static AnswerMiddleware<String> text(String suffix) {
    return new AnswerMiddleware<>() {
      @Override
      public Class<String> answerType() {
        return String.class;
      }

      @Override
      public String apply(String answer, ActionContext context) {
        return answer + suffix;
      }
    };
  }

  private static AnswerMiddleware<Integer> number(int add) {
    return new AnswerMiddleware<>() {
      @Override
      public Class<Integer> answerType() {
        return Integer.class;
      }

      @Override
      public Integer apply(Integer answer, ActionContext context) {
        return answer + add;
      }
    };
  }

  private static final class Nothing implements AnswerMiddleware<String> {
    @Override
    public Class<String> answerType() {
      return String.class;
    }

    @Override
    public String apply(String answer, ActionContext context) {
      return null;
    }
  }
}
