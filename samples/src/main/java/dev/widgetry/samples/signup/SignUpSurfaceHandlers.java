package dev.widgetry.samples.signup;

import dev.widgetry.a2ui.ServerMessage;
import dev.widgetry.annotations.OnAction;
import dev.widgetry.samples.SurfaceUpdates;
import java.util.List;

/**
 * The sign-up surface's actions, for A2UI renderers: the ChatKit form's actions with the prefix
 * {@code a2ui.} and the same {@link SignUp} payload, checked by the same generated parser before
 * {@link SignUpHandlers} sees it, and answered with the surface drawn again.
 */
public final class SignUpSurfaceHandlers {
  private final SignUpHandlers signUp;

  public SignUpSurfaceHandlers(SignUpHandlers signUp) {
    this.signUp = signUp;
  }

  @OnAction("a2ui.signup.submit")
  List<ServerMessage> submit(SignUp form) {
    signUp.submit(form);
    return surface();
  }

  @OnAction("a2ui.signup.restart")
  List<ServerMessage> restart() {
    signUp.restart();
    return surface();
  }

  private List<ServerMessage> surface() {
    return SurfaceUpdates.of(SignUpSurface.of(signUp.account().orElse(null)));
  }
}
