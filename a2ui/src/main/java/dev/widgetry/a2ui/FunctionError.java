package dev.widgetry.a2ui;

import java.util.Objects;

/**
 * Why a function call of A2UI v1.0 failed, as its response says: {@code {"code", "message"}}.
 *
 * @param code a short code of the failure, the caller's business
 * @param message what went wrong, in words
 */
public record FunctionError(String code, String message) {

  public FunctionError {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(message, "message");
  }
}
