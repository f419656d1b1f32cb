package io.github.claimconflict.extract;

import com.google.common.collect.ImmutableSet;
import java.util.List;

/**
 * Whether a duration is the time between the blasts of one attack or accident: "the blasts came
 * minutes apart", "a second explosion followed 40 seconds later", "two explosions with an interval
 * of four seconds". Only a span that says it lies between two of them ("apart", "an interval
 * of") or follows a second one ("another blast ... later") is; "hours after the blast" dates
 * something else.
 */
final class BlastInterval {

  private BlastInterval() {}

  private static final ImmutableSet<String> BLASTS = ImmutableSet.of("blast", "blasts",
      "explosion", "explosions", "bomb", "bombs", "detonation", "detonations");
  /** Words that make a blast the later one: "a second blast", "another explosion". */
  private static final ImmutableSet<String> LATER_ONE =
      ImmutableSet.of("second", "another", "further", "next", "subsequent");
  /** Tokens before the span that a blast is looked for in, within its clause. */
  private static final int BEFORE = 12;

  /**
   * Whether the duration at tokens {@code [first, last)} is the time between blasts. {@code
   * last} may include its "apart" or "later" ("seconds apart" is one figure).
   */
  static boolean of(List<Token> t, int first, int last) {
    String after = last < t.size() ? t.get(last).lower() : "";
    String own = t.get(last - 1).lower();
    boolean apart = after.equals("apart") || own.equals("apart");
    boolean later = after.equals("later") || own.equals("later");
    boolean interval = first >= 2 && t.get(first - 1).is("of")
        && (t.get(first - 2).is("interval") || t.get(first - 2).is("gap"));
    if (!apart && !later && !interval) {
      return false;
    }
    for (int k = first - 1; k >= Math.max(0, first - BEFORE); k--) {
      Token w = t.get(k);
      if (w.is(";") || w.is(".")) {
        return false;
      }
      if (!BLASTS.contains(w.lower())) {
        continue;
      }
      if (!later) {
        return true;
      }
      for (int m = k - 1; m >= Math.max(0, k - 4); m--) {
        if (LATER_ONE.contains(t.get(m).lower())) {
          return true;
        }
      }
    }
    return false;
  }
}
