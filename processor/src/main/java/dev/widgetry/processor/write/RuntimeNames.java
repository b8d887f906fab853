package dev.widgetry.processor.write;

import com.palantir.javapoet.ClassName;

/** The runtime types generated code uses, named here because the processor never links the runtime. */
final class RuntimeNames {
  private static final String SPI = "dev.widgetry.runtime.spi";

  static final ClassName WIDGET_CODEC = ClassName.get("dev.widgetry.runtime", "WidgetCodec");
  static final ClassName GENERATED_CODEC = ClassName.get(SPI, "GeneratedCodec");
  static final ClassName WIDGET_WRITER = ClassName.get(SPI, "WidgetWriter");
  static final ClassName WIDGET_READER = ClassName.get(SPI, "WidgetReader");
  static final ClassName WIDGET_REGISTRY = ClassName.get(SPI, "WidgetRegistry");
  static final ClassName ENCODED_STRING = ClassName.get(SPI, "EncodedString");
  static final ClassName ENUM_NAMES = ClassName.get(SPI, "EnumNames");
  static final ClassName OPTIONAL_MEMBERS = ClassName.get(SPI, "OptionalMembers");
  static final ClassName REQUIRED_MEMBERS = ClassName.get(SPI, "RequiredMembers");
  static final ClassName STRING_LISTS = ClassName.get(SPI, "StringLists");
  static final ClassName NAME_TABLE = ClassName.get(SPI, "NameTable");
  static final ClassName PROPERTY_ORDER = ClassName.get(SPI, "PropertyOrder");
  static final ClassName JSON_KIND = ClassName.get(SPI, "JsonKind");
  static final ClassName CHECKS = ClassName.get(SPI, "Checks");
  static final ClassName ACTION_TABLE = ClassName.get(SPI, "ActionTable");
  static final ClassName TREE_WRITER = ClassName.get(SPI, "TreeWriter");
  static final ClassName ACTION_CONTEXT = ClassName.get("dev.widgetry.runtime", "ActionContext");
  static final ClassName ACTION_CONFIG = ClassName.get("dev.widgetry.chatkit", "ActionConfig");
  /** For props marked {@code @A2uiSince} or {@code @A2uiUntil}: A2UI records, with widgetry-a2ui at hand. */
  static final ClassName A2UI_VERSION_GATE = ClassName.get("dev.widgetry.a2ui", "A2uiVersionGate");
  static final ClassName A2UI_VERSIONS = ClassName.get("dev.widgetry.a2ui", "A2uiVersions");
  static final ClassName A2UI_VERSION = ClassName.get("dev.widgetry.a2ui", "A2uiVersion");
  /** For enums with constants marked {@code @A2uiSince} or {@code @A2uiUntil}. */
  static final ClassName A2UI_ENUM_VERSIONS = ClassName.get("dev.widgetry.a2ui", "A2uiEnumVersions");
  static final ClassName JSON_NODE = ClassName.get("com.fasterxml.jackson.databind", "JsonNode");
  static final ClassName GENERATED = ClassName.get("javax.annotation.processing", "Generated");

  private RuntimeNames() {}
}
