package dev.widgetry.processor.template.check;

import dev.widgetry.processor.diag.Message;
import dev.widgetry.processor.model.HandledAction;
import dev.widgetry.processor.model.JavaName;
import dev.widgetry.processor.model.Property;
import dev.widgetry.processor.model.WidgetModel;
import dev.widgetry.processor.template.file.Problem;
import dev.widgetry.processor.template.shape.Value;
import dev.widgetry.processor.template.types.Ty;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Checks the actions a template writes against the compilation's {@code @OnAction} handlers: a
 * type no handler declares is a warning (the handler may live in another module); a payload the
 * handler's type cannot read is an error, except for fields the page fills from form controls.
 */
final class HandlerChecks implements ActionChecks {
  private final Map<String, HandledAction> handled;
  private final Function<JavaName, WidgetModel> models;

  HandlerChecks(Map<String, HandledAction> handled, Function<JavaName, WidgetModel> models) {
    this.handled = handled;
    this.models = models;
  }

  @Override
  public void check(Value type, Value payload, Value handledBy, Env env, int pos, Values values) {
    if (handledBy instanceof Value.StringValue && "client".equals(((Value.StringValue) handledBy).constant())) {
      return;
    }
    for (String action : types(type, values)) {
      HandledAction handler = handled.get(action);
      if (handler == null) {
        values.sink().warning(Message.TEMPLATE_UNHANDLED_ACTION, type.pos(), action,
            Suggestions.didYouMean(action, handled.keySet()));
        continue;
      }
      if (handler.payload() == null) {
        continue;
      }
      if (payload == null) {
        if (handler.payloadRequired()) {
          values.sink().error(Message.TEMPLATE_ACTION_PAYLOAD, pos, action, handler.handler(),
              "the template sends no payload, and the handler requires one");
        }
        continue;
      }
      Slots.Slot slot = new Slots.Slot(handler.payload().type(), handler.payloadRequired(),
          handler.handler() + "'s payload");
      List<Problem> problems = values.probe(payload, slot, env, this::formFieldsOptional);
      for (Problem problem : problems) {
        if (!problem.warning()) {
          values.sink().errorInFile(Message.TEMPLATE_ACTION_PAYLOAD, problem.offset(), action, handler.handler(),
              sentence(problem));
          break;
        }
      }
    }
  }

  /** The action types a {@code "type"} value may be: its constant, or the values of an enum. */
  private static Set<String> types(Value type, Values values) {
    if (type instanceof Value.StringValue && ((Value.StringValue) type).constant() != null) {
      return Set.of(((Value.StringValue) type).constant());
    }
    if (type instanceof Value.ExprValue) {
      Ty ty = values.typeOf(((Value.ExprValue) type).expr());
      if (ty instanceof Ty.Str && ((Ty.Str) ty).values() != null) {
        return new java.util.TreeSet<>(((Ty.Str) ty).values());
      }
    }
    return Set.of();
  }

  /** A payload record whose {@code @FormField} components the page fills: the template need not. */
  private WidgetModel formFieldsOptional(JavaName name) {
    WidgetModel model = models.apply(name);
    if (!(model instanceof WidgetModel.RecordWidget)) {
      return model;
    }
    WidgetModel.RecordWidget record = (WidgetModel.RecordWidget) model;
    List<Property> properties = new ArrayList<>();
    for (Property property : record.properties()) {
      properties.add(property.formField()
          ? new Property(property.javaName(), property.jsonName(), property.type(), false, property.description(), true,
              property.since(), property.until(), property.bindableSince())
          : property);
    }
    return new WidgetModel.RecordWidget(record.name(), record.description(), record.tag(), record.discriminator(),
        record.valueRecord(), properties, record.builder(), record.since(), record.until());
  }

  /** A problem's sentence without its tag and place, to quote inside another message. */
  private static String sentence(Problem problem) {
    Object[] args = new Object[problem.args().size() + 1];
    args[0] = "";
    for (int i = 0; i < problem.args().size(); i++) {
      args[i + 1] = problem.args().get(i);
    }
    String text = problem.message().format(args);
    text = text.substring(text.indexOf("] : ") + 4);
    return text.endsWith(".") ? text.substring(0, text.length() - 1) : text;
  }
}
