package dev.widgetry.a2ui;

import dev.widgetry.a2ui.basic.BasicCatalog;
import dev.widgetry.runtime.ParseOptions;
import dev.widgetry.runtime.WidgetParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Reads server messages of one A2UI wire version into the same records whichever it is, in the
 * forms {@link A2ui#parseMessages(String)} reads. As v1.0: the basic catalog's v1.0 id reads as
 * {@link BasicCatalog#ID}; a {@code createSurface} that brings components or a data model reads as
 * the {@code createSurface}, an {@code updateComponents} and an {@code updateDataModel} it stands
 * for (so pointers of {@link A2ui#validate} count those); {@code "value": null} deletes; a component
 * is read by the catalog its {@code catalogId} names, which must be one of those given; a function
 * call's {@code catalogId} must name one of those given too, which has the basic functions.
 */
public final class A2uiReader {
  private static final Map<A2uiVersion, A2uiReader> BY_VERSION = Map.of(
      A2uiVersion.V0_9, new A2uiReader(A2uiVersion.V0_9),
      A2uiVersion.V1_0, new A2uiReader(A2uiVersion.V1_0));

  private final A2uiVersion version;
  private final MessageReader basic;
  private final ClientMessageReader client;

  private A2uiReader(A2uiVersion version) {
    this.version = version;
    this.basic = messageReader(version, List.of());
    this.client = new ClientMessageReader(version, ParseOptions.defaults());
  }

  static A2uiReader of(A2uiVersion version) {
    return BY_VERSION.get(Objects.requireNonNull(version, "version"));
  }

  /** The version this reader reads. */
  public A2uiVersion version() {
    return version;
  }

  /**
   * The server messages of the basic catalog in {@code json}.
   *
   * @throws WidgetParseException for anything this version's schemas refuse, every problem with its pointer
   */
  public List<ServerMessage> parseMessages(String json) {
    return MessageText.read(Objects.requireNonNull(json, "json"), basic, ParseOptions.defaults());
  }

  /** Like {@link #parseMessages(String)}, for surfaces of these catalogs too (and of the catalogs they extend). */
  public List<ServerMessage> parseMessages(String json, ComponentCatalog... catalogs) {
    return MessageText.read(Objects.requireNonNull(json, "json"), messageReader(version, List.of(catalogs)),
        ParseOptions.defaults());
  }

  /**
   * What a renderer of this version sends back, in the forms {@link A2ui#parseClientMessage} reads.
   * A v1.0 action's {@code userMessage} and {@code metadata} are its {@link ActionMessage#userMessage()}
   * and {@link ActionMessage#metadata()} (a v0.9 action keeps them among its {@code others()}); a v1.0
   * error may be a validation failure of v1.0's three codes, or name a function call in place of a
   * surface ({@link ErrorMessage#functionCallId()}).
   *
   * @throws WidgetParseException when the JSON is none of these, listing every problem
   */
  public ClientMessage parseClientMessage(String json) {
    return client.read(Objects.requireNonNull(json, "json"));
  }

  /** A reader of {@code version}'s messages whose surfaces are of the basic catalog or of {@code catalogs}. */
  static MessageReader messageReader(A2uiVersion version, List<ComponentCatalog> catalogs) {
    Map<String, ComponentCatalog> byId = new LinkedHashMap<>();
    A2uiSession.withBasic(catalogs).forEach(catalog -> byId.put(catalog.id(), catalog));
    return new MessageReader(version, byId);
  }

}
