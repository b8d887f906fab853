package dev.widgetry.processor.template.check;

import dev.widgetry.processor.model.HandledAction;
import dev.widgetry.processor.model.JavaName;
import dev.widgetry.processor.model.JsonKind;
import dev.widgetry.processor.model.JsonType;
import dev.widgetry.processor.model.WidgetModel;
import dev.widgetry.processor.template.data.DataBinding;
import dev.widgetry.processor.template.data.DataType;
import dev.widgetry.processor.template.file.Problem;
import dev.widgetry.processor.template.shape.Value;
import dev.widgetry.processor.template.types.Tys;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.IntUnaryOperator;

/**
 * Checks a template's structure against its data's schema and the catalog, on every path, and
 * returns what the writer needs. Lists built by appending and dicts placed in props are learned in
 * one pass and used in the next, so passes repeat quietly until those facts settle; the last pass
 * reports.
 */
public final class TemplateChecker {
  private static final int MAX_PASSES = 6;

  /** The root of every template: the widget, a Card, ListView or Basic. */
  static final Slots.Slot ROOT = new Slots.Slot(new JsonType.WidgetRef(Catalog.ROOT, JsonKind.OBJECT), true, "the widget");

  /** What checking a template gives: the attribution when there is no error, and the problems. */
  public record Result(Attribution attribution, List<Problem> problems) {
    public boolean failed() {
      return problems.stream().anyMatch(problem -> !problem.warning());
    }
  }

  private final Function<JavaName, WidgetModel> models;
  private final ActionChecks actions;

  /**
   * @param models the catalog's models and any others a payload refers to
   * @param actions checks the actions the template writes against the compilation's handlers
   */
  TemplateChecker(Function<JavaName, WidgetModel> models, ActionChecks actions) {
    this.models = models;
    this.actions = actions;
  }

  public static TemplateChecker of(Catalog catalog) {
    return new TemplateChecker(catalog::model, ActionChecks.NONE);
  }

  /**
   * A checker that also checks actions against the compilation's handlers.
   *
   * @param handled the action types handled in this compilation
   * @param payloads the models of payload types, which are not in the catalog (null for unknown)
   */
  public static TemplateChecker of(Catalog catalog, Map<String, HandledAction> handled,
      Function<JavaName, WidgetModel> payloads) {
    Function<JavaName, WidgetModel> models = name -> {
      WidgetModel payload = payloads.apply(name);
      return payload != null ? payload : catalog.model(name);
    };
    return new TemplateChecker(catalog::model, new HandlerChecks(handled, models));
  }

  /**
   * @param root the template's structure
   * @param data the data's schema: its top-level properties are the template's variables
   * @param binding the Java records that hold the data
   * @param fileOffset the file offset of a template index, for messages
   */
  public Result check(Value root, DataType.ObjectType data, DataBinding binding, IntUnaryOperator fileOffset) {
    Facts facts = new Facts();
    for (int i = 0; i < MAX_PASSES; i++) {
      Facts before = facts.copy();
      pass(root, data, binding, fileOffset, facts, true);
      if (facts.sameAs(before)) {
        break;
      }
    }
    return pass(root, data, binding, fileOffset, facts, false);
  }

  private Result pass(Value root, DataType.ObjectType data, DataBinding binding, IntUnaryOperator fileOffset,
      Facts facts, boolean quiet) {
    Sink sink = new Sink(fileOffset);
    sink.quiet(quiet);
    Attribution attribution = new Attribution();
    ExprChecker exprs = new ExprChecker(sink, attribution, facts);
    Slots slots = new Slots(sink, attribution, facts, models, binding);
    Env env = new Env();
    for (DataType.DataProperty property : data.properties()) {
      Decl decl = new Decl(Decl.Kind.DATA, property.name(), property);
      attribution.declare(property, decl);
      env = env.bind(property.name(), decl, Tys.field(property, ""));
    }
    new Pass(sink, attribution, exprs, slots, actions).run(root, root, ROOT, env);
    return new Result(attribution, sink.problems());
  }
}
