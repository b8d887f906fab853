package dev.widgetry.a2ui;

import static dev.widgetry.a2ui.ValidationTest.describe;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.widgetry.a2ui.basic.BasicCatalog;
import dev.widgetry.a2ui.basic.Card;
import dev.widgetry.a2ui.basic.Text;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A session applies messages one by one, as a renderer does, and keeps the rules across them. */
class SessionTest {

  @Test
  void theOfficialIncrementalDashboardStreamsWithoutAProblem() {
    A2uiSession session = A2uiSession.of();
    List<A2uiProblem> problems = new ArrayList<>();
    for (ServerMessage message : A2ui.parseMessages(OfficialExamples.text("31_incremental-dashboard.json"))) {
      problems.addAll(session.apply(message));
    }
    problems.addAll(session.checkpoint());

    assertEquals(List.of(), problems);
  }

  @Test
  void anUpdateOfASurfaceTheSessionDidNotSeeCreatedIsMissing() {
    A2uiSession session = A2uiSession.of();

    List<A2uiProblem> problems = session.apply(new DeleteSurface("elsewhere"));

    assertEquals(List.of("UPDATE_BEFORE_CREATE /0/deleteSurface"), describe(problems));
    assertEquals("surface \"elsewhere\" was not created in this session; send its createSurface first (or tell the"
        + " session with assumeLive that it exists)", problems.get(0).message());
  }

  @Test
  void aSurfaceAssumedLiveTakesUpdates() {
    A2uiSession session = A2uiSession.of().assumeLive("elsewhere", BasicCatalog.ID);

    assertEquals(List.of(), session.apply(UpdateComponents.of("elsewhere", Text.of("x").withId("title"))));
    assertEquals(List.of("CREATED_TWICE /1/createSurface/surfaceId"),
        describe(session.apply(CreateSurface.of("elsewhere"))));
  }

  @Test
  void pointersCountEveryMessageAppliedAndCheckpointsJudgeWhatArrivedSince() {
    A2uiSession session = A2uiSession.of();
    session.apply(CreateSurface.of("s"));
    session.apply(UpdateComponents.of("s", Card.builder().id("root").child("body").build()));

    assertEquals(List.of("DANGLING_REFERENCE /1/updateComponents/components/0/child"), describe(session.checkpoint()));
    session.apply(UpdateComponents.of("s", Text.of("Hi").withId("body"), Text.of("stray").withId("stray")));
    assertEquals(List.of("UNREACHABLE /2/updateComponents/components/1/id"), describe(session.checkpoint()));
    assertEquals(List.of(), session.checkpoint());
  }
}
