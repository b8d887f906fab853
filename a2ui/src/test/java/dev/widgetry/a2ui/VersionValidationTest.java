package dev.widgetry.a2ui;

import static dev.widgetry.a2ui.basic.Functions.formatNumber;
import static dev.widgetry.a2ui.basic.Functions.index;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.widgetry.a2ui.basic.BasicCatalog;
import dev.widgetry.a2ui.basic.Button;
import dev.widgetry.a2ui.basic.Column;
import dev.widgetry.a2ui.basic.Functions;
import dev.widgetry.a2ui.basic.Row;
import dev.widgetry.a2ui.basic.Text;
import dev.widgetry.a2ui.basic.TextField;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Validation told its version ({@code A2ui.validate(version, ...)}, {@code A2uiSession.of(version,
 * ...)}) reports what messages built in Java hold that the version does not have, as that version's
 * writer refuses it ({@link A2uiRule#NOT_IN_VERSION}, at its pointer), where validation of no
 * particular version takes it. Each kind but the stored null is checked against the official schemas
 * (networknt): the same surface written in the other version and relabelled is refused by this
 * version's schema, and is valid there without the content.
 */
class VersionValidationTest {
  private static final String BASIC_V1 = "https://a2ui.org/specification/v1_0/catalogs/basic/catalog.json";

  /** A surface whose root column shows {@code shown}, first {@code create}. */
  private static List<ServerMessage> surface(CreateSurface create, A2uiComponent... shown) {
    List<A2uiComponent> components = new ArrayList<>();
    components.add(Column.builder().id("root").children(ChildList.of(
        List.of(shown).stream().map(A2uiComponent::id).collect(Collectors.toList()))).build());
    components.addAll(List.of(shown));
    return List.of(create, new UpdateComponents("s", components));
  }

  private static List<ServerMessage> surface(A2uiComponent... shown) {
    return surface(CreateSurface.of("s"), shown);
  }

  private static A2uiProblem notInVersion(String pointer, String message) {
    return new A2uiProblem(pointer, message, A2uiRule.NOT_IN_VERSION);
  }

  /** The messages as v1.0 writes them, relabelled v0.9 (its version and basic catalog id). */
  private static JsonNode asV09(List<ServerMessage> messages) {
    return OfficialExamples.parse(A2ui.writer(A2uiVersion.V1_0).toJsonArray(messages)
        .replace("\"version\":\"v1.0\"", "\"version\":\"v0.9\"").replace(BASIC_V1, BasicCatalog.ID));
  }

  /** The messages as v0.9 writes them, relabelled v1.0. */
  private static JsonNode asV1(List<ServerMessage> messages) {
    return OfficialExamples.parse(A2ui.toJsonArray(messages)
        .replace("\"version\":\"v0.9\"", "\"version\":\"v1.0\"").replace(BasicCatalog.ID, BASIC_V1));
  }

  private static List<String> v09Schema(JsonNode messages) {
    return OfficialSchemas.official().problems("server_to_client_list.json", messages);
  }

  private static List<String> v1Schema(JsonNode messages) {
    return OfficialV1Schemas.official().problems("agent_to_renderer_list.json", messages);
  }

  /** v0.9's report of {@code with}, which the v0.9 schema refuses and takes {@code without}; v1.0's is empty. */
  private static List<A2uiProblem> v09Only(List<ServerMessage> with, List<ServerMessage> without) {
    assertFalse(v09Schema(asV09(with)).isEmpty(), "the official v0.9 schema refuses it");
    assertEquals(List.of(), v09Schema(asV09(without)), "and takes the surface without it");
    assertEquals(List.of(), A2ui.validate(A2uiVersion.V1_0, with));
    assertEquals(List.of(), A2ui.validate(with));
    A2uiSession session = A2uiSession.of(A2uiVersion.V0_9);
    List<A2uiProblem> applied = with.stream().flatMap(message -> session.apply(message).stream())
        .collect(Collectors.toList());
    List<A2uiProblem> problems = A2ui.validate(A2uiVersion.V0_9, with);
    assertEquals(problems, applied, "a session reports it as validation does");
    return problems;
  }

  @Test
  void aV1PropIsAProblemInV09AtItsPointer() {
    TextField field = TextField.builder().id("f").label(DynamicString.of("Name"))
        .placeholder(DynamicString.of("Ada")).build();

    List<A2uiProblem> problems = v09Only(surface(field),
        surface(TextField.builder().id("f").label(DynamicString.of("Name")).build()));

    assertEquals(List.of(notInVersion("/1/updateComponents/components/1/placeholder", "A2UI v0.9's TextField has no"
        + " placeholder (A2UI v1.0 has), and this TextField has one: send it as A2UI v1.0, or build it without"
        + " placeholder")), problems);
  }

  /** A list of rows over /items, each row showing {@code place} and {@code pick}. */
  private static List<ServerMessage> rows(Text place, Button pick) {
    return List.of(CreateSurface.of("s"), new UpdateComponents("s", List.of(
        Column.builder().id("root").children(new ChildList.Template("row", "/items")).build(),
        Row.builder().id("row").children(ChildList.of("t", "b")).build(), place, pick)));
  }

  @Test
  void theIndexCallIsAProblemInV09WhereverItStands() {
    Text place = Text.builder().id("t").text(formatNumber(index(1))).build();
    Button pick = Button.builder().id("b").child("t").action(Action.event("pick").with("at", index())).build();

    List<A2uiProblem> problems = v09Only(rows(place, pick),
        rows(Text.builder().id("t").text(formatNumber(new NumberPath("/n"))).build(),
            Button.builder().id("b").child("t").action(Action.event("pick")).build()));

    String member = "A2UI v0.9 has no {\"call\": \"@index\"} (A2UI v1.0 has): send it as A2UI v1.0, or build it"
        + " without \"@index\"";
    assertEquals(List.of(
        notInVersion("/1/updateComponents/components/2/text/args/value", member),
        notInVersion("/1/updateComponents/components/3/action/event/context/at", member)), problems);
  }

  @Test
  void aBindingWhereV09TakesALiteralIsAProblemAtIt() {
    Button open = Button.builder().id("b").child("t")
        .action(Action.call(Functions.openUrl(new StringPath("/links/help")))).build();
    Button literal = Button.builder().id("b").child("t")
        .action(Action.call(Functions.openUrl("https://example.com/help"))).build();

    List<A2uiProblem> problems = v09Only(surface(Text.of("Help").withId("t"), open),
        surface(Text.of("Help").withId("t"), literal));

    assertEquals(List.of(notInVersion("/1/updateComponents/components/2/action/functionCall/args/url", "A2UI v0.9's"
        + " OpenUrlCall.Args takes a literal url only (A2UI v1.0 takes a binding or a call), and this"
        + " OpenUrlCall.Args has a binding: send it as A2UI v1.0, or give url a literal")), problems);
  }

  @Test
  void anEventsUserMessageIsAProblemInV09() {
    Button send = Button.builder().id("b").child("t")
        .action(Action.event("send").withUserMessage(DynamicString.of("Sent"))).build();

    List<A2uiProblem> problems = v09Only(surface(Text.of("Send").withId("t"), send),
        surface(Text.of("Send").withId("t"), Button.builder().id("b").child("t").action(Action.event("send")).build()));

    assertEquals(1, problems.size(), problems::toString);
    assertEquals("/1/updateComponents/components/2/action/event/userMessage", problems.get(0).pointer());
    assertEquals(A2uiRule.NOT_IN_VERSION, problems.get(0).rule());
  }

  @Test
  void createSurfacesMetadataIsAProblemInV09() {
    ObjectNode metadata = JsonNodeFactory.instance.objectNode().put("origin", "test");
    CreateSurface create = new CreateSurface("s", BasicCatalog.ID, null, null, metadata);

    List<A2uiProblem> problems = v09Only(surface(create, Text.of("Hi").withId("t")),
        surface(Text.of("Hi").withId("t")));

    assertEquals(List.of(notInVersion("/0/createSurface/metadata", "A2UI v0.9's createSurface has no metadata"
        + " (A2UI v1.0 has), and createSurface of \"s\" has some: send it as A2UI v1.0, or build it without"
        + " metadata")), problems);
  }

  /** A surface created with metadata whose one extension holds {@code value}. */
  private static List<ServerMessage> withMetadata(String value) {
    ObjectNode metadata = (ObjectNode) OfficialExamples.parse("{\"extensions\":{\"acme_trace\":" + value + "}}");
    return surface(new CreateSurface("s", BasicCatalog.ID, null, null, metadata), Text.of("Hi").withId("t"));
  }

  /**
   * Validation follows a createSurface's metadata as the v1.0 writer writes it (it used to be left
   * out before the v0.9 envelope writer saw it): nested deeper than A2UI allows, it is a problem at
   * the level too deep. The official v1.0 schema leaves an extension's value free, so only the
   * depth rule finds it. v0.9, which has no metadata, refuses it and follows it on, as the codecs
   * follow a prop they refuse.
   */
  @Test
  void createSurfacesMetadataIsFollowedAsWritten() {
    String fits = "[".repeat(47) + "1" + "]".repeat(47);
    List<ServerMessage> deeper = withMetadata("[" + fits + "]");

    List<A2uiProblem> problems = A2ui.validate(A2uiVersion.V1_0, deeper);

    assertEquals(List.of(), A2ui.validate(A2uiVersion.V1_0, withMetadata(fits)));
    assertEquals(List.of(), v1Schema(OfficialExamples.parse(A2ui.writer(A2uiVersion.V1_0).toJsonArray(deeper))));
    A2uiProblem tooDeep = new A2uiProblem("/0/createSurface/metadata/extensions/acme_trace" + "/0".repeat(47),
        "nesting is 51 levels deep here; A2UI allows 50", A2uiRule.TOO_DEEP);
    assertEquals(List.of(tooDeep), problems);
    assertEquals(problems, A2ui.validate(deeper), "validation of no particular version follows it too");
    List<A2uiProblem> v09 = A2ui.validate(A2uiVersion.V0_9, deeper);
    assertEquals(List.of(A2uiRule.NOT_IN_VERSION, A2uiRule.TOO_DEEP),
        v09.stream().map(A2uiProblem::rule).collect(Collectors.toList()));
    assertEquals("/0/createSurface/metadata", v09.get(0).pointer());
    assertEquals(tooDeep, v09.get(1));
  }

  @Test
  void aV09PropAndThemeAreProblemsInV1() {
    TextField checked = TextField.builder().id("f").label(DynamicString.of("Code")).validationRegexp("[0-9]+").build();
    CreateSurface themed = new CreateSurface("s", BasicCatalog.ID, Theme.of("#00BFFF", null, null, java.util.Map.of()),
        null);
    List<ServerMessage> with = surface(themed, checked);
    List<ServerMessage> without = surface(TextField.builder().id("f").label(DynamicString.of("Code")).build());

    List<A2uiProblem> problems = A2ui.validate(A2uiVersion.V1_0, with);

    assertTrue(v1Schema(asV1(surface(themed, Text.of("Hi").withId("t")))).size() > 0, "v1.0 has no theme");
    assertTrue(v1Schema(asV1(surface(checked))).size() > 0, "nor validationRegexp");
    assertEquals(List.of(), v1Schema(asV1(without)));
    assertEquals(List.of(
        notInVersion("/0/createSurface/theme", "A2UI v1.0's createSurface has no theme (A2UI v0.9 has), and"
            + " createSurface of \"s\" has one: send it as A2UI v0.9, or build it without theme"),
        notInVersion("/1/updateComponents/components/1/validationRegexp", "A2UI v1.0's TextField has no"
            + " validationRegexp (A2UI v0.9 has), and this TextField has one: send it as A2UI v0.9, or build it"
            + " without validationRegexp")), problems);
    assertEquals(List.of(), A2ui.validate(A2uiVersion.V0_9, with));
  }

  @Test
  void whatTheV1WriterRewritesIsNoProblemInV1() {
    // A heading is Markdown in v1.0 and a call's returnType is left out: both are written, neither refused.
    List<ServerMessage> messages = surface(Text.builder().id("h").text(DynamicString.of("Order"))
        .variant(Text.Variant.H2).build(), Text.of(Functions.formatString("Total: ${/total}")).withId("t"));

    assertEquals(List.of(), A2ui.validate(A2uiVersion.V1_0, messages));
    assertEquals(List.of(), v1Schema(OfficialExamples.parse(A2ui.writer(A2uiVersion.V1_0).toJsonArray(messages))));
  }

  /**
   * A2UI v1.0 calls have no {@code returnType} (the function implies it; the official schema's
   * {@code FunctionCall} refuses the key), and the v1.0 writer leaves out the one every
   * {@link Functions} call sets. Validation follows what that writer writes, so a Java-built call's
   * {@code returnType} is no problem in v1.0, as the schema finds the written surface valid.
   */
  @Test
  void aJavaBuiltCallsReturnTypeIsLeftOutInV1SoIsNoProblem() {
    FormatStringCall call = Functions.formatString("Total: ${/total}");
    List<ServerMessage> messages = surface(Text.of(call).withId("t"));
    String written = A2ui.writer(A2uiVersion.V1_0).toJsonArray(messages);
    String withReturnType = written.replace("\"call\":\"formatString\"",
        "\"call\":\"formatString\",\"returnType\":\"string\"");

    assertEquals(StringReturn.STRING, call.returnType(), "the call built in Java has one");
    assertFalse(written.contains("returnType"), written);
    assertEquals(List.of(), v1Schema(OfficialExamples.parse(written)));
    assertFalse(v1Schema(OfficialExamples.parse(withReturnType)).isEmpty(), "the v1.0 schema refuses a returnType");
    assertEquals(List.of(), A2ui.validate(A2uiVersion.V1_0, messages));
    assertTrue(A2ui.toJsonArray(messages).contains("\"returnType\":\"string\""), "v0.9 writes it");
    assertEquals(List.of(), A2ui.validate(A2uiVersion.V0_9, messages));
  }

  @Test
  void aStoredNullIsAProblemInV1WhichDeletesThere() {
    UpdateDataModel store = new UpdateDataModel("s", "/note", new DataValue.Tree(JsonNodeFactory.instance.nullNode()));
    List<ServerMessage> messages = List.of(CreateSurface.of("s"), store);

    assertEquals(List.of(notInVersion("/1/updateDataModel/value", "A2UI v1.0 deletes the value at a null, so"
        + " updateDataModel of \"s\" cannot store one there (A2UI v0.9 can): send it as A2UI v0.9, or delete with"
        + " UpdateDataModel.delete")),
        A2ui.validate(A2uiVersion.V1_0, messages));
    assertEquals(List.of(), A2ui.validate(A2uiVersion.V0_9, messages));
  }
}
