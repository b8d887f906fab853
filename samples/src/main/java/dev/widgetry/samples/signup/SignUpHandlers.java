package dev.widgetry.samples.signup;

import dev.widgetry.a2ui.A2uiAnswer;
import dev.widgetry.annotations.OnAction;
import dev.widgetry.chatkit.Card;
import dev.widgetry.runtime.ActionResult;
import dev.widgetry.runtime.Reply;
import dev.widgetry.samples.SurfaceUpdates;
import java.util.Optional;

/**
 * The sign-up form's actions, for the ChatKit card and the A2UI surface alike: each answers with a
 * {@link Reply}, the card's result for ChatKit and the surface drawn again for A2UI. Bad input never
 * reaches {@link #submit}: the dispatcher answers it with {@code invalid_payload} and a JSON Pointer
 * per problem, which the page shows by the fields.
 */
public final class SignUpHandlers {
  private SignUp account;

  /** Creates the account. */
  @OnAction("signup.submit")
  synchronized Reply submit(SignUp form) {
    account = form;
    return Reply.of(ActionResult.class,
            () -> ActionResult.replace(SignUpCard.welcome(form)).withMessage("Account created for " + form.email() + "."))
        .or(A2uiAnswer.class, () -> surface(form));
  }

  /** Shows an empty form again. */
  @OnAction("signup.restart")
  synchronized Reply restart() {
    account = null;
    return Reply.of(Card.class, SignUpCard::form).or(A2uiAnswer.class, () -> surface(null));
  }

  /** The sign-up surface drawn again on the renderer's: the form, or the welcome of {@code account}. */
  private static A2uiAnswer surface(SignUp account) {
    return new A2uiAnswer(SurfaceUpdates.of(SignUpSurface.of(account)));
  }

  /** The account created last, if any: what the A2UI surface shows. */
  public synchronized Optional<SignUp> account() {
    return Optional.ofNullable(account);
  }

  /** The widget the gallery shows now: the form, or the welcome once someone signed up. */
  public synchronized Card widget() {
    return account == null ? SignUpCard.form() : SignUpCard.welcome(account);
  }
}
