package dev.widgetry.processor.diag;

/**
 * Every compile error the processor reports, in one place. Each message starts with a stable tag
 * ({@code [WidgetOnClass]}) that tests and searches can rely on, says what is wrong, and says what
 * to write instead.
 */
public enum Message {
  WIDGET_ON_CLASS(
      "WidgetOnClass",
      "@Widget goes on a record or a sealed interface, and %s is a class. Declare it as a record:"
          + " record %s(...) {}"),
  WIDGET_ON_ENUM(
      "WidgetOnEnum",
      "@Widget cannot go on enum %s: an enum is written as a JSON string wherever a widget uses it,"
          + " so it needs no annotation. Remove @Widget"),
  WIDGET_ON_ANNOTATION(
      "WidgetOnAnnotation", "@Widget goes on a record or a sealed interface, and %s is an annotation type"),
  WIDGET_ON_OPEN_INTERFACE(
      "WidgetOnOpenInterface",
      "@Widget on interface %s declares a union, so the interface must be sealed: declare it as"
          + " sealed interface %s permits ... and list its @Widget records"),
  GENERIC_WIDGET(
      "GenericWidget",
      "@Widget %s cannot have type parameters: its codec must know every component's JSON type at"
          + " compile time. Remove <%s> and use concrete types"),
  INACCESSIBLE_WIDGET(
      "InaccessibleWidget",
      "@Widget %s is %s, so its generated codec cannot reach it. Make it package-private or public"
          + " and nest it only in classes that are"),
  INVALID_TYPE_NAME(
      "InvalidTypeName",
      "@Widget(\"%s\") on %s is not a usable type name: %s. Use letters, digits and . _ -, or leave"
          + " it empty for \"%s\""),
  UNSUPPORTED_TYPE(
      "UnsupportedType",
      "%s has type %s, which has no JSON form. Use a @Widget record, an enum, String, a"
          + " number or boolean, List, Set, Map<String, T>, Optional, a java.time date, or JsonNode"),
  OBJECT_TYPE(
      "ObjectType",
      "%s has type %s, which says nothing about its JSON. Use a @Widget record, a sealed"
          + " @Widget interface for a choice of records, or JsonNode for any JSON"),
  RAW_TYPE(
      "RawType", "%s has raw type %s: name its type arguments, as in %s"),
  WILDCARD_TYPE(
      "WildcardType",
      "%s has type %s: a wildcard leaves the JSON type open. Name the type exactly, as in %s"),
  TYPE_VARIABLE(
      "TypeVariable",
      "%s has type variable %s, whose JSON type is unknown at compile time. Use a concrete"
          + " type"),
  MAP_KEY_NOT_STRING(
      "MapKeyNotString",
      "%s has type %s, but JSON object keys are strings. Use Map<String, %s>"),
  CONCRETE_COLLECTION(
      "ConcreteCollection",
      "%s has type %s. Declare the interface instead, %s, and the parser picks the"
          + " implementation"),
  OPTIONAL_INSIDE(
      "OptionalInside",
      "%s has type %s: Optional marks a component that may be absent, not an element or"
          + " a map value. Use %s instead"),
  GENERIC_ARRAY(
      "GenericArray", "%s has type %s: Java cannot create arrays of it. Use %s"),
  INACCESSIBLE_TYPE(
      "InaccessibleType",
      "%s has type %s, which is %s, so the generated codec cannot name it. Make it"
          + " package-private or public"),
  NOT_A_WIDGET(
      "NotAWidget",
      "%s has type %s, a %s that is not a @Widget, so it has no codec. Annotate %s with"
          + " @Widget"),
  MISSING_CODEC(
      "MissingCodec",
      "%s has type %s, a @Widget compiled without widgetry-processor, so it has no codec"
          + " (%s is missing). Put widgetry-processor on that module's annotation processor path"),
  DUPLICATE_JSON_NAME(
      "DuplicateJsonName",
      "Components %s and %s of %s both have the JSON name \"%s\". Rename one, or give it another"
          + " name with @JsonProperty"),
  BLANK_JSON_NAME(
      "BlankJsonName",
      "@JsonProperty on %s gives a blank name. Give a name, or remove the annotation to use \"%s\""),
  INVALID_JSON_NAME(
      "InvalidJsonName",
      "@JsonProperty on %s gives \"%s\", which %s. Use a name without control characters or"
          + " surrounding whitespace"),
  DUPLICATE_ENUM_NAME(
      "DuplicateEnumName",
      "Constants %s and %s of enum %s both have the JSON name \"%s\". Give one another name with"
          + " @JsonProperty"),
  RESERVED_TYPE_PROPERTY(
      "ReservedTypeProperty",
      "Component %s of %s has the JSON name \"%s\", which holds %s's type name because %s. Rename"
          + " it, or give it another JSON name with @JsonProperty"),
  DISCRIMINATOR_ON_RECORD(
      "DiscriminatorOnRecord",
      "@Widget(discriminator = \"%s\") on record %s: a discriminator names the property a union's"
          + " members are tagged by, so it goes on the sealed @Widget interface that permits %s. Move it"
          + " there"),
  INVALID_DISCRIMINATOR(
      "InvalidDiscriminator",
      "@Widget(discriminator = \"%s\") on %s is not a usable property name: %s. Give a JSON property"
          + " name such as \"component\", or leave it out for \"%s\""),
  DISCRIMINATOR_ON_UNTAGGED_UNION(
      "DiscriminatorOnUntaggedUnion",
      "@Widget(discriminator = \"%s\") on %s: the union is untagged (%s), so no property holds its"
          + " members' names. Remove the discriminator, or %s"),
  CONFLICTING_DISCRIMINATORS(
      "ConflictingDiscriminators",
      "%s belongs to union %s, tagged by \"%s\", and to union %s, tagged by \"%s\", but its"
          + " records write one tag property. Give %s and %s the same discriminator, or split %s"),
  NESTED_DISCRIMINATOR(
      "ConflictingDiscriminators",
      "@Widget(discriminator = \"%s\") on %s differs from \"%s\", the discriminator of union %s,"
          + " which permits it, and its records belong to both unions. Use \"%s\", or leave it out"
          + " to inherit it"),
  BUILDER_WITHOUT_RECORD(
      "BuilderWithoutRecord",
      "@WidgetBuilder goes on a @Widget record, and %s is %s. Remove @WidgetBuilder, or make %s a"
          + " @Widget record"),
  UNION_MEMBER_NOT_WIDGET(
      "UnionMemberNotWidget",
      "%s is permitted by the sealed @Widget interface %s but is not a @Widget. Annotate %s with"
          + " @Widget"),
  UNION_MEMBER_NOT_RECORD(
      "UnionMemberNotRecord",
      "%s is permitted by the sealed @Widget interface %s but is %s. The members of a union are"
          + " @Widget records, or sealed @Widget interfaces of them"),
  DUPLICATE_TYPE_NAME(
      "DuplicateTypeName",
      "Members %s and %s of union %s both have the %s \"%s\". Give one another name with"
          + " @Widget(\"...\")"),
  AMBIGUOUS_UNTAGGED_UNION(
      "AmbiguousUntaggedUnion",
      "Untagged union %s cannot tell %s from %s: both are written as %s. Make their JSON kinds"
          + " differ (a number, a string, an object...), or give the objects properties of their own;"
          + " or remove @JsonValue from every member so that the union is tagged by \"type\""),
  AMBIGUOUS_DEDUCED_UNION(
      "AmbiguousUntaggedUnion",
      "Untagged union %s cannot tell %s from %s: both are written as %s. Give each of them a property"
          + " the other does not have, so that the properties present tell them apart; or remove"
          + " @JsonTypeInfo(use = DEDUCTION) so that the union is tagged by \"type\""),
  AMBIGUOUS_DEDUCED_VALUE_UNION(
      "AmbiguousUntaggedUnion",
      "Untagged union %s cannot tell %s from %s: both are written as %s. Make their JSON kinds differ (a"
          + " number, a string, an object...), or give the objects properties of their own; or remove"
          + " @JsonTypeInfo(use = DEDUCTION), and @JsonValue from every member, so that the union is tagged"
          + " by \"type\""),
  A2UI_CATALOG_TARGET(
      "A2uiCatalogTarget",
      "@A2uiCatalog goes on a sealed @Widget(discriminator = \"component\") interface that extends A2uiComponent,"
          + " and %s %s. %s"),
  A2UI_COMMON_PROPS(
      "A2uiCommonProps",
      "%s is a component of catalog %s, and every A2UI component accepts %s, so the record must read it: add %s"),
  COMPONENT_REF_TYPE(
      "ComponentRefType",
      "@ComponentRef on %s: a reference to a component is its id, and %s has type %s. Use String, or"
          + " List<String> for several"),
  A2UI_SINCE_REQUIRED(
      "A2uiSinceRequired",
      "%s is required and @A2uiSince(%s): messages of the A2UI versions before it could not carry it, so a prop"
          + " that exists from a version on is optional. Make %s optional, or remove @A2uiSince"),
  A2UI_UNTIL_REQUIRED(
      "A2uiUntilRequired",
      "%s is required and @A2uiUntil(%s): messages of the A2UI versions after it could not carry it, so a prop"
          + " that exists up to a version is optional. Make %s optional, or remove @A2uiUntil"),
  A2UI_VERSIONED_NOT_MEMBER(
      "A2uiVersionedNotMember",
      "@%s(%s) on record %s, which no tagged union permits: a whole record exists in some A2UI versions only as"
          + " a member of a tagged union, whose readers of the other versions read its tag as unknown. Put @%s on"
          + " the props that hold %s instead, or make it a member of a sealed @Widget(discriminator = ...)"
          + " interface"),
  A2UI_VERSIONED_FIELD(
      "A2uiVersionedField",
      "@%s on field %s of %s: only a prop of a @Widget record, an enum constant or a tagged union's member"
          + " record exists in some A2UI versions only, and no generated code reads it here. Remove @%s, or put it"
          + " on a record component"),
  A2UI_VERSIONED_COMPONENT(
      "A2uiVersionedComponent",
      "@%s(%s) on component %s of catalog %s: a catalog has its components in every A2UI version it is written"
          + " in. Remove @%s, and mark the component's own props with @A2uiSince or @A2uiUntil instead"),
  A2UI_CONSTANT_WITHOUT_VERSION(
      "A2uiConstantWithoutVersion",
      "%s is @A2uiSince(%s) and @A2uiUntil(%s): no A2UI version has it. Make @A2uiSince name a version no later"
          + " than @A2uiUntil's, or remove the constant"),
  A2UI_ENUM_WITHOUT_CONSTANTS(
      "A2uiEnumWithoutConstants",
      "Enum %s has no constant in A2UI %s: @A2uiSince or @A2uiUntil leaves that version out of every one, so a"
          + " prop of it could hold nothing there. Leave at least one constant in every version"),
  A2UI_BINDABLE_TYPE(
      "A2uiBindableType",
      "@A2uiBindableSince(%s) on %s, of type %s: it marks a prop that holds a literal before that version and a"
          + " binding or a call too from it on. Give %s the type DynamicString, DynamicNumber or DynamicBoolean, or"
          + " remove @A2uiBindableSince"),
  A2UI_CATALOG_ID_PROP(
      "A2uiCatalogIdProp",
      "%s is a component of catalog %s, and its prop %s (\"%s\" in JSON, %s) is named catalogId in Java or"
          + " in JSON without being a String named catalogId in both: A2UI v1.0's catalogId is read through the"
          + " accessor and written by its JSON name, so the component would carry it twice or not at all. Make it"
          + " a String named catalogId in both, or rename it in both"),
  CATALOG_NAME_CLASH(
      "CatalogNameClash",
      "%s is named \"%s\" in catalog %s, which extends the basic catalog, and the basic catalog has a"
          + " component \"%s\". Give it another name with @Widget(\"...\")"),
  INVALID_A2UI_SCHEMA(
      "InvalidA2uiSchema",
      "%s on %s is not a JSON object: %s. Write the JSON Schema keywords to merge, such as {\"minItems\": 1}"),
  MISSING_BASIC_CATALOG(
      "MissingBasicCatalog",
      "Catalog %s extends the basic catalog, whose document (%s) is not on the class path. Put widgetry-a2ui on"
          + " the class path, or say @A2uiCatalog(extendsBasic = false)"),
  DUPLICATE_CATALOG_ID(
      "DuplicateCatalogId",
      "Catalogs %s and %s both have the id \"%s\"; createSurface names a catalog by its id. Give each its own"),
  JSON_VALUE_NOT_SOLE(
      "JsonValueNotSole",
      "@JsonValue on %s: a record written as one value must have exactly one component, and %s has"
          + " %d. Remove @JsonValue, or split the record"),
  CONSTRAINT_NOT_APPLICABLE(
      "ConstraintNotApplicable", "@%s on %s does not apply to %s. %s"),
  INVALID_CONSTRAINT("InvalidConstraint", "@%s on %s: %s"),
  INVALID_ACTION_TYPE(
      "InvalidActionType",
      "@OnAction(\"%s\") on %s is not a usable action type: %s. Use letters, digits and . _ - :, as in"
          + " \"cart.add\""),
  DUPLICATE_ACTION_TYPE(
      "DuplicateActionType",
      "Action type \"%s\" is handled by both %s and %s. Give each method its own action type"),
  DUPLICATE_TOOL_NAME(
      "DuplicateToolName",
      "Action type \"%s\" and action type \"%s\" (%s) are both offered to models as the tool \"%s\", so"
          + " a model could call only one of them. Rename one action type"),
  PRIVATE_HANDLER(
      "PrivateHandler",
      "@OnAction method %s is private, so the generated dispatch table cannot call it. Make it"
          + " package-private or public"),
  HANDLER_IN_INNER_CLASS(
      "HandlerInInnerClass",
      "@OnAction method %s is in %s, %s, which the generated dispatch table cannot reach. Move it to a"
          + " top-level class or a static nested class"),
  INACCESSIBLE_HANDLER(
      "InaccessibleHandler",
      "@OnAction method %s is in %s, which is %s, so the generated dispatch table cannot reach it. Make"
          + " it package-private or public"),
  TOO_MANY_PAYLOADS(
      "TooManyPayloads",
      "@OnAction method %s takes %s: an action has one payload. Put the values in one @Widget record,"
          + " and keep ActionContext for the rest"),
  UNSUPPORTED_RETURN_TYPE(
      "UnsupportedReturnType",
      "@OnAction method %s returns %s. Return void, a widget root (Card, ListView, Basic), an"
          + " ActionResult, A2UI server messages (an A2uiAnswer, a ServerMessage, a List<ServerMessage>, a"
          + " Surface), a Reply (one answer per protocol), the value of an A2UI agent function (a @Widget type, a"
          + " String, a number, a boolean, a JsonNode), or a CompletionStage of one of these"),
  OVERLOADED_HANDLER(
      "OverloadedHandler",
      "@OnAction methods %s in %s share one name, and the generated action factories are named after"
          + " them. Give each its own name"),
  TEMPLATE_FILE_NOT_FOUND(
      "TemplateFileNotFound",
      "%s was not found; searched %s. Put it under src/main/resources, or name its folder with the"
          + " processor option -Awidgetry.templates=<folder>"),
  TEMPLATE_FILE_UNREADABLE("TemplateFileUnreadable", "%s could not be read: %s"),
  TEMPLATE_FILE_NOT_JSON(
      "TemplateFileNotJson", "%s: the file is not JSON: %s. Export the widget again from the Widget Builder"),
  TEMPLATE_FILE_FIELD("TemplateFileField", "%s: the file %s; %s"),
  TEMPLATE_VERSION(
      "TemplateVersion",
      "%s: version %s is not supported: chatkit-python renders only version \"1.0\". Export the widget"
          + " again from the Widget Builder"),
  TEMPLATE_SCHEMA("TemplateSchema", "%s: the jsonSchema %s; %s"),
  TEMPLATE_SYNTAX("TemplateSyntax", "%s: the template is not valid Jinja: %s"),
  TEMPLATE_UNSUPPORTED(
      "TemplateUnsupported",
      "%s: %s is not part of the template language widget templates use (what the Widget Builder"
          + " exports); write it with outputs, if, for, set, and the filters tojson, default, length and int"),
  TEMPLATE_NOT_JSON("TemplateNotJson", "%s: the template does not render JSON: %s"),
  TEMPLATE_UNKNOWN_VARIABLE("TemplateUnknownVariable", "%s: %s is not defined: the data has %s%s"),
  TEMPLATE_UNKNOWN_FIELD("TemplateUnknownField", "%s: %s has no field \"%s\": its schema declares %s%s"),
  TEMPLATE_DICT_METHOD(
      "TemplateDictMethod",
      "%s: %s reads the dict method %s, not the field: Jinja looks attributes up before keys. Write %s"),
  TEMPLATE_UNGUARDED(
      "TemplateUnguarded",
      "%s: %s, and %s fails the render then (StrictUndefined). Guard it with {%% if %s is defined %%}, or give"
          + " a default: %s | default(...)"),
  TEMPLATE_WRONG_KIND("TemplateWrongKind", "%s: %s is %s, and %s"),
  TEMPLATE_RAW_OUTPUT("TemplateRawOutput", "%s: {{ %s }} writes %s as Python prints it, %s. Write {{ %s | tojson }}"),
  TEMPLATE_UNKNOWN_COMPONENT("TemplateUnknownComponent", "%s: \"%s\" is not %s%s"),
  TEMPLATE_UNKNOWN_PROP("TemplateUnknownProp", "%s: %s has no prop \"%s\"%s"),
  TEMPLATE_PROP_KIND("TemplatePropKind", "%s: %s takes %s, and the template gives %s%s"),
  TEMPLATE_MISSING_PROP("TemplateMissingProp", "%s: %s needs \"%s\", and %s"),
  TEMPLATE_DUPLICATE_PROP(
      "TemplateDuplicateProp", "%s: \"%s\" is written twice in one object on some path, and JSON keeps only the last"),
  TEMPLATE_NO_CATALOG(
      "TemplateNoCatalog",
      "%s needs the ChatKit catalog (dev.widgetry.chatkit.WidgetRoot) on the class path to check templates"
          + " against. Add the widgetry-chatkit dependency"),
  TEMPLATE_FILE_NAME(
      "TemplateFileName",
      "%s: the file name gives %s, which cannot name a Java type. Rename the file, or bind it to a record of"
          + " yours with @WidgetTemplate"),
  TEMPLATE_NOT_ON_WIDGET(
      "TemplateNotOnWidget",
      "@WidgetTemplate goes on a @Widget record that holds the template's data, and %s is %s. Make it a @Widget"
          + " record, or use @WidgetTemplates to generate the record"),
  TEMPLATE_RECORD_MISMATCH("TemplateRecordMismatch", "%s: %s does not fit the file's jsonSchema: %s"),
  TEMPLATE_STALE_PREVIEW(
      "TemplateStalePreview",
      "%s: outputJsonPreview is not what the template renders from the Builder's sample data: at %s the preview"
          + " has %s and the template renders %s. Export the widget again to refresh the preview"),
  TEMPLATE_ACTION_PAYLOAD(
      "TemplateActionPayload", "%s: the payload of action \"%s\" does not fit %s, which handles it: %s"),
  TEMPLATE_UNHANDLED_ACTION(
      "TemplateUnhandledAction",
      "%s: no @OnAction method in this compilation handles action \"%s\"%s. Add a handler, or check the type's"
          + " spelling"),
  A2UI_TEMPLATE_SHAPE(
      "A2uiTemplateShape",
      "%s: %s; an A2UI component file is an example {\"name\", \"description\", \"messages\": [...]} or a list"
          + " of components, as an A2UI builder exports them"),
  A2UI_TEMPLATE_RECORD(
      "A2uiTemplateRecord",
      "%s is an A2UI component file, which declares no data schema to generate a record from. Bind it to a"
          + " @Widget record of yours with @WidgetTemplate(\"%s\")"),
  A2UI_TEMPLATE_NO_CATALOG(
      "A2uiTemplateNoCatalog",
      "%s needs the A2UI basic catalog (dev.widgetry.a2ui.basic.BasicComponent) on the class path to check the"
          + " file against. Add the widgetry-a2ui dependency"),
  A2UI_TEMPLATE_CATALOG(
      "A2uiTemplateCatalog",
      "%s (%s): catalog \"%s\" is not one component files are checked against: draw the surface from the"
          + " basic catalog, %s"),
  A2UI_TEMPLATE_MESSAGE("A2uiTemplateMessage", "%s (%s): %s"),
  A2UI_TEMPLATE_UNKNOWN_COMPONENT("A2uiTemplateUnknownComponent", "%s (%s): \"%s\" is not a component of catalog %s%s"),
  A2UI_TEMPLATE_UNKNOWN_PROP("A2uiTemplateUnknownProp", "%s (%s): %s has no prop \"%s\"%s"),
  A2UI_TEMPLATE_MISSING_PROP("A2uiTemplateMissingProp", "%s (%s): %s needs \"%s\""),
  A2UI_TEMPLATE_PROP_KIND("A2uiTemplatePropKind", "%s (%s): %s takes %s, and the file gives %s"),
  A2UI_TEMPLATE_UNKNOWN_PATH(
      "A2uiTemplateUnknownPath",
      "%s (%s): the binding \"%s\" names nothing in the data: %s has no field \"%s\"%s. Bind a field of the"
          + " record, or add the field"),
  A2UI_TEMPLATE_PATH_KIND(
      "A2uiTemplatePathKind", "%s (%s): the binding \"%s\" reaches %s, which is %s, and %s takes %s"),
  A2UI_TEMPLATE_DUPLICATE_ID(
      "A2uiTemplateDuplicateId",
      "%s (%s): the id \"%s\" is the id of the component at %s already. Give each component an id of its own"),
  A2UI_TEMPLATE_UNKNOWN_CHILD("A2uiTemplateUnknownChild", "%s (%s): no component has the id \"%s\", which %s%s"),
  GENERATED_NAME_CLASH(
      "GeneratedNameClash",
      "%s and %s would both generate %s. Rename one of them"),
  GENERATED_TYPE_TAKEN(
      "GeneratedTypeTaken",
      "%s is declared in this compilation, and Widgetry generates a type of that name: %s. Rename %s,"
          + " or %s"),
  GENERATED_TYPE_REFUSED(
      "GeneratedTypeTaken",
      "The compiler refused to create %s, %s (%s): a type of that name exists already, declared in"
          + " your sources or generated by another processor. Rename that type, or %s"),
  INVALID_REGISTRY_OPTION(
      "InvalidRegistryOption",
      "-A%s=%s is not a usable name for the registry class: %s. Give a qualified class name, such as"
          + " com.acme.WidgetryRegistry, or leave the option out to use WidgetryRegistry in the package"
          + " the widgets share"),
  WRITE_FAILED(
      "WriteFailed",
      "Widgetry could not write %s: %s. Check that the build's output directory is writable and has"
          + " room"),
  UNRESOLVED_TYPE(
      "UnresolvedType",
      "%s refers to %s, which was still missing when annotation processing ended, so no %s was"
          + " generated for it. Fix the error javac reports for %s"),
  INTERNAL_ERROR(
      "InternalError",
      "Widgetry's processor failed on %s: %s. This is a bug in Widgetry; please report it with"
          + " this message");

  private final String tag;
  private final String template;

  Message(String tag, String template) {
    this.tag = tag;
    this.template = template;
  }

  /** The stable tag, such as {@code WidgetOnClass}. */
  public String tag() {
    return tag;
  }

  /** The full text: {@code [Tag] sentence.} */
  public String format(Object... args) {
    return "[" + tag + "] " + String.format(template, args) + ".";
  }
}
