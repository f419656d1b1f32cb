package io.github.claimconflict.extract;

import com.google.common.collect.ImmutableSet;
import io.github.claimconflict.claim.Distribution;
import java.util.List;

/**
 * What the readers of a claim's context share: the figure's clause and window, negators,
 * boundaries, and the distribution words "each" and "together". A figure's time is read by
 * {@link FigureTime}, its place by {@link FigurePlace}, who states it by {@link Attribution};
 * names by {@link NameReader}.
 */
final class ContextReader {

  private static final ImmutableSet<String> NEGATORS =
      ImmutableSet.of("not", "never", "unlikely", "failed", "fail", "fails", "no", "without",
          "nor", "neither", "unable");

  private static final ImmutableSet<String> BOUNDARIES =
      ImmutableSet.of(",", ";", ":", "(", ")", "\"", "\u201c", "\u201d", "\u2014", "\u2013", "[",
          "]", "?", "!");

  /**
   * How many tokens either side of a figure its time anchor and claimant may stand: they belong
   * to its clause, and a bound keeps one huge unpunctuated "sentence" linear.
   */
  static final int CONTEXT_WINDOW = 25;

  private ContextReader() {}

  /** "each"/"apiece" or "together"/"combined"/"between them" near the figure. */
  static Distribution distribution(List<Token> t, int first, int last) {
    int from = Math.max(0, first - 8);
    int to = Math.min(t.size(), last + 4);
    for (int i = from; i < to; i++) {
      String w = t.get(i).lower();
      if (w.equals("each") || w.equals("apiece")) {
        return Distribution.EACH;
      }
      if (w.equals("together") || w.equals("combined") || w.equals("jointly")
          || (w.equals("between") && i + 1 < t.size() && t.get(i + 1).is("them"))) {
        return Distribution.TOGETHER;
      }
    }
    return Distribution.NONE;
  }

  /** The figure's clause: up to the commas or semicolons around it, within the window. */
  static int[] clause(List<Token> t, int first, int last) {
    int from = first;
    while (from > 0 && first - from < CONTEXT_WINDOW && !t.get(from - 1).is(",")
        && !t.get(from - 1).is(";")) {
      from--;
    }
    int to = last;
    while (to < t.size() && to - last < CONTEXT_WINDOW && !t.get(to).is(",")
        && !t.get(to).is(";")) {
      to++;
    }
    return new int[] {from, to};
  }

  static boolean isNegator(Token tok) {
    return NEGATORS.contains(tok.lower()) || tok.lower().endsWith("n't");
  }

  static boolean isBoundary(Token tok) {
    return BOUNDARIES.contains(tok.text());
  }

  static String lower(Token tok) {
    return NameReader.stripPossessive(tok.lower());
  }
}
