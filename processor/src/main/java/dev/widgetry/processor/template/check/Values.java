package dev.widgetry.processor.template.check;

import dev.widgetry.processor.diag.Message;
import dev.widgetry.processor.model.JsonKind;
import dev.widgetry.processor.model.JsonType;
import dev.widgetry.processor.model.Property;
import dev.widgetry.processor.model.WidgetModel;
import dev.widgetry.processor.template.shape.Entry;
import dev.widgetry.processor.template.shape.StringPart;
import dev.widgetry.processor.template.shape.Value;
import dev.widgetry.processor.template.syntax.Expr;
import dev.widgetry.processor.template.syntax.ExprPrinter;
import dev.widgetry.processor.template.types.Ty;
import dev.widgetry.processor.template.types.Tys;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Checks the values a template spells out against the catalog props they land in: objects as
 * components or prop objects (their type, every member a prop, every required prop present on every
 * path), arrays element by element, strings with what is inserted into them, literals, and values
 * computed by expressions.
 */
final class Values {
  private final Pass pass;
  private final Sink sink;
  private final Attribution attribution;
  private final ExprChecker exprs;
  private final Slots slots;
  private final ActionChecks actions;

  Values(Pass pass, Sink sink, Attribution attribution, ExprChecker exprs, Slots slots, ActionChecks actions) {
    this.pass = pass;
    this.sink = sink;
    this.attribution = attribution;
    this.exprs = exprs;
    this.slots = slots;
    this.actions = actions;
  }

  Sink sink() {
    return sink;
  }

  Ty typeOf(Expr expr) {
    return attribution.typeOf(expr);
  }

  /** See {@link Pass#probe}. */
  List<dev.widgetry.processor.template.file.Problem> probe(Value value, Slots.Slot slot, Env env,
      java.util.function.Function<dev.widgetry.processor.model.JavaName, WidgetModel> models) {
    return pass.probe(value, slot, env, models);
  }

  /** Checks {@code value} against {@code slot}; returns the environment after it. */
  Env value(Value value, Slots.Slot slot, Env env) {
    if (value instanceof Value.WithStatements) {
      Value.WithStatements with = (Value.WithStatements) value;
      return pass.statements(with.after(), value(with.value(), slot, pass.statements(with.before(), env)));
    }
    if (value instanceof Value.CondValue) {
      Value.CondValue cond = (Value.CondValue) value;
      return pass.branch(cond.test(), env, inner -> value(cond.then(), slot, inner),
          inner -> value(cond.otherwise(), slot, inner));
    }
    if (value instanceof Value.ObjectValue) {
      return object((Value.ObjectValue) value, slot, env);
    }
    if (value instanceof Value.ArrayValue) {
      return array((Value.ArrayValue) value, slot, env);
    }
    if (value instanceof Value.ExprValue) {
      expression((Value.ExprValue) value, slot, env);
      return env;
    }
    Ty type;
    if (value instanceof Value.StringValue) {
      type = string((Value.StringValue) value, env);
    } else if (value instanceof Value.NumberValue) {
      String text = ((Value.NumberValue) value).text();
      type = text.contains(".") || text.contains("e") || text.contains("E") ? Tys.NUM : Tys.INT;
    } else if (value instanceof Value.BooleanValue) {
      type = new Ty.Bool(((Value.BooleanValue) value).value());
    } else {
      type = Tys.NONE;
    }
    convert(value, type, slot);
    return env;
  }

  private void convert(Value value, Ty type, Slots.Slot slot) {
    Conversion conversion = slots.convert(type, slot, new Expr.Literal(null, value.pos()));
    if (conversion != null) {
      attribution.convert(value, conversion);
    }
  }

  private void expression(Value.ExprValue value, Slots.Slot slot, Env env) {
    Expr expr = value.expr();
    Ty type = exprs.use(expr, env, value.tojson() ? "writing it with tojson" : "writing it");
    if (Tys.isPoison(type)) {
      return;
    }
    if (value.tojson()) {
      exprs.jsonValue(expr, type);
    } else if (!ExprChecker.numeric(type)) {
      String text = ExprPrinter.print(expr);
      sink.error(Message.TEMPLATE_RAW_OUTPUT, value.pos(), text, Tys.describe(type), rawProblem(type), text);
      return;
    }
    Conversion conversion = slots.convert(type, slot, expr);
    if (conversion != null) {
      attribution.convert(value, conversion);
    }
  }

  private static String rawProblem(Ty type) {
    for (Ty member : Tys.members(type)) {
      if (member instanceof Ty.Bool) {
        return "True or False, which is not JSON";
      }
      if (member instanceof Ty.None) {
        return "None, which is not JSON";
      }
      if (member instanceof Ty.Str) {
        return "without quotes or escapes, which is not a JSON string";
      }
    }
    return "as Python's repr, which is not JSON";
  }

  /** The type of a string literal with what the template inserts into it. */
  private Ty string(Value.StringValue value, Env env) {
    String constant = value.constant();
    if (constant != null) {
      return Tys.literal(constant);
    }
    parts(value.parts(), env);
    return new Ty.Str(null, false);
  }

  private void parts(List<StringPart> parts, Env env) {
    for (StringPart part : parts) {
      if (part instanceof StringPart.Insert) {
        insert((StringPart.Insert) part, env);
      } else if (part instanceof StringPart.CondPart) {
        StringPart.CondPart cond = (StringPart.CondPart) part;
        pass.branch(cond.test(), env, inner -> {
          parts(cond.then(), inner);
          return inner;
        }, inner -> {
          parts(cond.otherwise(), inner);
          return inner;
        });
      }
    }
  }

  /** {@code {{ expr }}} inside quotes: its text must not end the string or need escaping. */
  private void insert(StringPart.Insert insert, Env env) {
    Ty type = exprs.use(insert.expr(), env, "writing it into a string");
    if (Tys.isPoison(type)) {
      return;
    }
    String text = ExprPrinter.print(insert.expr());
    for (Ty member : Tys.members(type)) {
      if (member instanceof Ty.Str) {
        Set<String> values = ((Ty.Str) member).values();
        boolean safe = !insert.tojson() && values != null && values.stream().allMatch(Values::safeInString);
        if (!safe) {
          sink.error(Message.TEMPLATE_NOT_JSON, insert.pos(), "{{ " + text + (insert.tojson() ? " | tojson" : "")
              + " }} inside quotes writes " + (insert.tojson() ? "a quoted JSON string into a string"
              : "a string whose quotes or backslashes would end the string or escape its text")
              + "; build the whole string in the expression instead: {{ ('...' ~ " + text + ") | tojson }}");
          return;
        }
      } else if (!(member instanceof Ty.Int || member instanceof Ty.Num || member instanceof Ty.Bool
          || member instanceof Ty.None)) {
        sink.error(Message.TEMPLATE_WRONG_KIND, insert.pos(), text, Tys.describe(member),
            "writing it into a string writes Python's repr of it");
        return;
      }
    }
  }

  private static boolean safeInString(String value) {
    return value.chars().allMatch(c -> c >= 0x20 && c != '"' && c != '\\');
  }

  private Env object(Value.ObjectValue object, Slots.Slot slot, Env env) {
    JsonType type = slot.type();
    if (Slots.isJson(type)) {
      attribution.convert(object, new Conversion.Json());
      return members(object.entries(), null, json(slot), env, new Keys());
    }
    if (type instanceof JsonType.MapOf) {
      attribution.convert(object, new Conversion.BuildMap());
      return members(object.entries(), null, slot.mapValue(), env, new Keys());
    }
    WidgetModel.RecordWidget record = target(object, slot);
    if (record == null) {
      return env;
    }
    attribution.convert(object, new Conversion.Build(record));
    if (record.tag() != null && !tagMatches(object, record)) {
      return env;
    }
    Keys keys = new Keys();
    Env after = members(object.entries(), record, null, env, keys);
    for (Property property : record.properties()) {
      if (property.required() && !keys.definite.contains(property.jsonName())) {
        sink.error(Message.TEMPLATE_MISSING_PROP, object.pos(), record.name().nestedName(), property.jsonName(),
            keys.possible.contains(property.jsonName()) ? "the template leaves it out on some path"
                : "the template leaves it out");
      }
    }
    if (record.tag() != null && !keys.definite.contains("type")) {
      sink.error(Message.TEMPLATE_MISSING_PROP, object.pos(), record.name().nestedName(), "type",
          "the template leaves it out (write \"type\": \"" + record.tag() + "\")");
    }
    if (record.name().equals(Catalog.ACTION_CONFIG)) {
      actions.check(member(object.entries(), "type"), member(object.entries(), "payload"),
          member(object.entries(), "handler"), after, object.pos(), this);
    }
    return after;
  }

  /**
   * Whether the object's {@code "type"}, when it has one, is the record's: an object of another
   * type is reported once, not prop by prop.
   */
  private boolean tagMatches(Value.ObjectValue object, WidgetModel.RecordWidget record) {
    Value value = member(object.entries(), "type");
    if (value == null) {
      return true;
    }
    String tag = value instanceof Value.StringValue ? ((Value.StringValue) value).constant() : null;
    if (record.tag().equals(tag)) {
      return true;
    }
    sink.error(Message.TEMPLATE_PROP_KIND, value.pos(), record.name().nestedName() + ".type",
        "\"" + record.tag() + "\"", tag == null ? "a computed value" : "\"" + tag + "\"", "");
    return false;
  }

  private static Slots.Slot json(Slots.Slot slot) {
    return new Slots.Slot(slot.type(), false, slot.label());
  }

  /** The record an object builds where {@code slot} is: the prop's record, or the union member its type or keys pick. */
  private WidgetModel.RecordWidget target(Value.ObjectValue object, Slots.Slot slot) {
    if (!(slot.type() instanceof JsonType.WidgetRef)) {
      sink.error(Message.TEMPLATE_PROP_KIND, object.pos(), slot.label(), slots.describe(slot.type()), "an object", "");
      return null;
    }
    WidgetModel model = slots.model(((JsonType.WidgetRef) slot.type()).name());
    if (model instanceof WidgetModel.RecordWidget) {
      WidgetModel.RecordWidget record = (WidgetModel.RecordWidget) model;
      if (record.valueRecord()) {
        sink.error(Message.TEMPLATE_PROP_KIND, object.pos(), slot.label(), slots.describe(slot.type()), "an object", "");
        return null;
      }
      return record;
    }
    WidgetModel.UnionWidget union = (WidgetModel.UnionWidget) model;
    if (union.tagged()) {
      Value tag = member(object.entries(), "type");
      String name = tag instanceof Value.StringValue ? ((Value.StringValue) tag).constant() : null;
      if (name == null) {
        sink.error(Message.TEMPLATE_MISSING_PROP, object.pos(), slot.label(), "type",
            tag == null ? "this object has no \"type\" (on every path) that names the component"
                : "this object's \"type\" is not one string written in the template");
        return null;
      }
      return slots.memberByTag(union, name, slot, tag.pos());
    }
    Set<String> keys = new LinkedHashSet<>();
    collectKeys(object.entries(), keys);
    for (WidgetModel.UnionMember member : union.members()) {
      if (member.kind() == JsonKind.OBJECT && !member.properties().isEmpty()) {
        WidgetModel.RecordWidget record = (WidgetModel.RecordWidget) slots.model(member.name());
        if (Slots.propertyNames(record).containsAll(keys)) {
          return record;
        }
      }
    }
    sink.error(Message.TEMPLATE_PROP_KIND, object.pos(), slot.label(), slots.describe(slot.type()),
        "an object with " + String.join(", ", keys), "");
    return null;
  }

  /** The value of member {@code key} written at the top level of an object, or null. */
  private static Value member(List<Entry> entries, String key) {
    for (Entry entry : entries) {
      if (entry instanceof Entry.Member && ((Entry.Member) entry).key().equals(key)) {
        Value value = ((Entry.Member) entry).value();
        while (value instanceof Value.WithStatements) {
          value = ((Value.WithStatements) value).value();
        }
        return value;
      }
    }
    return null;
  }

  private static void collectKeys(List<Entry> entries, Set<String> keys) {
    for (Entry entry : entries) {
      if (entry instanceof Entry.Member) {
        keys.add(((Entry.Member) entry).key());
      } else if (entry instanceof Entry.CondEntries) {
        collectKeys(((Entry.CondEntries) entry).then(), keys);
        collectKeys(((Entry.CondEntries) entry).otherwise(), keys);
      } else if (entry instanceof Entry.Splice) {
        collectKeys(((Entry.Splice) entry).body(), keys);
      }
    }
  }

  /** Which keys an object surely has, and which it may have, on the paths so far. */
  private static final class Keys {
    Set<String> definite = new HashSet<>();
    Set<String> possible = new HashSet<>();

    Keys copy() {
      Keys copy = new Keys();
      copy.definite = new HashSet<>(definite);
      copy.possible = new HashSet<>(possible);
      return copy;
    }

    void join(Keys a, Keys b) {
      definite = new HashSet<>(a.definite);
      definite.retainAll(b.definite);
      possible = new HashSet<>(a.possible);
      possible.addAll(b.possible);
    }
  }

  /**
   * The members of an object: each a prop of {@code record} (or, with {@code record} null, a value
   * for {@code valueSlot}), none written twice on one path.
   */
  private Env members(List<Entry> entries, WidgetModel.RecordWidget record, Slots.Slot valueSlot, Env env, Keys keys) {
    for (Entry entry : entries) {
      if (entry instanceof Entry.Member) {
        env = member((Entry.Member) entry, record, valueSlot, env, keys);
      } else if (entry instanceof Entry.CondEntries) {
        Entry.CondEntries cond = (Entry.CondEntries) entry;
        Keys then = keys.copy();
        Keys otherwise = keys.copy();
        env = pass.branch(cond.test(), env, inner -> members(cond.then(), record, valueSlot, inner, then),
            inner -> members(cond.otherwise(), record, valueSlot, inner, otherwise));
        keys.join(then, otherwise);
      } else if (entry instanceof Entry.LoopEntries) {
        sink.error(Message.TEMPLATE_UNSUPPORTED, ((Entry.LoopEntries) entry).pos(),
            "a loop that writes the members of an object (its keys would repeat)");
      } else if (entry instanceof Entry.Splice) {
        pass.checkCapture((Entry.Splice) entry, env);
        env = members(((Entry.Splice) entry).body(), record, valueSlot, env, keys);
      } else if (entry instanceof Entry.StatementEntry) {
        env = pass.statement(((Entry.StatementEntry) entry).statement(), env);
      }
    }
    return env;
  }

  private Env member(Entry.Member member, WidgetModel.RecordWidget record, Slots.Slot valueSlot, Env env, Keys keys) {
    if (keys.possible.contains(member.key())) {
      sink.error(Message.TEMPLATE_DUPLICATE_PROP, member.keyPos(), member.key());
    }
    keys.definite.add(member.key());
    keys.possible.add(member.key());
    if (record == null) {
      return value(member.value(), valueSlot, env);
    }
    if (member.key().equals("type") && record.tag() != null) {
      return env;
    }
    Property property = record.property(member.key());
    if (property == null) {
      slots.unknownProp(record, member.key(), member.keyPos());
      return env;
    }
    return value(member.value(), Slots.Slot.of(record, property), env);
  }

  private Env array(Value.ArrayValue array, Slots.Slot slot, Env env) {
    if (Slots.isJson(slot.type())) {
      attribution.convert(array, new Conversion.Json());
      return elements(array.entries(), json(slot), env);
    }
    if (!(slot.type() instanceof JsonType.Sequence)) {
      sink.error(Message.TEMPLATE_PROP_KIND, array.pos(), slot.label(), slots.describe(slot.type()), "an array", "");
      return env;
    }
    attribution.convert(array, new Conversion.BuildList((JsonType.Sequence) slot.type()));
    return elements(array.entries(), slot.element(), env);
  }

  private Env elements(List<Entry> entries, Slots.Slot slot, Env env) {
    for (Entry entry : entries) {
      if (entry instanceof Entry.Element) {
        env = value(((Entry.Element) entry).value(), slot, env);
      } else if (entry instanceof Entry.CondEntries) {
        Entry.CondEntries cond = (Entry.CondEntries) entry;
        env = pass.branch(cond.test(), env, inner -> elements(cond.then(), slot, inner),
            inner -> elements(cond.otherwise(), slot, inner));
      } else if (entry instanceof Entry.LoopEntries) {
        Entry.LoopEntries loop = (Entry.LoopEntries) entry;
        env = pass.loop(loop, loop.target(), loop.iterable(), env, inner -> elements(loop.body(), slot, inner));
      } else if (entry instanceof Entry.Splice) {
        pass.checkCapture((Entry.Splice) entry, env);
        env = elements(((Entry.Splice) entry).body(), slot, env);
      } else if (entry instanceof Entry.StatementEntry) {
        env = pass.statement(((Entry.StatementEntry) entry).statement(), env);
      }
    }
    return env;
  }
}
