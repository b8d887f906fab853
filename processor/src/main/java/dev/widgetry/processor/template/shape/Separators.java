package dev.widgetry.processor.template.shape;

import dev.widgetry.processor.template.syntax.Expr;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Checks the commas between members and elements on every path through the template: each branch
 * taken or not, each loop run zero times, once, or several times (telling {@code loop.first} and
 * {@code loop.last} apart), and the Builder's leading-comma trick. A path that writes two commas in a
 * row, a comma before the first entry or after the last, or two entries with no comma between, does
 * not render JSON.
 */
public final class Separators {
  private enum Last {
    START,
    ENTRY,
    COMMA
  }

  /** Where a path stands: what it wrote last, and whether a leading comma would still be dropped. */
  private record State(Last last, boolean dropPending) {}

  /** What is known of the innermost loop's iteration: null when the code is outside any loop. */
  private record Iteration(Boolean first, Boolean last) {}

  private final Map<Integer, String> problems = new LinkedHashMap<>();

  private Separators() {}

  /** Problems by template index, in the order found. */
  public static Map<Integer, String> check(Value root) {
    Separators separators = new Separators();
    separators.value(root);
    return separators.problems;
  }

  private void value(Value value) {
    if (value instanceof Value.ObjectValue) {
      container(((Value.ObjectValue) value).entries(), "member", value.pos());
    } else if (value instanceof Value.ArrayValue) {
      container(((Value.ArrayValue) value).entries(), "element", value.pos());
    } else if (value instanceof Value.CondValue) {
      value(((Value.CondValue) value).then());
      value(((Value.CondValue) value).otherwise());
    } else if (value instanceof Value.WithStatements) {
      value(((Value.WithStatements) value).value());
    }
  }

  private void container(List<Entry> entries, String word, int open) {
    Set<State> end = entries(entries, Set.of(new State(Last.START, false)), null, word);
    for (State state : end) {
      if (state.last() == Last.COMMA) {
        problems.putIfAbsent(open, "on some path a comma follows the last " + word + " of this "
            + (word.equals("member") ? "object" : "array"));
      }
    }
    nested(entries);
  }

  /** Checks the containers inside the entries' values. */
  private void nested(List<Entry> entries) {
    for (Entry entry : entries) {
      if (entry instanceof Entry.Member) {
        value(((Entry.Member) entry).value());
      } else if (entry instanceof Entry.Element) {
        value(((Entry.Element) entry).value());
      } else if (entry instanceof Entry.CondEntries) {
        nested(((Entry.CondEntries) entry).then());
        nested(((Entry.CondEntries) entry).otherwise());
      } else if (entry instanceof Entry.LoopEntries) {
        nested(((Entry.LoopEntries) entry).body());
      } else if (entry instanceof Entry.Splice) {
        nested(((Entry.Splice) entry).body());
      }
    }
  }

  private Set<State> entries(List<Entry> entries, Set<State> in, Iteration iteration, String word) {
    Set<State> states = in;
    for (Entry entry : entries) {
      states = entry(entry, states, iteration, word);
    }
    return states;
  }

  private Set<State> entry(Entry entry, Set<State> in, Iteration iteration, String word) {
    Set<State> out = new HashSet<>();
    if (entry instanceof Entry.Blank) {
      in.forEach(state -> out.add(new State(state.last(), false)));
    } else if (entry instanceof Entry.Comma) {
      for (State state : in) {
        if (state.dropPending()) {
          out.add(new State(state.last(), false));
        } else if (state.last() == Last.ENTRY) {
          out.add(new State(Last.COMMA, false));
        } else {
          problems.putIfAbsent(((Entry.Comma) entry).pos(), state.last() == Last.COMMA
              ? "on some path two commas follow each other here"
              : "on some path this comma comes before the first " + word);
          out.add(new State(Last.COMMA, false));
        }
      }
    } else if (entry instanceof Entry.Member || entry instanceof Entry.Element) {
      for (State state : in) {
        if (state.last() == Last.ENTRY && !state.dropPending()) {
          problems.putIfAbsent(position(entry), "on some path this " + word + " follows another with no comma between");
        }
        out.add(new State(Last.ENTRY, false));
      }
    } else if (entry instanceof Entry.CondEntries) {
      Entry.CondEntries branch = (Entry.CondEntries) entry;
      Boolean known = LoopFacts.evaluate(branch.test(), iteration);
      if (known == null || known) {
        out.addAll(entries(branch.then(), in, iteration, word));
      }
      if (known == null || !known) {
        out.addAll(entries(branch.otherwise(), in, iteration, word));
      }
    } else if (entry instanceof Entry.LoopEntries) {
      out.addAll(loop(((Entry.LoopEntries) entry).body(), in, word));
    } else if (entry instanceof Entry.Splice) {
      Entry.Splice splice = (Entry.Splice) entry;
      Set<State> start = new HashSet<>();
      in.forEach(state -> start.add(new State(state.last(), splice.dropLeadingComma())));
      entries(splice.body(), start, iteration, word).forEach(state -> out.add(new State(state.last(), false)));
    } else {
      out.addAll(in);
    }
    return out;
  }

  /** Zero iterations, one (first and last), or several: a first, any number of middle ones, a last. */
  private Set<State> loop(List<Entry> body, Set<State> in, String word) {
    Set<State> out = new HashSet<>(in);
    out.addAll(entries(body, in, new Iteration(true, true), word));
    Set<State> middle = new HashSet<>(entries(body, in, new Iteration(true, false), word));
    while (true) {
      Set<State> next = new HashSet<>(middle);
      next.addAll(entries(body, middle, new Iteration(false, false), word));
      if (next.equals(middle)) {
        break;
      }
      middle = next;
    }
    out.addAll(entries(body, middle, new Iteration(false, true), word));
    return out;
  }

  private static int position(Entry entry) {
    return entry instanceof Entry.Member ? ((Entry.Member) entry).keyPos() : ((Entry.Element) entry).value().pos();
  }

  /** Tests whose outcome a loop iteration decides: {@code loop.first}, {@code loop.last}, and their negations and combinations. */
  static final class LoopFacts {
    private LoopFacts() {}

    static Boolean evaluate(Expr test, Iteration iteration) {
      if (iteration == null) {
        return null;
      }
      if (test instanceof Expr.Attr && ((Expr.Attr) test).target() instanceof Expr.Name
          && ((Expr.Name) ((Expr.Attr) test).target()).name().equals("loop")) {
        switch (((Expr.Attr) test).name()) {
          case "first":
            return iteration.first();
          case "last":
            return iteration.last();
          default:
            return null;
        }
      }
      if (test instanceof Expr.Not) {
        Boolean inner = evaluate(((Expr.Not) test).operand(), iteration);
        return inner == null ? null : !inner;
      }
      if (test instanceof Expr.Binary) {
        Expr.Binary binary = (Expr.Binary) test;
        Boolean left = evaluate(binary.left(), iteration);
        Boolean right = evaluate(binary.right(), iteration);
        if (binary.op().equals("and")) {
          if (Boolean.FALSE.equals(left) || Boolean.FALSE.equals(right)) {
            return false;
          }
          return left != null && right != null ? Boolean.TRUE : null;
        }
        if (binary.op().equals("or")) {
          if (Boolean.TRUE.equals(left) || Boolean.TRUE.equals(right)) {
            return true;
          }
          return left != null && right != null ? Boolean.FALSE : null;
        }
      }
      return null;
    }
  }
}
