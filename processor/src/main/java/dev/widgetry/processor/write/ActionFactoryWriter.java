package dev.widgetry.processor.write;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.MethodSpec;
import dev.widgetry.processor.model.ActionMethod;
import java.util.List;

/**
 * One protocol's factories in an actions class: a static method per action that returns what that
 * protocol's widgets carry to name the action, payload included. Each protocol lives in its own
 * module, so its factories are written only when the compilation has that module's types; a second
 * protocol is a second implementation in {@link #ALL}.
 */
interface ActionFactoryWriter {
  List<ActionFactoryWriter> ALL = List.of(new ChatKitFactoryWriter());

  /** The qualified name of the type the factories return; without it in the compilation, none are written. */
  String requiredType();

  /** What the actions class's Javadoc calls these factories: "factories for the {@code ActionConfig}s widgets carry". */
  String javadoc();

  /**
   * The factory of one action.
   *
   * @param constant the field that holds the action's type
   * @param values writes payload values, with helpers shared by the whole actions class
   */
  MethodSpec factory(ActionMethod action, String constant, ClassName handlerClass, ValueCode values);
}
