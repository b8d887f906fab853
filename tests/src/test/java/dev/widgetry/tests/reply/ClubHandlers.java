package dev.widgetry.tests.reply;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.widgetry.a2ui.A2uiAnswer;
import dev.widgetry.a2ui.A2uiSource;
import dev.widgetry.a2ui.Surface;
import dev.widgetry.a2ui.UpdateDataModel;
import dev.widgetry.annotations.OnAction;
import dev.widgetry.chatkit.Button;
import dev.widgetry.chatkit.Card;
import dev.widgetry.chatkit.Text;
import dev.widgetry.chatkit.ActionConfig;
import dev.widgetry.runtime.ActionContext;
import dev.widgetry.runtime.ActionResult;
import dev.widgetry.runtime.Reply;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A club's handlers, each reached by ChatKit and A2UI alike: they answer with a {@link Reply} and
 * record which of its forms were built.
 */
public class ClubHandlers {
  /** The forms built, in order: "chatkit" or "a2ui". */
  final List<String> built = new CopyOnWriteArrayList<>();

  /** Welcomes the member: a card for ChatKit, the member's name in the surface's data model for A2UI. */
  @OnAction("club.join")
  public Reply join(Join join, ActionContext context) {
    return Reply.of(ActionResult.class, () -> {
      built.add("chatkit");
      return ActionResult.replace(welcome(join)).withMessage("Joined");
    }).or(A2uiAnswer.class, () -> {
      built.add("a2ui");
      String surfaceId = A2uiSource.of(context).orElseThrow().surfaceId();
      return A2uiAnswer.of(UpdateDataModel.of(surfaceId, JsonNodeFactory.instance.objectNode()
          .put("member", join.name())));
    });
  }

  /** The same, later. */
  @OnAction("club.joinLater")
  CompletionStage<Reply> joinLater(Join join, ActionContext context) {
    return CompletableFuture.supplyAsync(() -> join(join, context));
  }

  /** A widget root and a surface, the second form each protocol takes. */
  @OnAction("club.card")
  Reply card(Join join) {
    return Reply.of(Card.class, () -> {
      built.add("chatkit");
      return welcome(join);
    }).or(Surface.class, () -> {
      built.add("a2ui");
      return Surface.builder("welcome").root(dev.widgetry.a2ui.basic.Text.of("Welcome " + join.name())).build();
    });
  }

  /** An answer only ChatKit takes. */
  @OnAction("club.chatOnly")
  Reply chatOnly() {
    return Reply.of(ActionResult.class, () -> {
      built.add("chatkit");
      return ActionResult.none();
    });
  }

  /** A form whose supplier fails. */
  @OnAction("club.broken")
  Reply broken() {
    return Reply.of(ActionResult.class, () -> {
      throw new IllegalStateException("secret internal detail");
    }).or(A2uiAnswer.class, () -> {
      throw new IllegalStateException("secret internal detail");
    });
  }

  private static Card welcome(Join join) {
    return Card.of(Text.of("Welcome " + join.name()), Button.of("Leave", ActionConfig.of("club.leave")));
  }
}
