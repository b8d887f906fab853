package dev.widgetry.processor.read;

import dev.widgetry.processor.diag.Diagnostics;
import dev.widgetry.processor.diag.Message;
import dev.widgetry.processor.model.GeneratedNames;
import dev.widgetry.processor.model.JavaName;
import dev.widgetry.processor.model.JsonType;
import dev.widgetry.processor.model.ScalarKind;
import dev.widgetry.processor.model.TypeUse;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.type.WildcardType;
import javax.lang.model.util.Elements;

/**
 * Maps a component's Java type to its JSON type, row by row of DESIGN.md's type mapping, and
 * reports every type that has no JSON form with what to use instead.
 */
final class TypeReader {
  private static final Map<String, String> CONCRETE_COLLECTIONS =
      Map.ofEntries(
          Map.entry("java.util.Collection", "List"),
          Map.entry("java.lang.Iterable", "List"),
          Map.entry("java.util.ArrayList", "List"),
          Map.entry("java.util.LinkedList", "List"),
          Map.entry("java.util.HashSet", "Set"),
          Map.entry("java.util.LinkedHashSet", "Set"),
          Map.entry("java.util.TreeSet", "Set"),
          Map.entry("java.util.SortedSet", "Set"),
          Map.entry("java.util.HashMap", "Map"),
          Map.entry("java.util.LinkedHashMap", "Map"),
          Map.entry("java.util.TreeMap", "Map"),
          Map.entry("java.util.SortedMap", "Map"));

  private final Elements elements;
  private final Diagnostics diagnostics;
  private final ConstraintReader constraints;
  private final EnumReader enums;
  private final WidgetShapes shapes;
  private final Predicate<TypeElement> compiledNow;

  /**
   * @param compiledNow whether a {@code @Widget} type is part of this compilation, so that its
   *     codec will exist even though its class file does not yet
   */
  TypeReader(
      Elements elements,
      Diagnostics diagnostics,
      ConstraintReader constraints,
      EnumReader enums,
      WidgetShapes shapes,
      Predicate<TypeElement> compiledNow) {
    this.elements = elements;
    this.diagnostics = diagnostics;
    this.constraints = constraints;
    this.enums = enums;
    this.shapes = shapes;
    this.compiledNow = compiledNow;
  }

  /**
   * What one reading needs to report and record.
   *
   * @param site where diagnostics go: a component's site, or a method parameter
   * @param label the value's name in messages, e.g. {@code Product.name}
   * @param subject how messages start when they talk about it: "Component Product.name"
   */
  record Context(Element site, String label, String subject, String fromPackage, Set<JavaName> dependencies) {}

  /**
   * The JSON type of a component's type, without its top-level constraints (the record reader adds
   * those). Null when an error was reported.
   *
   * @throws UnresolvedTypeException when the type does not exist yet (another processor may
   *     generate it in a later round)
   */
  JsonType readTopLevel(TypeMirror type, Context context) {
    return read(type, context, true);
  }

  private JsonType read(TypeMirror type, Context context, boolean topLevel) {
    switch (type.getKind()) {
      case BOOLEAN:
        return new JsonType.Scalar(ScalarKind.BOOLEAN, true);
      case BYTE:
        return new JsonType.Scalar(ScalarKind.BYTE, true);
      case SHORT:
        return new JsonType.Scalar(ScalarKind.SHORT, true);
      case INT:
        return new JsonType.Scalar(ScalarKind.INT, true);
      case LONG:
        return new JsonType.Scalar(ScalarKind.LONG, true);
      case CHAR:
        return new JsonType.Scalar(ScalarKind.CHAR, true);
      case FLOAT:
        return new JsonType.Scalar(ScalarKind.FLOAT, true);
      case DOUBLE:
        return new JsonType.Scalar(ScalarKind.DOUBLE, true);
      case ARRAY:
        return array((ArrayType) type, context);
      case DECLARED:
        return declared((DeclaredType) type, context, topLevel);
      case TYPEVAR:
        return error(context, Message.TYPE_VARIABLE, context.subject(), type);
      case WILDCARD:
        return error(context, Message.WILDCARD_TYPE, context.subject(), type, suggestionFor((WildcardType) type));
      case ERROR:
        throw new UnresolvedTypeException(type.toString());
      default:
        return error(context, Message.UNSUPPORTED_TYPE, context.subject(), type);
    }
  }

  private JsonType array(ArrayType type, Context context) {
    TypeMirror component = type.getComponentType();
    if (component.getKind() == TypeKind.DECLARED && !((DeclaredType) component).getTypeArguments().isEmpty()) {
      return error(context, Message.GENERIC_ARRAY, context.subject(), type, "List<" + component + ">");
    }
    TypeUse element = element(component, context);
    return element == null ? null : new JsonType.Sequence(JsonType.SequenceKind.ARRAY, element);
  }

  private JsonType declared(DeclaredType type, Context context, boolean topLevel) {
    TypeElement element = (TypeElement) type.asElement();
    String name = element.getQualifiedName().toString();
    ScalarKind scalar = ScalarTypes.byName(name);
    if (scalar != null) {
      return new JsonType.Scalar(scalar, false);
    }
    switch (name) {
      case "java.util.List":
        return sequence(type, JsonType.SequenceKind.LIST, context);
      case "java.util.Set":
        return sequence(type, JsonType.SequenceKind.SET, context);
      case "java.util.Map":
        return map(type, context);
      case "java.util.Optional":
        return optional(type, context, topLevel);
      case "java.util.OptionalInt":
        return primitiveOptional(type, JsonType.OptionalKind.OPTIONAL_INT, ScalarKind.INT, "int", context, topLevel);
      case "java.util.OptionalLong":
        return primitiveOptional(type, JsonType.OptionalKind.OPTIONAL_LONG, ScalarKind.LONG, "long", context, topLevel);
      case "java.util.OptionalDouble":
        return primitiveOptional(type, JsonType.OptionalKind.OPTIONAL_DOUBLE, ScalarKind.DOUBLE, "double", context, topLevel);
      case "java.lang.Object":
        return error(context, Message.OBJECT_TYPE, context.subject(), type);
      default:
        break;
    }
    String collection = CONCRETE_COLLECTIONS.get(name);
    if (collection != null) {
      return error(context, Message.CONCRETE_COLLECTION, context.subject(), type, suggestCollection(type, collection));
    }
    if (element.getKind() == ElementKind.ENUM) {
      if (!reachable(element, context)) {
        return null;
      }
      return enums.read(element, context);
    }
    if (Annotations.isWidget(element)) {
      return widget(element, context);
    }
    if (element.getKind() == ElementKind.RECORD || WidgetShapes.isSealedInterface(element)) {
      String what = element.getKind() == ElementKind.RECORD ? "record" : "sealed interface";
      return error(context, Message.NOT_A_WIDGET, context.subject(), type, what, element.getSimpleName());
    }
    return error(context, Message.UNSUPPORTED_TYPE, context.subject(), type);
  }

  private JsonType widget(TypeElement element, Context context) {
    if (!reachable(element, context)) {
      return null;
    }
    JavaName name = JavaNames.of(element);
    JavaName codec = GeneratedNames.codec(name);
    if (!compiledNow.test(element) && elements.getTypeElement(codec.canonicalName()) == null) {
      return error(context, Message.MISSING_CODEC, context.subject(), element.getQualifiedName(), codec);
    }
    context.dependencies().add(name);
    return new JsonType.WidgetRef(name, shapes.kindOf(element));
  }

  private boolean reachable(TypeElement element, Context context) {
    String obstacle = Access.obstacle(element, context.fromPackage());
    if (obstacle == null) {
      return true;
    }
    error(context, Message.INACCESSIBLE_TYPE, context.subject(), element.getQualifiedName(), obstacle);
    return false;
  }

  private JsonType sequence(DeclaredType type, JsonType.SequenceKind kind, Context context) {
    TypeMirror argument = singleArgument(type, context, kind == JsonType.SequenceKind.LIST ? "List<String>" : "Set<String>");
    if (argument == null) {
      return null;
    }
    TypeUse element = element(argument, context);
    return element == null ? null : new JsonType.Sequence(kind, element);
  }

  private JsonType map(DeclaredType type, Context context) {
    List<? extends TypeMirror> arguments = type.getTypeArguments();
    if (arguments.isEmpty()) {
      return error(context, Message.RAW_TYPE, context.subject(), type, "Map<String, String>");
    }
    TypeMirror key = arguments.get(0);
    boolean stringKey = key.getKind() == TypeKind.DECLARED
        && ((TypeElement) ((DeclaredType) key).asElement()).getQualifiedName().contentEquals("java.lang.String");
    if (!stringKey) {
      return error(context, Message.MAP_KEY_NOT_STRING, context.subject(), type, arguments.get(1));
    }
    TypeMirror valueType = arguments.get(1);
    if (valueType.getKind() == TypeKind.WILDCARD) {
      return error(context, Message.WILDCARD_TYPE, context.subject(), type,
          "Map<String, " + suggestionFor((WildcardType) valueType) + ">");
    }
    TypeUse value = element(valueType, context);
    return value == null ? null : new JsonType.MapOf(value);
  }

  private JsonType optional(DeclaredType type, Context context, boolean topLevel) {
    TypeMirror argument = singleArgument(type, context, "Optional<String>");
    if (argument == null) {
      return null;
    }
    if (!topLevel) {
      return error(context, Message.OPTIONAL_INSIDE, context.subject(), type, argument);
    }
    TypeUse element = element(argument, context);
    return element == null ? null : new JsonType.OptionalOf(JsonType.OptionalKind.OPTIONAL, element);
  }

  private JsonType primitiveOptional(
      DeclaredType type, JsonType.OptionalKind kind, ScalarKind scalar, String primitive, Context context, boolean topLevel) {
    if (!topLevel) {
      return error(context, Message.OPTIONAL_INSIDE, context.subject(), type, primitive);
    }
    return new JsonType.OptionalOf(kind, TypeUse.of(new JsonType.Scalar(scalar, true)));
  }

  /** A type argument or array component, with the constraints annotated on it. */
  private TypeUse element(TypeMirror type, Context context) {
    JsonType json = read(type, context, false);
    if (json == null) {
      return null;
    }
    ConstraintReader.Site site = ConstraintReader.Site.inside(context.site());
    return new TypeUse(json, constraints.read(type.getAnnotationMirrors(), json, site, context.label()));
  }

  private TypeMirror singleArgument(DeclaredType type, Context context, String example) {
    List<? extends TypeMirror> arguments = type.getTypeArguments();
    if (arguments.isEmpty()) {
      error(context, Message.RAW_TYPE, context.subject(), type, example);
      return null;
    }
    TypeMirror argument = arguments.get(0);
    if (argument.getKind() == TypeKind.WILDCARD) {
      String erasure = ((TypeElement) type.asElement()).getSimpleName().toString();
      error(context, Message.WILDCARD_TYPE, context.subject(), type,
          erasure + "<" + suggestionFor((WildcardType) argument) + ">");
      return null;
    }
    return argument;
  }

  private static String suggestionFor(WildcardType wildcard) {
    TypeMirror bound = wildcard.getExtendsBound() != null ? wildcard.getExtendsBound() : wildcard.getSuperBound();
    return bound == null ? "Item" : simpleTypeName(bound);
  }

  private static String suggestCollection(DeclaredType type, String collection) {
    List<? extends TypeMirror> arguments = type.getTypeArguments();
    if (collection.equals("Map")) {
      String value = arguments.size() == 2 ? simpleTypeName(arguments.get(1)) : "V";
      return "Map<String, " + value + ">";
    }
    String element = arguments.size() == 1 ? simpleTypeName(arguments.get(0)) : "T";
    return collection + "<" + element + ">";
  }

  private static String simpleTypeName(TypeMirror type) {
    if (type.getKind() == TypeKind.DECLARED) {
      return ((DeclaredType) type).asElement().getSimpleName().toString();
    }
    return type.toString();
  }

  private JsonType error(Context context, Message message, Object... args) {
    diagnostics.error(context.site(), message, args);
    return null;
  }
}
