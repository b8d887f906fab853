package dev.widgetry.a2ui;

import dev.widgetry.runtime.WidgetParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What a model needs to render surfaces of one catalog, and the check of what it answers. The
 * processor generates the texts at compile time (each is read once, when first asked for) from the catalog's records (the basic catalog's
 * and a catalog of your own alike), so they say exactly what the parser accepts:
 * <ul>
 *   <li>{@link #strictSchema()}: the structured-output schema of {@code {"messages": [...]}} in
 *       the subset strict mode accepts;</li>
 *   <li>{@link #toolDefinition()}: the function tool {@code render_a2ui_surface} taking it;</li>
 *   <li>{@link #prompt()}: each component with its props, and the functions, in a few lines.</li>
 * </ul>
 *
 * <p>Each A2UI version has its own: {@link #of(ComponentCatalog, A2uiVersion)}; {@link
 * #of(ComponentCatalog)} is v0.9's, as {@link A2ui}'s own methods are. v1.0's schema has v1.0's
 * messages (a {@code createSurface} that may bring the first components and data model, no theme),
 * the props v1.0 has ({@link A2uiSince}, {@link A2uiUntil}), {@code @index}, and calls without
 * {@code returnType}; its prompt describes v1.0; {@link #read} reads v1.0.
 *
 * <pre>{@code
 * A2uiForModels models = A2uiForModels.of(AcmeComponentCatalog.CATALOG, A2uiVersion.V1_0);
 * ModelAnswer answer = models.read(modelOutput);
 * if (!answer.valid()) { ask the model again with answer.retryMessage() }
 * }</pre>
 */
public final class A2uiForModels {
  private final ComponentCatalog catalog;
  private final A2uiVersion version;
  private volatile String strictSchema;
  private volatile String toolDefinition;
  private volatile String prompt;

  private A2uiForModels(ComponentCatalog catalog, A2uiVersion version) {
    this.catalog = catalog;
    this.version = version;
  }

  /** For A2UI v0.9 surfaces of {@code catalog} (and of the catalogs it extends). */
  public static A2uiForModels of(ComponentCatalog catalog) {
    return of(catalog, A2uiVersion.V0_9);
  }

  /** For surfaces of {@code catalog} (and of the catalogs it extends) in A2UI {@code version}. */
  public static A2uiForModels of(ComponentCatalog catalog, A2uiVersion version) {
    return new A2uiForModels(Objects.requireNonNull(catalog, "catalog"), Objects.requireNonNull(version, "version"));
  }

  /** The catalog. */
  public ComponentCatalog catalog() {
    return catalog;
  }

  /** The A2UI version the texts describe and {@link #read} reads. */
  public A2uiVersion version() {
    return version;
  }

  /** The strict JSON Schema of an answer: {@code {"messages": [...]}}, every object closed. */
  public String strictSchema() {
    String text = strictSchema;
    if (text == null) {
      text = catalog.companion(version, ".a2ui-render.strict.schema.json");
      strictSchema = text;
    }
    return text;
  }

  /** A function tool, {@code render_a2ui_surface}, whose parameters are {@link #strictSchema()}; strict. */
  public String toolDefinition() {
    String text = toolDefinition;
    if (text == null) {
      text = catalog.companion(version, ".a2ui-render.tool.json");
      toolDefinition = text;
    }
    return text;
  }

  /** The prompt text: how surfaces are sent, each component with its props, the functions. */
  public String prompt() {
    String text = prompt;
    if (text == null) {
      text = catalog.companion(version, ".a2ui-prompt.txt");
      prompt = text;
    }
    return text;
  }

  /**
   * Checks a model's answer: reads it as {@link A2ui#parseMessages(String, ComponentCatalog...)}
   * does, or {@link A2uiReader#parseMessages(String, ComponentCatalog...)} in v1.0 (any of its
   * forms, in the model's text or alone), with explicit nulls read as absent
   * properties and a map (an event's {@code context}) read from the list of its entries as the
   * strict schema has the model write them (and so v1.0's {@code createSurface} data model), then validates the messages with
   * {@link A2ui#validate(A2uiVersion, List, ComponentCatalog...)} in this version. Never throws for what the
   * model wrote.
   */
  public ModelAnswer read(String answer) {
    Objects.requireNonNull(answer, "answer");
    MessageText.Placed read;
    try {
      read = A2ui.parseStrictMessages(version, answer, catalog);
    } catch (WidgetParseException e) {
      List<String> problems = new ArrayList<>();
      e.problems().forEach(problem -> problems.add(problem.message()));
      return new ModelAnswer(List.of(), problems);
    }
    List<A2uiProblem> invalid = A2ui.validate(version, read.messages(), catalog);
    if (invalid.isEmpty()) {
      return new ModelAnswer(read.messages(), List.of());
    }
    List<String> problems = new ArrayList<>();
    for (A2uiProblem problem : invalid) {
      problems.add("At " + where(problem.pointer(), read.places()) + ": " + problem.message());
    }
    return new ModelAnswer(List.of(), problems);
  }

  /**
   * Validation's pointer, which counts messages from 0 across the answer, as a place in the text
   * the model wrote: the pointer within the JSON that holds the message, and the block that holds
   * that JSON ("/messages/1/updateComponents in the 2nd ```json block"); a message a v1.0
   * createSurface brought is placed in that createSurface.
   */
  private static String where(String pointer, List<MessageText.Place> places) {
    int index = Pointers.messageIndex(pointer);
    int slash = pointer.indexOf('/', 1);
    String rest = slash < 0 ? "" : pointer.substring(slash);
    MessageText.Place place = places.get(index);
    if (index > 0 && places.get(index - 1).equals(place)) {
      // A v1.0 createSurface brought this message: its components and data model are the createSurface's.
      rest = rest.replaceFirst("^/updateComponents/", "/createSurface/")
          .replaceFirst("^/updateDataModel/value", "/createSurface/dataModel");
    }
    String within = place.pointer() + rest;
    return (within.isEmpty() ? "the document root" : within) + (place.block().isEmpty() ? "" : " in " + place.block());
  }

  @Override
  public String toString() {
    return "A2uiForModels(" + catalog.id() + ", " + version.wireName() + ")";
  }
}
