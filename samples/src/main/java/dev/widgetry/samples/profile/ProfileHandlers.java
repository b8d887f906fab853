package dev.widgetry.samples.profile;

import dev.widgetry.annotations.OnAction;
import dev.widgetry.chatkit.Card;
import dev.widgetry.runtime.ActionResult;
import java.util.List;

/** A profile's state (followed or not) and the actions of its buttons and of the message composer. */
public final class ProfileHandlers {
  private static final String BIO = "Builds **type-safe** tools for chat interfaces. Previously led the"
      + " design system at *Analytical Engines*. Ask me about `records`, compilers and tea.";

  private boolean followed;

  /** Follows the person, or stops following them. */
  @OnAction("profile.follow")
  synchronized ActionResult follow() {
    followed = !followed;
    ActionResult result = ActionResult.update(widget());
    return followed ? result.withMessage("You follow Ada Lovelace now.") : result;
  }

  /** Opens a message composer below the profile. */
  @OnAction("profile.message")
  ActionResult message() {
    return ActionResult.add(ProfileCard.composer(profile()));
  }

  /** Sends the composed message. */
  @OnAction("profile.send")
  Card send(DirectMessage message) {
    return ProfileCard.sent(profile(), message);
  }

  /** The profile as it stands. */
  public synchronized Profile profile() {
    return new Profile("Ada Lovelace", "ada", "Principal engineer", "London, UK", "/img/avatar-ada.svg", BIO,
        List.of("Java", "Compilers", "Design systems", "Typography"), 1204 + (followed ? 1 : 0), 12, followed);
  }

  /** The widget the gallery shows now. */
  public synchronized Card widget() {
    return ProfileCard.render(profile());
  }
}
