package dev.widgetry.benchmarks.a2ui;

import dev.widgetry.a2ui.A2ui;
import dev.widgetry.a2ui.A2uiVersion;
import dev.widgetry.a2ui.A2uiWriter;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The read benchmarks' input, the order surface of 46 lines (200 components) as the JSON array of
 * its messages in an A2UI version, and inputs each contender must refuse: one per integrity rule,
 * and one the schema refuses. The broken ones are made from the surface of 8 lines (48 components,
 * every id they change), so that the set-up's checks do not take the generic validator minutes.
 */
public final class SurfaceInputs {
  /** Lines of the order: 4 components each and 16 around them make 200. */
  public static final int LINES = 46;
  private static final int BROKEN_LINES = 8;

  private SurfaceInputs() {}

  /** The valid surface, its createSurface, updateComponents and updateDataModel as {@code version} writes them. */
  public static String valid(A2uiVersion version) {
    return json(A2ui.writer(version), LINES);
  }

  /**
   * Invalid inputs by what is wrong with them: the surface of 8 lines with one change, or a chain
   * too deep; for v1.0 also a dangling reference in components its createSurface carries.
   */
  public static Map<String, String> invalid(A2uiVersion version) {
    String valid = json(A2ui.writer(version), BROKEN_LINES);
    Map<String, String> invalid = new LinkedHashMap<>();
    invalid.put("a duplicate id", replace(valid, "\"id\":\"root-child-5-3-1\"", "\"id\":\"root-child-5-3-0\""));
    invalid.put("a dangling reference", replace(valid, "\"child\":\"root-child-10-child\"", "\"child\":\"pay-label\""));
    invalid.put("a cycle", replace(valid, "\"root-child-5-7-2\"]", "\"root-child-5-7-2\",\"root-child-5\"]"));
    invalid.put("no root", replace(valid, "\"id\":\"root\"", "\"id\":\"top\""));
    invalid.put("a tree 60 deep", chain(version, 60));
    invalid.put("a prop the catalog does not have", replace(valid, "\"text\":\"Total\"", "\"text\":\"Total\",\"colour\":\"red\""));
    if (version == A2uiVersion.V1_0) {
      invalid.put("a dangling reference in createSurface", replace(json(A2ui.writer(version).inlineCreate(),
          BROKEN_LINES), "\"child\":\"root-child-10-child\"", "\"child\":\"pay-label\""));
    }
    return invalid;
  }

  private static String json(A2uiWriter writer, int lines) {
    return writer.toJsonArray(WidgetrySurface.surface(OrderViews.of(lines)).messages());
  }

  private static String replace(String json, String target, String replacement) {
    int at = json.indexOf(target);
    if (at < 0 || json.indexOf(target, at + 1) >= 0) {
      throw new IllegalStateException("the surface does not hold " + target + " exactly once");
    }
    return json.replace(target, replacement);
  }

  /** A surface of Cards under the root, a Text at the bottom, {@code depth} references from the root. */
  public static String chain(A2uiVersion version, int depth) {
    String wire = version.wireName();
    StringBuilder json = new StringBuilder("[{\"version\":\"" + wire + "\",\"createSurface\":{\"surfaceId\":\"deep\","
        + "\"catalogId\":\"" + version.basicCatalogId() + "\"}},{\"version\":\"" + wire + "\",\"updateComponents\":{\"surfaceId\":"
        + "\"deep\",\"components\":[{\"id\":\"root\",\"component\":\"Card\",\"child\":\"c1\"}");
    for (int i = 1; i < depth; i++) {
      json.append(",{\"id\":\"c").append(i).append("\",\"component\":\"Card\",\"child\":\"c").append(i + 1).append("\"}");
    }
    json.append(",{\"id\":\"c").append(depth).append("\",\"component\":\"Text\",\"text\":\"bottom\"}]}}]");
    return json.toString();
  }
}
