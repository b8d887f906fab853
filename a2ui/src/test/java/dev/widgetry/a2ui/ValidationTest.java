package dev.widgetry.a2ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Each integrity and protocol rule, with its pointer and its words; the official examples break none. */
class ValidationTest {
  private static final String CREATE = "{\"version\":\"v0.9\",\"createSurface\":{\"surfaceId\":\"s\",\"catalogId\":"
      + "\"https://a2ui.org/specification/v0_9/catalogs/basic/catalog.json\"}}";

  static Stream<String> examples() {
    return OfficialExamples.names().stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("examples")
  void theOfficialExamplesBreakNoRule(String example) {
    assertEquals(List.of(), A2ui.validate(A2ui.parseMessages(OfficialExamples.text(example))));
  }

  @Test
  void theIncrementalDashboardWithoutItsReplacedPanelLeavesTheNewCardAndItsTextUnreachable() {
    String text = OfficialExamples.text("31_incremental-dashboard.json");
    List<ServerMessage> messages = A2ui.parseMessages(text);
    UpdateComponents third = (UpdateComponents) messages.get(2);
    List<A2uiComponent> withoutPanel = third.components().stream()
        .filter(component -> !component.id().equals("left-panel"))
        .collect(Collectors.toList());
    List<ServerMessage> changed = new ArrayList<>(messages);
    changed.set(2, new UpdateComponents(third.surfaceId(), withoutPanel));

    List<A2uiProblem> problems = A2ui.validate(changed);

    assertEquals(List.of("UNREACHABLE /2/updateComponents/components/0/id",
        "UNREACHABLE /2/updateComponents/components/1/id"), describe(problems));
    assertEquals("\"analytics-card\" is not reachable from \"root\": nothing the renderer draws names it",
        problems.get(0).message());
  }

  @Test
  void aComponentMayArriveAfterTheOneThatNamesIt() {
    assertEquals(List.of(), validate(components("{\"id\":\"root\",\"component\":\"Card\",\"child\":\"later\"}"),
        components("{\"id\":\"later\",\"component\":\"Text\",\"text\":\"x\"}")));
  }

  @Test
  void duplicateIdsInOneMessage() {
    List<A2uiProblem> problems = validate(components("{\"id\":\"root\",\"component\":\"Column\",\"children\":[\"a\"]}",
        "{\"id\":\"a\",\"component\":\"Text\",\"text\":\"x\"}", "{\"id\":\"a\",\"component\":\"Text\",\"text\":\"y\"}"));

    assertEquals(List.of("DUPLICATE_ID /1/updateComponents/components/2/id"), describe(problems));
    assertEquals("id \"a\" is also used by component 1 of this message; ids are unique within a surface",
        problems.get(0).message());
  }

  @Test
  void theSameIdInALaterMessageIsAnUpdate() {
    assertEquals(List.of(), validate(components("{\"id\":\"root\",\"component\":\"Text\",\"text\":\"x\"}"),
        components("{\"id\":\"root\",\"component\":\"Text\",\"text\":\"y\"}")));
  }

  @Test
  void noRoot() {
    List<A2uiProblem> problems = validate(components("{\"id\":\"main\",\"component\":\"Text\",\"text\":\"x\"}"));

    assertEquals(List.of("NO_ROOT /1/updateComponents/components"), describe(problems));
    assertEquals("surface \"s\" has no component with id \"root\"; the renderer draws nothing until one arrives",
        problems.get(0).message());
  }

  @Test
  void danglingReferencesOfEveryKind() {
    List<A2uiProblem> problems = validate(components(
        "{\"id\":\"root\",\"component\":\"Column\",\"children\":[\"tabs\",\"list\",\"gone\"]}",
        "{\"id\":\"tabs\",\"component\":\"Tabs\",\"tabs\":[{\"title\":\"A\",\"child\":\"tab-a\"}]}",
        "{\"id\":\"list\",\"component\":\"List\",\"children\":{\"componentId\":\"row\",\"path\":\"/rows\"}}"));

    assertEquals(List.of(
        "DANGLING_REFERENCE /1/updateComponents/components/0/children/2",
        "DANGLING_REFERENCE /1/updateComponents/components/1/tabs/0/child",
        "DANGLING_REFERENCE /1/updateComponents/components/2/children/componentId"), describe(problems));
    assertEquals("\"root\" names \"gone\", which no component of surface \"s\" has; send it, or name one that exists",
        problems.get(0).message());
  }

  @Test
  void aComponentNamingItself() {
    List<A2uiProblem> problems = validate(components(
        "{\"id\":\"root\",\"component\":\"List\",\"children\":{\"componentId\":\"root\",\"path\":\"/rows\"}}"));

    assertEquals(List.of("SELF_REFERENCE /1/updateComponents/components/0/children/componentId"), describe(problems));
    assertEquals("\"root\" names itself as its template; a component cannot contain itself", problems.get(0).message());
  }

  @Test
  void aCycleIsReportedOnceAtTheReferenceThatClosesIt() {
    List<A2uiProblem> problems = validate(components(
        "{\"id\":\"root\",\"component\":\"Card\",\"child\":\"a\"}",
        "{\"id\":\"a\",\"component\":\"Card\",\"child\":\"b\"}",
        "{\"id\":\"b\",\"component\":\"Card\",\"child\":\"a\"}"));

    assertEquals(List.of("CYCLE /1/updateComponents/components/2/child"), describe(problems));
    assertEquals("\"a\" → \"b\" → \"a\" is a cycle; a component cannot contain itself", problems.get(0).message());
  }

  @Test
  void aCycleNothingReachesIsFoundToo() {
    List<A2uiProblem> problems = validate(components(
        "{\"id\":\"root\",\"component\":\"Text\",\"text\":\"x\"}",
        "{\"id\":\"a\",\"component\":\"Card\",\"child\":\"b\"}",
        "{\"id\":\"b\",\"component\":\"Card\",\"child\":\"a\"}"));

    assertEquals(List.of("CYCLE /1/updateComponents/components/2/child",
        "UNREACHABLE /1/updateComponents/components/1/id",
        "UNREACHABLE /1/updateComponents/components/2/id"), describe(problems));
  }

  @Test
  void unreachableIsJudgedOnlyWhenTheListCreatesTheSurface() {
    String orphan = components("{\"id\":\"root\",\"component\":\"Text\",\"text\":\"x\"}",
        "{\"id\":\"orphan\",\"component\":\"Text\",\"text\":\"y\"}");

    assertEquals(List.of("UNREACHABLE /1/updateComponents/components/1/id"), describe(validate(orphan)));
    assertEquals(List.of(), A2ui.validate(A2ui.parseMessages(orphan)));
  }

  @Test
  void aComponentTreeDeeperThanFifty() {
    StringBuilder chain = new StringBuilder("{\"id\":\"root\",\"component\":\"Card\",\"child\":\"c1\"}");
    for (int i = 1; i <= 51; i++) {
      chain.append(",{\"id\":\"c").append(i).append("\",\"component\":\"Card\",\"child\":\"c").append(i + 1).append("\"}");
    }
    chain.append(",{\"id\":\"c52\",\"component\":\"Text\",\"text\":\"deep\"}");

    List<A2uiProblem> problems = validate(components(chain.toString()));

    assertEquals(List.of("TOO_DEEP /1/updateComponents/components/51/id"), describe(problems));
    assertEquals("\"c51\" is 51 components deep from \"root\"; A2UI allows 50", problems.get(0).message());
  }

  @Test
  void aSubtreeReachedFirstByAShortPathIsMeasuredOnTheLongOneToo() {
    // "root" holds the chain s0..s44 (45 deep) and d1..d10, and d10 holds s0 again: s44 is 55 deep that way.
    StringBuilder graph = new StringBuilder("{\"id\":\"root\",\"component\":\"Column\",\"children\":[\"s0\",\"d1\"]}");
    for (int i = 0; i < 44; i++) {
      graph.append(",{\"id\":\"s").append(i).append("\",\"component\":\"Card\",\"child\":\"s").append(i + 1).append("\"}");
    }
    graph.append(",{\"id\":\"s44\",\"component\":\"Text\",\"text\":\"deep\"}");
    for (int i = 1; i <= 10; i++) {
      graph.append(",{\"id\":\"d").append(i).append("\",\"component\":\"Card\",\"child\":\"")
          .append(i == 10 ? "s0" : "d" + (i + 1)).append("\"}");
    }

    List<A2uiProblem> problems = validate(components(graph.toString()));

    assertEquals(List.of("TOO_DEEP /1/updateComponents/components/41/id"), describe(problems));
    assertEquals("\"s40\" is 51 components deep from \"root\"; A2UI allows 50", problems.get(0).message());
  }

  @Test
  void jsonNestedDeeperThanFifty() {
    String value = "[".repeat(49) + "1" + "]".repeat(49);
    String fits = "{\"version\":\"v0.9\",\"updateDataModel\":{\"surfaceId\":\"s\",\"value\":" + value + "}}";
    String deeper = fits.replace(value, "[" + value + "]");

    assertEquals(List.of(), validate(fits));
    List<A2uiProblem> problems = validate(deeper);
    assertEquals(List.of("TOO_DEEP /1/updateDataModel/value" + "/0".repeat(49)), describe(problems));
    assertEquals("nesting is 51 levels deep here; A2UI allows 50", problems.get(0).message());
  }

  @Test
  void aDataModelDeeperThanFiftyWithItsPath() {
    String path = "/a".repeat(45);
    String json = "{\"version\":\"v0.9\",\"updateDataModel\":{\"surfaceId\":\"s\",\"path\":\"" + path + "\",\"value\":"
        + "[[[[[[1]]]]]]}}";

    List<A2uiProblem> problems = validate(json);

    assertEquals(List.of("TOO_DEEP /1/updateDataModel/value"), describe(problems));
    assertEquals("the data model is 51 levels deep here (the path's 45 and the value's 6); A2UI allows 50",
        problems.get(0).message());
  }

  @Test
  void functionCallsNestedDeeperThanFive() {
    String five = nestedNot(5);
    String six = nestedNot(6);

    assertEquals(List.of(), validate(checkBox(five)));
    List<A2uiProblem> problems = validate(checkBox(six));
    assertEquals(List.of("CALLS_TOO_DEEP /1/updateComponents/components/0/value" + "/args/value".repeat(5)),
        describe(problems));
    assertEquals("function calls nest 6 deep here, in the arguments of 5 others; A2UI allows 5. Compute the value on"
        + " the server and bind it, or split the expression", problems.get(0).message());
  }

  @Test
  void malformedPointers() {
    List<A2uiProblem> problems = validate(components(
        "{\"id\":\"root\",\"component\":\"Column\",\"children\":{\"componentId\":\"row\",\"path\":\"/a/~2b\"}}",
        "{\"id\":\"row\",\"component\":\"Text\",\"text\":{\"path\":\"__proto__/x\"}}"),
        "{\"version\":\"v0.9\",\"updateDataModel\":{\"surfaceId\":\"s\",\"path\":\"rows\",\"value\":[]}}");

    assertEquals(List.of(
        "MALFORMED_POINTER /1/updateComponents/components/0/children/path",
        "MALFORMED_POINTER /1/updateComponents/components/1/text/path",
        "MALFORMED_POINTER /2/updateDataModel/path"), describe(problems));
    assertEquals("\"/a/~2b\" is not a JSON Pointer: \"~\" must be followed by 0 or 1 (write \"~0\" for \"~\", \"~1\" for"
        + " \"/\")", problems.get(0).message());
    assertEquals("\"__proto__/x\" has the segment \"__proto__\", which renderers refuse; rename that key",
        problems.get(1).message());
    assertEquals("updateDataModel's path is absolute, such as \"/order/total\" (\"/\" or no path is the whole model),"
        + " and \"rows\" is not", problems.get(2).message());
  }

  @Test
  void protocolOrder() {
    String update = "{\"version\":\"v0.9\",\"updateDataModel\":{\"surfaceId\":\"s\",\"value\":{}}}";
    String delete = "{\"version\":\"v0.9\",\"deleteSurface\":{\"surfaceId\":\"s\"}}";
    List<A2uiProblem> problems = A2ui.validate(A2ui.parseMessages(
        "[" + update + "," + CREATE + "," + CREATE + "," + delete + "," + update + "]"));

    assertEquals(List.of("UPDATE_BEFORE_CREATE /0/updateDataModel", "CREATED_TWICE /2/createSurface/surfaceId",
        "DELETED /4/updateDataModel"), describe(problems));
    assertEquals("updateDataModel for \"s\" comes before its createSurface (message 1); send createSurface first",
        problems.get(0).message());
    assertEquals("surface \"s\" is already created by message 1; send deleteSurface first, or give this one another id",
        problems.get(1).message());
    assertEquals("surface \"s\" was deleted by message 3; send createSurface again before updating it",
        problems.get(2).message());
    List<A2uiProblem> otherCatalog = A2ui.validate(List.of(CreateSurface.of("s"),
        new CreateSurface("s", "https://a2ui.org/specification/v0_9/catalogs/basic/other.json", null, null)));
    assertEquals(List.of("CREATED_TWICE /1/createSurface/catalogId"), describe(otherCatalog));
  }

  static List<A2uiProblem> validate(String... messages) {
    return A2ui.validate(A2ui.parseMessages("[" + CREATE + "," + String.join(",", messages) + "]"));
  }

  static String components(String... components) {
    return "{\"version\":\"v0.9\",\"updateComponents\":{\"surfaceId\":\"s\",\"components\":["
        + String.join(",", components) + "]}}";
  }

  static List<String> describe(List<A2uiProblem> problems) {
    return problems.stream().map(problem -> problem.rule() + " " + problem.pointer()).collect(Collectors.toList());
  }

  private static String checkBox(String value) {
    return components("{\"id\":\"root\",\"component\":\"CheckBox\",\"label\":\"ok\",\"value\":" + value + "}");
  }

  private static String nestedNot(int depth) {
    String value = "true";
    for (int i = 0; i < depth; i++) {
      value = "{\"call\":\"not\",\"args\":{\"value\":" + value + "}}";
    }
    return value;
  }
}
