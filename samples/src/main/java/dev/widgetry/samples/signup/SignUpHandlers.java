package dev.widgetry.samples.signup;

import dev.widgetry.annotations.OnAction;
import dev.widgetry.chatkit.Card;
import dev.widgetry.runtime.ActionResult;
import java.util.Optional;

/**
 * The sign-up form's actions. Bad input never reaches {@link #submit}: the dispatcher answers it
 * with {@code invalid_payload} and a JSON Pointer per problem, which the page shows by the fields.
 */
public final class SignUpHandlers {
  private SignUp account;

  /** Creates the account. */
  @OnAction("signup.submit")
  synchronized ActionResult submit(SignUp form) {
    account = form;
    return ActionResult.replace(SignUpCard.welcome(form)).withMessage("Account created for " + form.email() + ".");
  }

  /** Shows an empty form again. */
  @OnAction("signup.restart")
  synchronized Card restart() {
    account = null;
    return SignUpCard.form();
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
