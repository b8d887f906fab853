package dev.widgetry.tests.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.widgetry.runtime.ParseProblem;
import dev.widgetry.runtime.WidgetParseException;
import dev.widgetry.runtime.Widgets;
import dev.widgetry.tests.model.Tag;
import org.junit.jupiter.api.Test;

/** Lines and columns are 1-based, or -1 when unknown, as {@link ParseProblem} documents: never 0. */
class ProblemLocationsTest {

  @Test
  void emptyInputIsLocatedAtLineOneColumnOne() {
    WidgetParseException fromText = assertThrows(WidgetParseException.class, () -> Widgets.fromJson("", Tag.class));
    WidgetParseException fromBytes = assertThrows(WidgetParseException.class, () -> Widgets.codec(Tag.class).fromJson(new byte[0]));

    for (WidgetParseException e : new WidgetParseException[] {fromText, fromBytes}) {
      ParseProblem problem = e.problems().get(0);
      assertEquals("an empty input", problem.found());
      assertEquals(1, problem.line(), e.getMessage());
      assertEquals(1, problem.column(), e.getMessage());
    }
  }

  @Test
  void blankInputIsLocatedWhereItEnds() {
    WidgetParseException e = assertThrows(WidgetParseException.class, () -> Widgets.fromJson("\n  ", Tag.class));

    assertEquals("At the document root (line 2, column 3): expected a JSON value, found an empty input.", e.getMessage());
  }

  @Test
  void aProblemTakesALineOrColumnBelowOneAsUnknown() {
    ParseProblem problem = new ParseProblem("/a", "a string", "null", 0, 0, "");

    assertEquals(-1, problem.line());
    assertEquals(-1, problem.column());
    assertEquals("At /a: expected a string, found null.", problem.message());
  }
}
