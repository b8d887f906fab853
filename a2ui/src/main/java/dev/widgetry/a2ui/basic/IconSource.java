package dev.widgetry.a2ui.basic;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.widgetry.a2ui.A2uiBindableSince;
import dev.widgetry.a2ui.A2uiVersion;
import dev.widgetry.a2ui.DynamicString;
import dev.widgetry.a2ui.StringLiteral;
import dev.widgetry.a2ui.StringPath;
import dev.widgetry.annotations.Widget;
import java.util.Objects;

/**
 * The icon an Icon shows: one of the catalog's names ({@code "home"}), an SVG path
 * ({@code {"svgPath": "M0 0h24v24H0z"}}), or a binding to a name in the data model
 * ({@code {"path": "/status/icon"}}).
 */
@Widget
public sealed interface IconSource permits IconSource.Named, IconSource.Svg, IconSource.Bound {

  /** The catalog's icon {@code name}. */
  static IconSource of(IconName name) {
    return new Named(name);
  }

  /** An icon drawn from the SVG path data {@code svgPath}. */
  static IconSource svg(String svgPath) {
    return new Svg(new StringLiteral(Objects.requireNonNull(svgPath, "svgPath")));
  }

  /**
   * An icon drawn from SVG path data that is bound or computed ({@code {"path": "/icon/svg"}}): A2UI
   * v1.0 and later; v0.9 takes a literal path only.
   */
  static IconSource svg(DynamicString svgPath) {
    return new Svg(svgPath);
  }

  /** The icon whose name is the string at {@code name} in the data model. */
  static IconSource bind(StringPath name) {
    return new Bound(name.pointer());
  }

  /** One of the catalog's named icons. */
  @Widget
  record Named(@JsonValue IconName name) implements IconSource {
    public Named {
      Objects.requireNonNull(name, "name");
    }
  }

  /**
   * An icon drawn from SVG path data.
   *
   * @param svgPath the path's {@code d} attribute
   */
  @Widget
  record Svg(@JsonProperty(required = true) @A2uiBindableSince(A2uiVersion.V1_0) DynamicString svgPath)
      implements IconSource {
    // A literal in A2UI v0.9; a binding or a call too from v1.0 on.
    public Svg {
      Objects.requireNonNull(svgPath, "svgPath");
    }
  }

  /**
   * A binding to an icon's name in the data model.
   *
   * @param pointer where the name is, a JSON Pointer
   */
  @Widget
  record Bound(@JsonProperty(value = "path", required = true) String pointer) implements IconSource {
    public Bound {
      Objects.requireNonNull(pointer, "pointer");
    }
  }
}
