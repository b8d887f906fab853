package dev.widgetry.processor;

import com.palantir.javapoet.JavaFile;
import dev.widgetry.processor.diag.Diagnostics;
import dev.widgetry.processor.diag.Message;
import dev.widgetry.processor.model.ActionHandler;
import dev.widgetry.processor.model.ActionMethod;
import dev.widgetry.processor.model.GeneratedNames;
import dev.widgetry.processor.model.HandledAction;
import dev.widgetry.processor.model.JavaName;
import dev.widgetry.processor.read.Annotations;
import dev.widgetry.processor.read.JavaNames;
import dev.widgetry.processor.read.ModelReader;
import dev.widgetry.processor.read.UnresolvedTypeException;
import dev.widgetry.processor.write.ActionsFile;
import dev.widgetry.schema.internal.JsonPrinter;
import dev.widgetry.schema.internal.StrictSchema;
import dev.widgetry.schema.internal.ToolDefinition;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.annotation.processing.ProcessingEnvironment;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;

/**
 * The {@code @OnAction} half of processing. Each round it groups the new handler methods by class,
 * reads each class, and writes its {@code <Class>Actions} once the payload widgets it uses are sound.
 */
final class HandlerStage {
  private final ProcessingEnvironment env;
  private final Elements elements;
  private final Diagnostics diagnostics;
  private final Files files;
  private final Registry registry;
  private final WidgetStage widgets;
  /** Every action type a handler of this compilation declares, with its method: what templates check against. */
  private final Map<String, HandledAction> handled = new LinkedHashMap<>();
  /** Handler classes waiting for a type that does not exist yet, with that type. */
  private final Map<String, String> deferred = new LinkedHashMap<>();
  private final LocalHandlerScanner localHandlers;

  HandlerStage(ProcessingEnvironment env, Diagnostics diagnostics, Files files, Registry registry, WidgetStage widgets) {
    this.env = env;
    this.elements = env.getElementUtils();
    this.diagnostics = diagnostics;
    this.files = files;
    this.registry = registry;
    this.widgets = widgets;
    this.localHandlers = LocalHandlerScanner.of(env);
  }

  /** Reads and writes this round's handler classes. */
  void process(RoundEnvironment round) {
    if (localHandlers != null) {
      localHandlers.scan(round, files::generatedHere);
    }
    Map<String, TypeElement> classes = new LinkedHashMap<>();
    for (String name : deferred.keySet()) {
      TypeElement type = elements.getTypeElement(name);
      if (type != null) {
        classes.put(name, type);
      }
    }
    deferred.clear();
    for (Element method : Rounds.annotated(env, round, Annotations.ON_ACTION)) {
      TypeElement type = (TypeElement) method.getEnclosingElement();
      classes.putIfAbsent(type.getQualifiedName().toString(), type);
    }
    ModelReader reader = widgets.reader();
    for (Map.Entry<String, TypeElement> entry : classes.entrySet()) {
      TypeElement type = entry.getValue();
      try {
        Optional<ModelReader.HandlerResult> result = reader.readHandler(type, handlerMethods(type));
        result.ifPresent(handler -> remember(handler.model()));
        result.ifPresent(handler -> generate(type, handler));
      } catch (UnresolvedTypeException e) {
        deferred.put(entry.getKey(), e.type());
      } catch (Throwable e) {
        if (!Failures.recoverable(e)) {
          throw e;
        }
        diagnostics.error(type, Message.INTERNAL_ERROR, type.getQualifiedName(), Failures.describe(e));
      }
    }
  }

  boolean idle() {
    return deferred.isEmpty();
  }

  /** The action types handled in this compilation so far, with their handlers. */
  Map<String, HandledAction> handled() {
    return handled;
  }

  private void remember(ActionHandler handler) {
    for (ActionMethod action : handler.actions()) {
      ActionMethod.Payload payload = action.payload();
      handled.put(action.type(), new HandledAction(action.type(), handler.handler().nestedName() + "." + action.method(),
          payload == null ? null : payload.type(), payload != null && payload.required()));
    }
  }

  void reportStillDeferred() {
    Rounds.reportStillDeferred(elements, diagnostics, deferred, "actions class");
  }

  /** Writes the actions class, unless a payload widget it needs has no codec (reported elsewhere). */
  private void generate(TypeElement type, ModelReader.HandlerResult handler) {
    Set<JavaName> unavailable = widgets.unavailable();
    if (handler.dependencies().stream().anyMatch(unavailable::contains)) {
      return;
    }
    JavaName name = JavaNames.of(type);
    Map<ActionMethod, Map<String, Object>> tools = new LinkedHashMap<>();
    Set<String> wrapped = new HashSet<>();
    for (ActionMethod action : handler.model().actions()) {
      ActionMethod.Payload payload = action.payload();
      Map<String, Object> record = payload == null ? null : widgets.schemas().recordParameters(payload.type());
      if (payload != null && record == null) {
        wrapped.add(action.type());
      }
      tools.put(action, tool(action, record));
    }
    JavaFile actions = ActionsFile.of(handler.model(), widgets.shadows().in(name.packageName()),
        typeName -> elements.getTypeElement(typeName) != null, wrapped);
    if (!files.source(actions, type, Purpose.actions(type))) {
      return;
    }
    tools.forEach((action, tool) ->
        files.resource(name, GeneratedNames.actionToolResource(name, action.method()), JsonPrinter.print(tool), type));
    registry.addHandler(name, type);
  }

  /**
   * A tool that stands for the action: its parameters are the payload's strict schema, the payload
   * record's own ({@code record}) or an object that wraps the payload.
   */
  private Map<String, Object> tool(ActionMethod action, Map<String, Object> record) {
    ActionMethod.Payload payload = action.payload();
    Map<String, Object> parameters = record != null ? record : widgets.schemas().parameters(
        ToolDefinition.nameOfAction(action.type()), payload == null ? "" : payload.name(),
        payload == null ? null : payload.type());
    return ToolDefinition.of(ToolDefinition.nameOfAction(action.type()), action.description(), StrictSchema.of(parameters));
  }

  private static List<ExecutableElement> handlerMethods(TypeElement type) {
    List<ExecutableElement> methods = new ArrayList<>();
    for (Element member : type.getEnclosedElements()) {
      if (member.getKind() == ElementKind.METHOD
          && Annotations.findByQualifiedName(member, Annotations.ON_ACTION).isPresent()) {
        methods.add((ExecutableElement) member);
      }
    }
    return methods;
  }
}
