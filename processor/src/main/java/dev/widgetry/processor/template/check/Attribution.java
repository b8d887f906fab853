package dev.widgetry.processor.template.check;

import dev.widgetry.processor.template.syntax.Expr;
import dev.widgetry.processor.template.types.Ty;
import dev.widgetry.processor.template.types.Tys;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the checker learned about a template that the writer needs, keyed by the template's own
 * nodes: the type of every expression, the declaration behind every name, and how every value that
 * lands in the widget is converted to its prop's Java type. The writer reads it and decides nothing.
 */
public final class Attribution {
  private final Map<Expr, Ty> types = new IdentityHashMap<>();
  private final Map<Expr.Name, Decl> names = new IdentityHashMap<>();
  private final Map<Object, Conversion> conversions = new IdentityHashMap<>();
  private final Map<Object, Decl> declarations = new IdentityHashMap<>();
  private final Map<Decl, Ty> declarationTypes = new IdentityHashMap<>();
  private final Map<Expr.Call, Map<String, Decl>> namespaces = new IdentityHashMap<>();
  private final Map<Object, Set<String>> loopAttributes = new IdentityHashMap<>();
  private final Map<Object, List<Decl>> scopeLocals = new IdentityHashMap<>();
  private final Map<Decl, Decl> shadows = new IdentityHashMap<>();
  private final Set<Decl> hoisted = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
  private final Set<Decl> read = java.util.Collections.newSetFromMap(new IdentityHashMap<>());

  void type(Expr expr, Ty type) {
    types.put(expr, type);
  }

  /** The type of an expression where it is evaluated, after the narrowing of the tests around it. */
  public Ty typeOf(Expr expr) {
    Ty type = types.get(expr);
    if (type == null) {
      throw new IllegalStateException("untyped expression: " + expr);
    }
    return type;
  }

  void name(Expr.Name name, Decl decl) {
    names.put(name, decl);
    read.add(decl);
  }

  /** Whether some expression reads the declaration; a variable nothing reads is not written. */
  public boolean isRead(Decl decl) {
    return read.contains(decl);
  }

  public Decl declOf(Expr.Name name) {
    return names.get(name);
  }

  void convert(Object node, Conversion conversion) {
    conversions.put(node, conversion);
  }

  /** How a value (a {@code Value}, or an expression written into the widget) is converted, or null when it is not. */
  public Conversion conversionOf(Object node) {
    return conversions.get(node);
  }

  /** Records what a statement or loop declares ({@code key} is the node, or a loop node for its {@code loop}). */
  void declare(Object node, Decl decl) {
    declarations.put(node, decl);
  }

  public Decl declarationOf(Object node) {
    return declarations.get(node);
  }

  /** Adds {@code type} to the types a declaration holds over the whole template. */
  void assign(Decl decl, Ty type) {
    declarationTypes.merge(decl, type, Tys::union);
  }

  /** Every type the declaration holds somewhere: what its Java variable must hold. */
  public Ty declaredType(Decl decl) {
    return declarationTypes.get(decl);
  }

  Map<String, Decl> namespace(Expr.Call creation) {
    return namespaces.computeIfAbsent(creation, call -> new LinkedHashMap<>());
  }

  /** The attributes of the namespace a call makes, in the order they appear. */
  public Map<String, Decl> namespaceFields(Expr.Call creation) {
    return namespaces.getOrDefault(creation, Map.of());
  }

  void useLoopAttribute(Object loop, String attribute) {
    loopAttributes.computeIfAbsent(loop, key -> new LinkedHashSet<>()).add(attribute);
  }

  /** The {@code loop.*} attributes a loop's body reads: {@code index}, {@code last}... */
  public Set<String> loopAttributes(Object loop) {
    return loopAttributes.getOrDefault(loop, Set.of());
  }

  void addLocal(Object scope, Decl decl) {
    List<Decl> locals = scopeLocals.computeIfAbsent(scope, key -> new java.util.ArrayList<>());
    if (!locals.contains(decl)) {
      locals.add(decl);
    }
  }

  /** The set variables of a scope (the template, or a loop node), in the order they are first set. */
  public List<Decl> locals(Object scope) {
    return scopeLocals.getOrDefault(scope, List.of());
  }

  void shadow(Decl local, Decl outer) {
    shadows.putIfAbsent(local, outer);
  }

  /** The outer declaration a local starts from, when it may be read before the scope sets it; or null. */
  public Decl shadowed(Decl local) {
    return shadows.get(local);
  }

  void hoist(Decl decl) {
    hoisted.add(decl);
  }

  /**
   * Whether a variable must be declared at the start of its scope: it is set more than once, inside
   * an if, or read before it is set.
   */
  public boolean isHoisted(Decl decl) {
    return hoisted.contains(decl);
  }
}
