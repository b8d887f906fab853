package dev.widgetry.processor.read;

import dev.widgetry.processor.diag.Diagnostics;
import dev.widgetry.processor.diag.Message;
import dev.widgetry.processor.model.A2uiVersionNames;
import dev.widgetry.processor.model.JsonType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;

/**
 * Reads an enum's constants and their JSON names ({@code @JsonProperty("2xl")} on a constant, else
 * its name as written). Each enum is read and checked once, however many widgets use it.
 */
final class EnumReader {
  private final Elements elements;
  private final Annotations annotations;
  private final Diagnostics diagnostics;
  private final Map<TypeElement, Optional<JsonType.EnumType>> cache = new HashMap<>();

  EnumReader(Elements elements, Annotations annotations, Diagnostics diagnostics) {
    this.elements = elements;
    this.annotations = annotations;
    this.diagnostics = diagnostics;
  }

  JsonType.EnumType read(TypeElement enumType, TypeReader.Context context) {
    return cache.computeIfAbsent(enumType, this::readOnce).orElse(null);
  }

  private Optional<JsonType.EnumType> readOnce(TypeElement enumType) {
    int errors = diagnostics.errorCount();
    List<JsonType.EnumConstant> constants = new ArrayList<>();
    Map<String, Element> byJsonName = new LinkedHashMap<>();
    for (Element member : enumType.getEnclosedElements()) {
      if (member.getKind() != ElementKind.ENUM_CONSTANT) {
        continue;
      }
      String javaName = member.getSimpleName().toString();
      Optional<AnnotationMirror> jsonProperty = Annotations.findBySimpleName(member.getAnnotationMirrors(), "JsonProperty");
      String jsonName = JsonNames.declared(jsonProperty, annotations).orElse(javaName);
      if (jsonProperty.isPresent() && !checkName(member, jsonProperty.get(), jsonName, javaName)) {
        continue;
      }
      Element clash = byJsonName.putIfAbsent(jsonName, member);
      if (clash != null) {
        diagnostics.error(member, Message.DUPLICATE_ENUM_NAME, clash.getSimpleName(), javaName,
            enumType.getSimpleName(), jsonName);
        continue;
      }
      constants.add(versioned(enumType, member, javaName, jsonName));
    }
    if (diagnostics.errorCount() == errors) {
      checkEveryVersionHasOne(enumType, constants);
    }
    if (diagnostics.errorCount() != errors) {
      return Optional.empty();
    }
    String description = Javadoc.parse(elements.getDocComment(enumType)).description();
    return Optional.of(new JsonType.EnumType(JavaNames.of(enumType), constants, description));
  }

  /**
   * The constant with the versions {@code @A2uiSince} and {@code @A2uiUntil} on it give it, as v1.0's
   * Text variants have no headings; one that no version would have is reported.
   */
  private JsonType.EnumConstant versioned(TypeElement enumType, Element constant, String javaName, String jsonName) {
    Optional<AnnotationMirror> since = Annotations.findByQualifiedName(constant, RecordReader.A2UI_SINCE);
    Optional<AnnotationMirror> until = Annotations.findByQualifiedName(constant, RecordReader.A2UI_UNTIL);
    String first = since.map(mirror -> annotations.constantName(mirror, "value")).orElse(null);
    String last = until.map(mirror -> annotations.constantName(mirror, "value")).orElse(null);
    if (first != null && last != null && A2uiVersionNames.ORDER.indexOf(first) > A2uiVersionNames.ORDER.indexOf(last)) {
      diagnostics.error(constant, until.get(), Message.A2UI_CONSTANT_WITHOUT_VERSION,
          enumType.getSimpleName() + "." + javaName, first, last);
    }
    return new JsonType.EnumConstant(javaName, jsonName, first, last);
  }

  /** Reports a version whose messages could hold none of the enum's constants. */
  private void checkEveryVersionHasOne(TypeElement enumType, List<JsonType.EnumConstant> constants) {
    if (constants.isEmpty()) {
      return;
    }
    for (String version : A2uiVersionNames.ORDER) {
      if (constants.stream().noneMatch(constant -> A2uiVersionNames.has(constant.since(), constant.until(), version))) {
        diagnostics.error(enumType, Message.A2UI_ENUM_WITHOUT_CONSTANTS, enumType.getSimpleName(),
            A2uiVersionNames.wireName(version));
        return;
      }
    }
  }

  private boolean checkName(Element constant, AnnotationMirror mirror, String jsonName, String javaName) {
    AnnotationValue value = Annotations.explicitValue(mirror, "value");
    if (jsonName.isBlank()) {
      diagnostics.error(constant, mirror, value, Message.BLANK_JSON_NAME, javaName, javaName);
      return false;
    }
    String problem = JsonNames.problem(jsonName);
    if (problem != null) {
      diagnostics.error(constant, mirror, value, Message.INVALID_JSON_NAME, javaName, jsonName, problem);
      return false;
    }
    return true;
  }
}
