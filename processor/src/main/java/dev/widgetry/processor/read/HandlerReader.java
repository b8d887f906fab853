package dev.widgetry.processor.read;

import dev.widgetry.processor.diag.Diagnostics;
import dev.widgetry.processor.diag.Message;
import dev.widgetry.processor.model.ActionHandler;
import dev.widgetry.processor.model.ActionMethod;
import dev.widgetry.processor.model.JavaName;
import dev.widgetry.processor.model.JsonType;
import dev.widgetry.processor.model.Property;
import dev.widgetry.processor.model.TypeUse;
import dev.widgetry.processor.model.WidgetModel;
import dev.widgetry.schema.internal.ToolDefinition;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.NestingKind;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * Reads the {@code @OnAction} methods of one class into an {@link ActionHandler}, and checks what
 * the generated dispatch table needs: a reachable, non-private method; at most one payload of a
 * type with a JSON form; a return the dispatcher can answer with; an action type that is usable
 * and claimed once in the compilation, whose tool name no other action's shares.
 */
public final class HandlerReader {
  private static final String ACTION_CONTEXT = "dev.widgetry.runtime.ActionContext";
  private static final String WIDGET_ROOT = "dev.widgetry.chatkit.WidgetRoot";
  private static final String ACTION_RESULT = "dev.widgetry.runtime.ActionResult";
  /** An answer in each protocol's form, of which the protocol that asked picks its own. */
  private static final String REPLY = "dev.widgetry.runtime.Reply";
  /** What an A2UI action may be answered with, besides a List of server messages. */
  private static final String A2UI_ANSWER = "dev.widgetry.a2ui.A2uiAnswer";
  private static final String A2UI_SURFACE = "dev.widgetry.a2ui.Surface";
  private static final String A2UI_MESSAGE = "dev.widgetry.a2ui.ServerMessage";
  private static final String JSON_NODE = "com.fasterxml.jackson.databind.JsonNode";
  private static final Set<String> FUNCTION_VALUES = Set.of("java.lang.String", "java.lang.Boolean", "java.lang.Byte",
      "java.lang.Short", "java.lang.Integer", "java.lang.Long", "java.lang.Float", "java.lang.Double",
      "java.math.BigInteger", "java.math.BigDecimal");
  private static final Pattern ACTION_TYPE = Pattern.compile("[A-Za-z0-9._\\-:]+");

  private final Elements elements;
  private final Types types;
  private final Annotations annotations;
  private final Diagnostics diagnostics;
  private final TypeReader typeReader;
  private final ConstraintReader constraints;
  private final Function<TypeElement, Optional<WidgetModel>> payloadModels;
  /** Every action type claimed in this compilation so far, with the method that claimed it. */
  private final Map<String, ExecutableElement> claimed = new HashMap<>();
  /** Every action's tool name in this compilation so far, with its action type. */
  private final Map<String, String> toolNames = new HashMap<>();

  HandlerReader(
      Elements elements,
      Types types,
      Annotations annotations,
      Diagnostics diagnostics,
      TypeReader typeReader,
      ConstraintReader constraints,
      Function<TypeElement, Optional<WidgetModel>> payloadModels) {
    this.elements = elements;
    this.types = types;
    this.annotations = annotations;
    this.diagnostics = diagnostics;
    this.typeReader = typeReader;
    this.constraints = constraints;
    this.payloadModels = payloadModels;
  }

  /**
   * The handler model, or empty when a problem was reported.
   *
   * @throws UnresolvedTypeException when a payload or return type does not exist yet
   */
  Optional<ActionHandler> read(TypeElement handler, List<ExecutableElement> methods, Set<JavaName> dependencies) {
    methods.forEach(ResolvedTypes::requireMethod);
    int errors = diagnostics.errorCount();
    checkOverloads(handler, methods);
    List<ActionMethod> actions = new ArrayList<>();
    for (ExecutableElement method : methods) {
      ActionMethod action = readMethod(handler, method, dependencies);
      if (action != null) {
        actions.add(action);
      }
    }
    if (diagnostics.errorCount() != errors) {
      return Optional.empty();
    }
    return Optional.of(new ActionHandler(JavaNames.of(handler), actions));
  }

  private ActionMethod readMethod(TypeElement handler, ExecutableElement method, Set<JavaName> dependencies) {
    int errors = diagnostics.errorCount();
    String label = handler.getSimpleName() + "." + method.getSimpleName();
    AnnotationMirror onAction = Annotations.findByQualifiedName(method, Annotations.ON_ACTION).orElseThrow();
    String type = annotations.stringValue(onAction, "value");
    checkActionType(method, onAction, type, label);
    checkPlacement(handler, method, label);
    boolean returnsVoid = checkReturn(method, label);
    List<ActionMethod.Parameter> parameters = new ArrayList<>();
    List<VariableElement> payloads = new ArrayList<>();
    for (VariableElement parameter : method.getParameters()) {
      if (isActionContext(parameter.asType())) {
        parameters.add(ActionMethod.Parameter.CONTEXT);
      } else {
        parameters.add(ActionMethod.Parameter.PAYLOAD);
        payloads.add(parameter);
      }
    }
    ActionMethod.Payload payload = null;
    if (payloads.size() > 1) {
      String names = payloads.stream().map(p -> p.getSimpleName().toString()).collect(Collectors.joining(", "));
      diagnostics.error(payloads.get(1), Message.TOO_MANY_PAYLOADS, label,
          payloads.size() + " payload parameters (" + names + ")");
    } else if (payloads.size() == 1) {
      payload = payload(handler, payloads.get(0), label, dependencies);
    }
    if (diagnostics.errorCount() != errors) {
      return null;
    }
    String description = Javadoc.parse(elements.getDocComment(method)).description();
    return new ActionMethod(type, method.getSimpleName().toString(), method.getModifiers().contains(Modifier.STATIC),
        parameters, payload, returnsVoid, description);
  }

  private ActionMethod.Payload payload(
      TypeElement handler, VariableElement parameter, String label, Set<JavaName> dependencies) {
    String payloadLabel = label + "(" + parameter.getSimpleName() + ")";
    TypeReader.Context context = new TypeReader.Context(
        parameter, payloadLabel, "The payload of " + label, Access.packageOf(handler), dependencies);
    JsonType type = typeReader.readTopLevel(parameter.asType(), context);
    if (type == null) {
      return null;
    }
    // A TYPE_USE constraint appears both on the parameter and on its type: count it once.
    Map<String, AnnotationMirror> byType = new LinkedHashMap<>();
    for (AnnotationMirror mirror : parameter.getAnnotationMirrors()) {
      byType.putIfAbsent(Annotations.qualifiedName(mirror), mirror);
    }
    for (AnnotationMirror mirror : parameter.asType().getAnnotationMirrors()) {
      byType.putIfAbsent(Annotations.qualifiedName(mirror), mirror);
    }
    List<AnnotationMirror> mirrors = new ArrayList<>(byType.values());
    TypeUse use = constraints.withConstraints(type, mirrors, ConstraintReader.Site.of(parameter), payloadLabel);
    List<Property> properties = recordProperties(parameter.asType());
    List<Property> formFields = properties.stream().anyMatch(Property::formField) ? properties : List.of();
    return new ActionMethod.Payload(parameter.getSimpleName().toString(), use,
        !(type instanceof JsonType.OptionalOf), formFields, properties);
  }

  /** The payload record's properties, when it is a {@code @Widget} record; otherwise none. */
  private List<Property> recordProperties(TypeMirror type) {
    if (type.getKind() != TypeKind.DECLARED) {
      return List.of();
    }
    TypeElement element = (TypeElement) ((DeclaredType) type).asElement();
    if (element.getKind() != ElementKind.RECORD) {
      return List.of();
    }
    Optional<WidgetModel> model = payloadModels.apply(element);
    if (model.isEmpty() || !(model.get() instanceof WidgetModel.RecordWidget)) {
      return List.of();
    }
    return ((WidgetModel.RecordWidget) model.get()).properties();
  }

  private void checkActionType(ExecutableElement method, AnnotationMirror onAction, String type, String label) {
    AnnotationValue value = Annotations.explicitValue(onAction, "value");
    String problem = type.isEmpty() ? "it is empty"
        : ACTION_TYPE.matcher(type).matches() ? null
        : "it has characters other than letters, digits and . _ - :";
    if (problem != null) {
      diagnostics.error(method, onAction, value, Message.INVALID_ACTION_TYPE, type, label, problem);
      return;
    }
    ExecutableElement earlier = claimed.putIfAbsent(type, method);
    // By name: a class read again in a later round has new elements for the same methods.
    if (earlier != null && !describeQualified(earlier).equals(describeQualified(method))) {
      diagnostics.error(method, onAction, value, Message.DUPLICATE_ACTION_TYPE, type, describe(earlier), label);
      return;
    }
    String toolName = ToolDefinition.nameOfAction(type);
    String sameTool = toolNames.putIfAbsent(toolName, type);
    if (sameTool != null && !sameTool.equals(type)) {
      diagnostics.error(method, onAction, value, Message.DUPLICATE_TOOL_NAME, type, sameTool,
          describe(claimed.get(sameTool)), toolName);
    }
  }

  private void checkPlacement(TypeElement handler, ExecutableElement method, String label) {
    if (method.getModifiers().contains(Modifier.PRIVATE)) {
      diagnostics.error(method, Message.PRIVATE_HANDLER, label);
    }
    boolean inInterface = handler.getEnclosingElement().getKind().isInterface();
    if (handler.getNestingKind() == NestingKind.MEMBER && handler.getKind() == ElementKind.CLASS
        && !handler.getModifiers().contains(Modifier.STATIC) && !inInterface) {
      diagnostics.error(method, Message.HANDLER_IN_INNER_CLASS, label, handler.getSimpleName(),
          "an inner class (not static)");
      return;
    }
    String obstacle = Access.obstacle(handler, Access.packageOf(handler));
    if (obstacle != null) {
      diagnostics.error(method, Message.INACCESSIBLE_HANDLER, label, handler.getSimpleName(), obstacle);
    }
  }

  /** Whether the method returns void; reports a return the dispatcher cannot answer with. */
  private boolean checkReturn(ExecutableElement method, String label) {
    TypeMirror returned = method.getReturnType();
    if (returned.getKind() == TypeKind.VOID) {
      return true;
    }
    if (returned.getKind() == TypeKind.ERROR) {
      throw new UnresolvedTypeException(returned.toString());
    }
    if (!isAnswer(returned) && !isStageOfAnswer(returned)) {
      diagnostics.error(method, Message.UNSUPPORTED_RETURN_TYPE, label, returned);
    }
    return false;
  }

  private boolean isStageOfAnswer(TypeMirror type) {
    TypeElement stage = elements.getTypeElement("java.util.concurrent.CompletionStage");
    if (type.getKind() != TypeKind.DECLARED
        || !types.isAssignable(types.erasure(type), types.erasure(stage.asType()))) {
      return false;
    }
    List<? extends TypeMirror> arguments = ((DeclaredType) type).getTypeArguments();
    if (arguments.size() != 1) {
      return false;
    }
    TypeMirror argument = arguments.get(0);
    if (argument.getKind() == TypeKind.WILDCARD) {
      return false;
    }
    return isAnswer(argument) || isType(argument, "java.lang.Void");
  }

  private boolean isAnswer(TypeMirror type) {
    return isSubtype(type, WIDGET_ROOT) || isType(type, ACTION_RESULT) || isType(type, REPLY) || isA2uiAnswer(type)
        || isFunctionValue(type);
  }

  /**
   * The value of an A2UI agent function, which a renderer's {@code callAgentFunction} is answered
   * with: a number, a boolean, a String, a JsonNode, or a {@code @Widget} type, which has a codec.
   */
  private boolean isFunctionValue(TypeMirror type) {
    if (type.getKind().isPrimitive()) {
      return type.getKind() != TypeKind.CHAR;
    }
    if (type.getKind() != TypeKind.DECLARED) {
      return false;
    }
    TypeElement element = (TypeElement) ((DeclaredType) type).asElement();
    return FUNCTION_VALUES.contains(element.getQualifiedName().toString()) || isSubtype(type, JSON_NODE)
        || Annotations.isWidget(element);
  }

  /** An A2UI answer: an A2uiAnswer, a Surface, a server message, or a List of server messages. */
  private boolean isA2uiAnswer(TypeMirror type) {
    if (isType(type, A2UI_ANSWER) || isType(type, A2UI_SURFACE) || isSubtype(type, A2UI_MESSAGE)) {
      return true;
    }
    if (!isType(type, "java.util.List")) {
      return false;
    }
    List<? extends TypeMirror> arguments = ((DeclaredType) type).getTypeArguments();
    return arguments.size() == 1 && isSubtype(arguments.get(0), A2UI_MESSAGE);
  }

  private boolean isActionContext(TypeMirror type) {
    return isType(type, ACTION_CONTEXT);
  }

  private boolean isType(TypeMirror type, String qualifiedName) {
    return type.getKind() == TypeKind.DECLARED
        && ((TypeElement) ((DeclaredType) type).asElement()).getQualifiedName().contentEquals(qualifiedName);
  }

  private boolean isSubtype(TypeMirror type, String qualifiedName) {
    TypeElement target = elements.getTypeElement(qualifiedName);
    return target != null && type.getKind() == TypeKind.DECLARED && types.isAssignable(type, target.asType());
  }

  private void checkOverloads(TypeElement handler, List<ExecutableElement> methods) {
    Map<String, List<ExecutableElement>> byName = new LinkedHashMap<>();
    for (ExecutableElement method : methods) {
      byName.computeIfAbsent(method.getSimpleName().toString(), name -> new ArrayList<>()).add(method);
    }
    for (Map.Entry<String, List<ExecutableElement>> entry : byName.entrySet()) {
      if (entry.getValue().size() > 1) {
        diagnostics.error(entry.getValue().get(1), Message.OVERLOADED_HANDLER, entry.getKey(), handler.getSimpleName());
      }
    }
  }

  private static String describe(ExecutableElement method) {
    return method.getEnclosingElement().getSimpleName() + "." + method.getSimpleName();
  }

  private static String describeQualified(ExecutableElement method) {
    return ((TypeElement) method.getEnclosingElement()).getQualifiedName() + "." + method.getSimpleName();
  }
}
