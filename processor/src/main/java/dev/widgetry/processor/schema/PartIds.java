package dev.widgetry.processor.schema;

import dev.widgetry.processor.model.JavaName;
import dev.widgetry.schema.internal.SchemaParts;
import java.util.List;

/**
 * The ids by which a {@linkplain SchemaParts part} refers to a widget or enum: {@code
 * com.acme/Outer.Inner}, the package and the nested name, so the name can be split back.
 */
final class PartIds {
  private PartIds() {}

  /** {@code com.acme/Outer.Inner}: the name a part refers to a type by. */
  static String id(JavaName name) {
    return name.packageName() + "/" + name.nestedName();
  }

  static JavaName name(String id) {
    int slash = id.indexOf('/');
    return new JavaName(id.substring(0, slash), List.of(id.substring(slash + 1).split("\\.")));
  }
}
