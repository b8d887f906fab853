package dev.widgetry.samples.profile;

import dev.widgetry.a2ui.A2uiAnswer;
import dev.widgetry.annotations.OnAction;
import dev.widgetry.chatkit.Card;
import dev.widgetry.runtime.ActionResult;
import dev.widgetry.runtime.Reply;
import dev.widgetry.samples.SurfaceUpdates;
import java.util.List;

/**
 * A profile's state (followed or not) and the actions of its buttons and of the message composer.
 * Each action answers with a {@link Reply}: ChatKit's cards for ChatKit, the {@link ProfileSurface}
 * drawn again for A2UI (with the composer, or the receipt, inside it), so the surface's buttons
 * reach these very methods.
 */
public final class ProfileHandlers {
  private static final String BIO = "Builds **type-safe** tools for chat interfaces. Previously led the"
      + " design system at *Analytical Engines*. Ask me about `records`, compilers and tea.";

  private boolean followed;

  /** Follows the person, or stops following them. */
  @OnAction("profile.follow")
  synchronized Reply follow() {
    followed = !followed;
    boolean now = followed;
    return Reply.of(ActionResult.class, () -> {
      ActionResult result = ActionResult.update(widget());
      return now ? result.withMessage("You follow Ada Lovelace now.") : result;
    }).or(A2uiAnswer.class, () -> SurfaceUpdates.answer(ProfileSurface.of(profile())));
  }

  /** Opens a message composer below the profile. */
  @OnAction("profile.message")
  Reply message() {
    return Reply.of(ActionResult.class, () -> ActionResult.add(ProfileCard.composer(profile())))
        .or(A2uiAnswer.class, () -> SurfaceUpdates.answer(ProfileSurface.composing(profile())));
  }

  /** Sends the composed message. */
  @OnAction("profile.send")
  Reply send(DirectMessage message) {
    return Reply.of(Card.class, () -> ProfileCard.sent(profile(), message))
        .or(A2uiAnswer.class, () -> SurfaceUpdates.answer(ProfileSurface.sent(profile(), message)));
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
