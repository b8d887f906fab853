package dev.widgetry.processor.read;

import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;

/** JSON names from {@code @JsonProperty}, and what makes one usable. */
public final class JsonNames {
  private JsonNames() {}

  /** The name {@code @JsonProperty} gives, or empty when absent or left to its default (""). */
  static Optional<String> declared(Optional<AnnotationMirror> jsonProperty, Annotations annotations) {
    return jsonProperty.map(mirror -> annotations.stringValue(mirror, "value")).filter(name -> !name.isEmpty());
  }

  /** Why a declared name cannot be used, or null when it can. Blank names are reported separately. */
  public static String problem(String name) {
    if (!name.equals(name.strip())) {
      return "starts or ends with whitespace";
    }
    for (int i = 0; i < name.length(); i++) {
      if (Character.isISOControl(name.charAt(i))) {
        return "contains a control character";
      }
    }
    return null;
  }
}
