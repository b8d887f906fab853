package dev.widgetry.a2ui;

import com.fasterxml.jackson.databind.JsonNode;
import dev.widgetry.a2ui.basic.BasicCatalog;
import java.util.List;

/**
 * A version of the A2UI wire: what {@code "version"} says, and what a reader accepts for it. Every
 * message written carries its version first; the envelope codec and the reader take one, so a
 * later wire version is another constant here rather than another set of records. Validation
 * checks the records, whatever version they were read from or will be written in, by the rules of
 * v0.9, and its pointers are into their v0.9 form.
 */
public enum A2uiVersion {
  /** v0.9, the wire the official web renderers draw; v0.9.1 changed only A2A's extension URI, so reads as v0.9. */
  V0_9("v0.9", List.of("v0.9", "v0.9.1"), BasicCatalog.ID),
  /**
   * v1.0: the same components and bindings; calls carry no {@code returnType}, {@code createSurface}
   * has no theme and may bring the components and the data model, {@code updateDataModel} deletes
   * with an explicit {@code null}, and the basic catalog has an id of its own.
   */
  V1_0("v1.0", List.of("v1.0"), "https://a2ui.org/specification/v1_0/catalogs/basic/catalog.json");

  /** Every version: {@code values()} copies its array on each call, and {@link #reading} runs per gated prop read. */
  private static final A2uiVersion[] ALL = values();

  private final String wireName;
  private final List<String> accepted;
  private final String basicCatalogId;

  A2uiVersion(String wireName, List<String> accepted, String basicCatalogId) {
    this.wireName = wireName;
    this.accepted = accepted;
    this.basicCatalogId = basicCatalogId;
  }

  /** What messages of this version say in {@code "version"}: {@code "v0.9"}. */
  public String wireName() {
    return wireName;
  }

  /** The {@code "version"} values read as this version. */
  public List<String> accepted() {
    return accepted;
  }

  /** The id the basic catalog has in this version. */
  public String basicCatalogId() {
    return basicCatalogId;
  }

  /**
   * The version to write for a client that sent these capabilities: the highest of those it names
   * ({@code {"v0.9": {...}, "v1.0": {...}}}, A2UI's client and renderer capabilities, alone or under
   * {@code "a2uiClientCapabilities"} or {@code "a2uiRendererCapabilities"}); v0.9 when it names none.
   */
  public static A2uiVersion fromCapabilities(JsonNode capabilities) {
    JsonNode named = capabilities;
    if (capabilities != null && capabilities.has("a2uiRendererCapabilities")) {
      named = capabilities.get("a2uiRendererCapabilities");
    } else if (capabilities != null && capabilities.has("a2uiClientCapabilities")) {
      named = capabilities.get("a2uiClientCapabilities");
    }
    A2uiVersion chosen = V0_9;
    for (A2uiVersion version : values()) {
      if (named != null && named.isObject() && named.has(version.wireName)) {
        chosen = version;
      }
    }
    return chosen;
  }

  /** The catalog id a message of this version carries for {@code catalogId}, as Java code names it. */
  String catalogIdOnWire(String catalogId) {
    return catalogId.equals(BasicCatalog.ID) ? basicCatalogId : catalogId;
  }

  /** The catalog id Java code names for {@code catalogId} read in a message of this version. */
  String catalogIdInJava(String catalogId) {
    return catalogId.equals(basicCatalogId) ? BasicCatalog.ID : catalogId;
  }

  /** The version whose messages say {@code wireName}, or null (for a null name too). */
  static A2uiVersion reading(String wireName) {
    if (wireName == null) {
      return null;
    }
    // A writer's own name, the very string, asked at each versioned prop it writes: no comparison of chars.
    for (A2uiVersion version : ALL) {
      if (version.wireName == wireName) {
        return version;
      }
    }
    for (A2uiVersion version : ALL) {
      if (version.accepted.contains(wireName)) {
        return version;
      }
    }
    return null;
  }
}
