package dev.widgetry.tests.actions;

import dev.widgetry.runtime.ActionDispatcher;
import java.nio.charset.StandardCharsets;

/**
 * What the fuzz tests share: how many inputs a build runs, from which seed, the dispatcher they go
 * through, and how an input is shown so that it can be pasted into {@link FuzzFoundRequestsTest}
 * as it is.
 */
public final class FuzzInputs {
  /** Requests through the dispatcher per build; {@code -Dwidgetry.fuzz.inputs} for a long run. */
  public static final int COUNT = Integer.getInteger("widgetry.fuzz.inputs", 3000);
  /** The generator's seed: fixed, so that a build is repeatable; {@code -Dwidgetry.fuzz.seed} for others. */
  public static final long SEED = Long.getLong("widgetry.fuzz.seed", 11);

  /** The body limit of {@link #dispatcher}, which the mutator's repetitions reach now and then. */
  public static final int MAX_BODY_BYTES = 64 * 1024;

  private FuzzInputs() {}

  /** The test handlers, none of which hangs, with a body limit the mutator can reach. */
  public static ActionDispatcher dispatcher() {
    return ActionDispatcher.of(new CartHandlers(), StaticHandlers.class, new OrderHandlers())
        .withMaxBodyBytes(MAX_BODY_BYTES);
  }

  /**
   * A Java string literal holding one char per byte (ISO-8859-1), which {@link #bytes} turns back
   * into the very bytes: an input that is not UTF-8 survives the round trip.
   */
  public static String literal(byte[] input) {
    StringBuilder out = new StringBuilder("\"");
    for (char c : new String(input, StandardCharsets.ISO_8859_1).toCharArray()) {
      if (c == '"' || c == '\\') {
        out.append('\\').append(c);
      } else if (c >= 0x20 && c < 0x7F) {
        out.append(c);
      } else {
        out.append(String.format("\\u%04x", (int) c));
      }
    }
    return out.append('"').toString();
  }

  /** The bytes a {@link #literal} shows. */
  public static byte[] bytes(String literal) {
    return literal.getBytes(StandardCharsets.ISO_8859_1);
  }
}
