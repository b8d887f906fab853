package dev.widgetry.samples.chat;

import dev.widgetry.annotations.OnAction;
import dev.widgetry.runtime.ActionResult;

/** The briefing's button: the chat server keeps the widget it returns in the thread. */
public final class BriefingHandlers {

  /** The user has packed: the briefing shows it, and the assistant says so. */
  @OnAction("briefing.pack")
  ActionResult pack() {
    return ActionResult.update(Briefing.finished(true)).withMessage("Have a lovely weekend in Lisbon!");
  }
}
