package dev.widgetry.a2ui;

import dev.widgetry.runtime.ParseOptions;
import dev.widgetry.runtime.WidgetParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * The front door to A2UI v0.9: server messages to JSON in the forms transports carry and back,
 * what renderers send back, and validation beyond the schema; {@link #writer} and {@link #reader}
 * write and read the same messages as v1.0.
 *
 * <pre>{@code
 * String json = A2ui.toJsonArray(surface.messages());
 * }</pre>
 *
 * <p>The catalog document a renderer or model reads comes from the catalog, in either version's
 * form: {@code BasicCatalog.CATALOG.document(A2uiVersion.V1_0)} ({@link ComponentCatalog#document()}
 * is v0.9's).
 */
public final class A2ui {
  private static final MessageReader BASIC_READER = A2uiReader.messageReader(A2uiVersion.V0_9, List.of());
  private static final ClientMessageReader CLIENT_READER = new ClientMessageReader(A2uiVersion.V0_9,
      ParseOptions.defaults());

  private A2ui() {}

  // ---------------------------------------------------------------- reading

  /**
   * Reads server messages of the basic catalog from {@code json}: one message, a JSON array of
   * them, the {@code {"messages": [...]}} wrapper, an example file ({@code {name, description,
   * messages}}), the {@code {"a2ui_operations": [...]}} envelope, or JSON Lines; or any of these in
   * the text a model wrote, in {@code ```json} blocks or between {@code <a2ui-json>} tags.
   * {@code "version"} is {@code "v0.9"} ({@code "v0.9.1"} is read as the same wire).
   *
   * @throws WidgetParseException for anything the v0.9 schemas refuse, listing every problem with
   *     its JSON Pointer, in words a model can act on when it is sent back for a retry
   */
  public static List<ServerMessage> parseMessages(String json) {
    return MessageText.read(Objects.requireNonNull(json, "json"), BASIC_READER, ParseOptions.defaults());
  }

  /**
   * Like {@link #parseMessages(String)}, for surfaces of these catalogs too (and of the catalogs
   * they extend).
   */
  public static List<ServerMessage> parseMessages(String json, ComponentCatalog... catalogs) {
    return MessageText.read(Objects.requireNonNull(json, "json"), A2uiReader.messageReader(A2uiVersion.V0_9, List.of(catalogs)),
        ParseOptions.defaults());
  }

  /**
   * Like {@link #parseMessages(String, ComponentCatalog...)}, for what a model writes under a strict
   * structured-output schema: an explicit null read as an absent property, and a map (an event's
   * {@code context}) also as the list of its entries; in {@code version}.
   */
  static MessageText.Placed parseStrictMessages(A2uiVersion version, String json, ComponentCatalog... catalogs) {
    return MessageText.readModelOutput(Objects.requireNonNull(json, "json"),
        A2uiReader.messageReader(version, List.of(catalogs)),
        ParseOptions.defaults());
  }

  /**
   * Reads what a renderer sends back: {@code {"version": "v0.9", "action": {...}}} or
   * {@code {"version": "v0.9", "error": {...}}}; or an action as CopilotKit forwards it, bare
   * ({@code {name, surfaceId, sourceComponentId, context}}) or in its forwarded props
   * ({@code {"a2uiAction": {"userAction": {...}}}}).
   *
   * @throws WidgetParseException when the JSON is none of these, listing every problem
   */
  public static ClientMessage parseClientMessage(String json) {
    return CLIENT_READER.read(Objects.requireNonNull(json, "json"));
  }

  // ---------------------------------------------------------------- validation

  /**
   * The problems of {@code messages} that their schema does not catch, in message order (empty
   * when there are none): ids (duplicates in one message, a component naming itself), a surface's
   * graph when the list creates it (no {@code root}, references to components it does not have,
   * cycles, components nothing reachable names, a tree deeper than 50), nesting deeper than 50 and
   * function calls nested deeper than 5, malformed pointers, and the protocol's order (an update
   * before its surface's createSurface, a second createSurface, an update after a delete), and
   * each component of its catalog: the one its {@code catalogId} names (A2UI v1.0), else its
   * surface's, else the catalog of its own type when given, which v1.0 names in its {@code catalogId}.
   * Components may arrive after those that name them, and across messages, as streams send them:
   * references resolve against everything the surface has received. A surface the list does not
   * create is taken to exist, and is checked for the rules each message shows alone. The messages are
   * of no particular version: a component or call may name its catalog, as in v1.0 (see {@link
   * #validate(A2uiVersion, List, ComponentCatalog...)}).
   */
  public static List<A2uiProblem> validate(List<? extends ServerMessage> messages) {
    return validate(messages, new ComponentCatalog[0]);
  }

  /** Like {@link #validate(List)}, for surfaces of these catalogs too. */
  public static List<A2uiProblem> validate(List<? extends ServerMessage> messages, ComponentCatalog... catalogs) {
    return check(null, messages, catalogs);
  }

  /**
   * Like {@link #validate(List, ComponentCatalog...)}, for messages sent (or read) in {@code
   * version}: in v0.9, which has no {@code catalogId} but the surface's, a component of another
   * catalog than its surface's, and a component or call that names a catalog, is a problem
   * ({@link A2uiRule#NOT_IN_CATALOG}) even when that catalog is given. Content that {@code
   * version}'s writer refuses, which only another version has, is a problem at its pointer ({@link
   * A2uiRule#NOT_IN_VERSION}): in v0.9, a prop, union member ({@code @index}), enum constant or
   * binding the generated codecs know as v1.0's ({@link A2uiSince}, {@link A2uiBindableSince}) and a
   * createSurface's metadata; in v1.0, v0.9's ({@link A2uiUntil}), a createSurface's theme and a
   * stored null. What the v1.0 writer rewrites is no problem there: a heading, a call's
   * {@code returnType}.
   */
  public static List<A2uiProblem> validate(
      A2uiVersion version, List<? extends ServerMessage> messages, ComponentCatalog... catalogs) {
    return check(Objects.requireNonNull(version, "version"), messages, catalogs);
  }

  /** The problems of {@code messages} sent in {@code version}, or in none in particular when it is null. */
  private static List<A2uiProblem> check(
      A2uiVersion version, List<? extends ServerMessage> messages, ComponentCatalog... catalogs) {
    Integrity integrity = new Integrity(A2uiSession.withBasic(List.of(catalogs)), false, version);
    List<A2uiProblem> problems = new ArrayList<>();
    for (ServerMessage message : messages) {
      problems.addAll(integrity.apply(Objects.requireNonNull(message, "message")));
    }
    List<A2uiProblem> graph = integrity.checkpoint();
    if (graph.isEmpty()) {
      return List.copyOf(problems);
    }
    problems.addAll(graph);
    problems.sort(Comparator.comparingInt(problem -> Pointers.messageIndex(problem.pointer())));
    return List.copyOf(problems);
  }

  // ---------------------------------------------------------------- writing

  /** One message: {@code {"version":"v0.9","createSurface":{...}}}. */
  public static String toJson(ServerMessage message) {
    return A2uiWriter.of(A2uiVersion.V0_9).toJson(message);
  }

  /** The messages as a JSON array, in order; {@code []} for none. */
  public static String toJsonArray(List<? extends ServerMessage> messages) {
    return A2uiWriter.of(A2uiVersion.V0_9).toJsonArray(messages);
  }

  /** The messages as JSON Lines: one message per line, each line ended by a newline. */
  public static String toJsonl(List<? extends ServerMessage> messages) {
    return A2uiWriter.of(A2uiVersion.V0_9).toJsonl(messages);
  }

  /**
   * The messages in the envelope CopilotKit's A2UI middleware looks for in a tool's result:
   * {@code {"a2ui_operations":[...]}}.
   */
  public static String toOperations(List<? extends ServerMessage> messages) {
    return A2uiWriter.of(A2uiVersion.V0_9).toOperations(messages);
  }

  // ---------------------------------------------------------------- other wire versions

  /**
   * A writer of {@code version}'s wire, for a surface or a client that asks for it ({@link
   * A2uiVersion#fromCapabilities}); the static methods above write v0.9.
   */
  public static A2uiWriter writer(A2uiVersion version) {
    return A2uiWriter.of(version);
  }

  /** A reader of {@code version}'s wire; {@link #parseMessages(String)} reads v0.9. */
  public static A2uiReader reader(A2uiVersion version) {
    return A2uiReader.of(version);
  }
}
