package dev.widgetry.processor.template.check;

import dev.widgetry.processor.template.syntax.Expr;
import dev.widgetry.processor.template.types.Ty;
import dev.widgetry.processor.template.types.Tys;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * What one pass over a template learns that an earlier point of the next pass needs: what is
 * appended to each list the template builds, and what each list's elements and each dict become
 * where they are finally written. The checker repeats its pass until these settle.
 */
final class Facts {
  private final Map<Expr.ListLiteral, Ty> appended = new IdentityHashMap<>();
  private final Map<Expr.ListLiteral, Conversion> elements = new IdentityHashMap<>();
  private final Map<Expr.DictLiteral, Conversion> dicts = new IdentityHashMap<>();

  Ty appended(Expr.ListLiteral list) {
    return appended.get(list);
  }

  void append(Expr.ListLiteral list, Ty type) {
    appended.merge(list, type, Tys::union);
  }

  Conversion elements(Expr.ListLiteral list) {
    return elements.get(list);
  }

  /** Records the conversion a list's elements get where it is written; false when another use wants another. */
  boolean useElements(Expr.ListLiteral list, Conversion conversion) {
    Conversion earlier = elements.putIfAbsent(list, conversion);
    return earlier == null || earlier.equals(conversion);
  }

  Conversion dict(Expr.DictLiteral dict) {
    return dicts.get(dict);
  }

  boolean useDict(Expr.DictLiteral dict, Conversion conversion) {
    Conversion earlier = dicts.putIfAbsent(dict, conversion);
    return earlier == null || earlier.equals(conversion);
  }

  Facts copy() {
    Facts copy = new Facts();
    copy.appended.putAll(appended);
    copy.elements.putAll(elements);
    copy.dicts.putAll(dicts);
    return copy;
  }

  boolean sameAs(Facts other) {
    return same(appended, other.appended) && same(elements, other.elements) && same(dicts, other.dicts);
  }

  /** Equal keys by identity and equal values by {@code equals}: IdentityHashMap compares values by identity too. */
  private static <K, V> boolean same(Map<K, V> a, Map<K, V> b) {
    if (a.size() != b.size()) {
      return false;
    }
    for (Map.Entry<K, V> entry : a.entrySet()) {
      if (!b.containsKey(entry.getKey()) || !Objects.equals(entry.getValue(), b.get(entry.getKey()))) {
        return false;
      }
    }
    return true;
  }
}
