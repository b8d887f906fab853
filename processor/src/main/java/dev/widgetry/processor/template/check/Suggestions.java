package dev.widgetry.processor.template.check;

import java.util.Collection;
import java.util.Locale;

/** "Did you mean" for a name that is not there: the closest known name, if close enough to be a slip. */
public final class Suggestions {
  private Suggestions() {}

  /** {@code " (did you mean \"label\"?)"}, or {@code ""} when no known name is close. */
  public static String didYouMean(String wrong, Collection<String> known) {
    String best = closest(wrong, known);
    return best == null ? "" : " (did you mean \"" + best + "\"?)";
  }

  /**
   * The known name nearest to {@code wrong} by edit distance relative to the longer name's length:
   * a slip changes a few letters, a renamed field (name for label) most of a short word, and either
   * is worth suggesting; nothing when every name is further than that.
   */
  static String closest(String wrong, Collection<String> known) {
    String best = null;
    double bestRatio = Double.MAX_VALUE;
    for (String candidate : known) {
      int distance = distance(wrong.toLowerCase(Locale.ROOT), candidate.toLowerCase(Locale.ROOT));
      int longer = Math.max(wrong.length(), candidate.length());
      double ratio = longer == 0 ? 1 : (double) distance / longer;
      boolean close = distance <= 2 || ratio <= 0.6 || abbreviates(wrong, candidate);
      if (close && (distance < longer || abbreviates(wrong, candidate))
          && (ratio < bestRatio || (ratio == bestRatio && candidate.compareTo(best) < 0))) {
        best = candidate;
        bestRatio = ratio;
      }
    }
    return best;
  }

  /** Whether {@code short} is an abbreviation of {@code name}: its first letter, then letters of it in order (qty, quantity). */
  private static boolean abbreviates(String shortName, String name) {
    String a = shortName.toLowerCase(Locale.ROOT);
    String b = name.toLowerCase(Locale.ROOT);
    if (a.length() < 2 || a.length() >= b.length() || a.charAt(0) != b.charAt(0)) {
      return false;
    }
    int j = 0;
    for (int i = 0; i < b.length() && j < a.length(); i++) {
      if (a.charAt(j) == b.charAt(i)) {
        j++;
      }
    }
    return j == a.length();
  }

  private static int distance(String a, String b) {
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      current[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return previous[b.length()];
  }
}
