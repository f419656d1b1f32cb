package io.github.claimconflict.extract;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import io.github.claimconflict.claim.Quantity;
import java.util.List;
import java.util.Optional;

/**
 * The words that qualify a figure, and the interval each gives a value {@code v}. These are the
 * library's documented semantics; the README lists them too.
 *
 * <ul>
 *   <li>{@link #NONE}: the precision the figure's rounding implies: half a unit of its last
 *       significant digit, at most 5% of {@code v} ("590" is 585–595, "5,000" is 4,750–5,250),
 *       but a percentage's rounding to the point in full ("7%" is 6.5–7.5); a count with no
 *       trailing zero is exact; a duration or age is truncated ("11 years" is 11 to
 *       12).
 *   <li>{@link #APPROXIMATELY} (about, around, some, roughly, approximately, an estimated): {@code
 *       v} ± 5%, and ± 1 at least for counts, ± half a point for whole percentages.
 *   <li>{@link #NEARLY} (nearly, almost, just under, close to): 90% of {@code v} to {@code v}.
 *   <li>{@link #MORE_THAN} (more than, over, above, upwards of, in excess of, and verbs of
 *       exceeding: tops, exceeded, surpassed, passed, "passed the 100 mark"): above {@code v}.
 *   <li>{@link #JUST_OVER} (just over, slightly more than): {@code v} to 110% of {@code v}.
 *   <li>{@link #AT_LEAST} (at least, no fewer than, a minimum of, "or more"): {@code v} or above.
 *   <li>{@link #LESS_THAN} (fewer than, less than, under, below): 0 to {@code v}.
 *   <li>{@link #AT_MOST} (up to, at most, no more than, as many as, a maximum of): 0 to {@code v}.
 *   <li>{@link #EXACTLY} (exactly, precisely): {@code v} itself.
 *   <li>{@link #BETWEEN} (between ... and ...): the range as written.
 * </ul>
 *
 * <p>Each hedge owns its rule: {@link #bounds} gives the interval, {@link #tolerated} what
 * precision it already holds. A vague magnitude or fraction ("thousands", "half") names its own
 * interval, which a hedge only opens or closes.
 */
public enum Hedge {
  NONE(),
  APPROXIMATELY(
      "about", "around", "some", "roughly", "approximately", "approx", "circa", "an estimated",
      "~", "an approximate", "in the region of", "give or take", "or so"),
  NEARLY("nearly", "almost", "just under", "close to", "just shy of", "nearing", "approaching",
      "just below", "not quite"),
  MORE_THAN(
      "more than", "over", "above", "upwards of", "in excess of", "exceeding", "greater than",
      "well over", "well above", "more then", "beyond", "upward of", "tops", "topped",
      "exceeded", "exceeds", "surpassed", "surpasses", "passed", "passes"),
  JUST_OVER("just over", "slightly more than", "a little over", "a little more than",
      "just above", "slightly over"),
  AT_LEAST("at least", "no fewer than", "no less than", "a minimum of", "not less than",
      "or more", "and more", "at a minimum"),
  LESS_THAN("fewer than", "less than", "under", "below", "not even"),
  AT_MOST("up to", "at most", "no more than", "as many as", "a maximum of", "not more than",
      "as much as", "or fewer", "or less"),
  EXACTLY("exactly", "precisely", "a total of", "a record"),
  BETWEEN("between");

  private final ImmutableList<ImmutableList<String>> phrases;

  Hedge(String... phrases) {
    ImmutableList.Builder<ImmutableList<String>> b = ImmutableList.builder();
    for (String p : phrases) {
      b.add(ImmutableList.copyOf(p.split(" ")));
    }
    this.phrases = b.build();
  }

  /** The hedge's phrases, each as lower-case words. */
  public List<ImmutableList<String>> phrases() {
    return phrases;
  }

  /** Phrases that follow the figure rather than precede it ("5,000 or more"). */
  static boolean isTrailing(List<String> phrase) {
    return phrase.get(0).equals("or") || phrase.get(0).equals("and");
  }

  // ---- the hedge readers of the figure grammar

  /** Built once, in the enum's order: of equally long phrases, the first listed wins. */
  private static final class Matchers {
    static final PhraseMatcher<Hedge> LEADING = matcher(false);
    static final PhraseMatcher<Hedge> TRAILING = matcher(true);

    private static PhraseMatcher<Hedge> matcher(boolean trailing) {
      PhraseMatcher.Builder<Hedge> b = PhraseMatcher.builder();
      for (Hedge h : values()) {
        for (ImmutableList<String> p : h.phrases) {
          if (isTrailing(p) == trailing) {
            b.add(p, h);
          }
        }
      }
      return b.build();
    }
  }

  /** A hedge found before a figure, from token {@code start}. */
  record Found(Hedge hedge, int start) {}

  /**
   * The hedge written just before token {@code i} ("more than", "about"), the longest one; or
   * {@link #NONE} starting at {@code i}.
   */
  static Found before(List<Token> t, int i) {
    return Matchers.LEADING.longestEndingAt(t, i - 1)
        .map(m -> new Found(m.value(), m.start()))
        .orElse(new Found(NONE, i));
  }

  /** Verbs of exceeding that take "the N mark": "passed the 100 mark". */
  private static final ImmutableSet<String> EXCEEDING =
      ImmutableSet.of("tops", "topped", "top", "exceeded", "exceeds", "exceed", "surpassed",
          "surpasses", "surpass", "passed", "passes", "pass", "crossed", "crosses", "cross",
          "broke", "breaks", "break", "past");
  /** Nouns that make a figure a mark to be exceeded; a "threshold" is a figure of its own. */
  private static final ImmutableSet<String> MARKS = ImmutableSet.of("mark", "milestone", "barrier");

  /**
   * A verb of exceeding with a mark: "passed the 100 mark", "crossed the 1,000 milestone", "went
   * past the 50,000 mark". The figure starts at token {@code i} and its unit ends before {@code
   * end}; the mark word follows. Found from the verb, ending after the mark word.
   */
  static Optional<PhraseMatcher.Match<Hedge>> mark(List<Token> t, int i, int end) {
    if (i < 2 || end >= t.size() || !t.get(i - 1).is("the")
        || !EXCEEDING.contains(t.get(i - 2).lower()) || !MARKS.contains(t.get(end).lower())) {
      return Optional.empty();
    }
    return Optional.of(new PhraseMatcher.Match<>(i - 2, end + 1, MORE_THAN));
  }

  /** The hedge written just after a figure, from token {@code i} ("or more", "or so"). */
  static Optional<PhraseMatcher.Match<Hedge>> after(List<Token> t, int i) {
    List<PhraseMatcher.Match<Hedge>> m = Matchers.TRAILING.startingAt(t, i);
    return m.isEmpty() ? Optional.empty() : Optional.of(m.get(0));
  }

  // ---- the interval rule

  /** An interval before conversion to the canonical unit; {@code high} null when open. */
  record Bounds(double low, Double high) {}

  /**
   * The interval this hedge gives the amount {@code c} read as {@code v} (with rounding {@code
   * halfUnit}), up to {@code upper} when a range is written ("200 to 300").
   *
   * @param truncated whether the figure is a duration or age, truncated ("68" is [68, 69))
   * @param count whether it counts things (±1 at least for "about")
   * @param percent whether it is a percentage or in percentage points, whose rounding is in
   *     points
   */
  Bounds bounds(Amount c, double v, double halfUnit, Amount upper, boolean truncated,
      boolean count, boolean percent) {
    double lo;
    Double hi;
    if (c.range() != null) {
      lo = c.range()[0];
      hi = c.range()[1];
      switch (this) {
        // A fraction's bound is the fraction itself ("more than half" is above 50%); a vague
        // magnitude's is its order ("more than thousands" is 1,000 or more).
        case MORE_THAN, AT_LEAST, JUST_OVER -> {
          lo = c.fraction() ? v : lo;
          hi = null;
        }
        case LESS_THAN, AT_MOST -> {
          hi = c.fraction() ? v : hi;
          lo = 0;
        }
        case NEARLY -> {
          lo = 0.9 * v;
          hi = v;
        }
        case EXACTLY -> {
          lo = v;
          hi = v;
        }
        default -> { }
      }
    } else if (upper != null) {
      lo = v;
      hi = truncated ? upper.value() + 2 * upper.halfUnit() : upper.value();
      if (this == APPROXIMATELY) {
        lo *= 0.95;
        hi *= 1.05;
      }
    } else {
      switch (this) {
        case APPROXIMATELY -> {
          // a count is about ±1 at least; a percentage about what rounds to its last digit, in
          // points ("about 2%" is 1.5-2.5, as "about 2 people" is 1-3)
          double d = Math.max(0.05 * v, count ? 1 : percent ? Math.min(halfUnit, 0.5) : 0);
          lo = Math.max(0, v - d);
          hi = v + d;
        }
        case NEARLY -> {
          lo = 0.9 * v;
          hi = v;
        }
        case MORE_THAN, AT_LEAST -> {
          lo = v;
          hi = null;
        }
        case JUST_OVER -> {
          lo = v;
          hi = 1.1 * v;
        }
        case LESS_THAN, AT_MOST -> {
          lo = 0;
          hi = v;
        }
        case EXACTLY -> {
          lo = v;
          hi = v;
        }
        default -> {
          if (truncated) {
            lo = v;
            hi = v + 2 * halfUnit;
          } else if (count && !c.fraction() && halfUnit <= 0.5) {
            lo = v;
            hi = v;
          } else {
            // A percentage's rounding to the point is in points, never capped: "7%" is 6.5-7.5.
            // A rounding in full is half-open, as rounding is: "7%" never meets "8%", nor
            // "31,000" (30,500 up to 31,500) "32,000".
            double d = Math.min(halfUnit, Math.max(0.05 * Math.abs(v), percent ? 0.5 : 0));
            lo = v - d;
            hi = d == halfUnit && d > 0 ? Math.nextDown(v + d) : v + d;
          }
        }
      }
    }
    return new Bounds(lo, hi);
  }

  /**
   * The relative tolerance the interval already holds (see {@link Quantity#tolerated()}): a
   * duration or age (truncated), a stated bound ("more than 26%" is never widened past 26) and a
   * plain figure, whose rounding is its precision ("220,000" is 215,000-225,000, "41.37%" is
   * 41.365-41.375), are firm, and so is a bound set by a fraction ("more than half" stays above
   * 50%); "about" already holds 5%; a vague figure ("thousands"), a range and "nearly" hold none.
   */
  double tolerated(Amount c, Amount upper, boolean truncated) {
    if (truncated) {
      return Quantity.FIRM;
    }
    if (c.fraction() && upper == null && switch (this) {
      case MORE_THAN, AT_LEAST, JUST_OVER, LESS_THAN, AT_MOST -> true;
      default -> false;
    }) {
      return Quantity.FIRM;
    }
    if (c.range() != null || upper != null) {
      return 0;
    }
    return switch (this) {
      case APPROXIMATELY -> 0.05;
      case NEARLY, BETWEEN -> 0;
      default -> Quantity.FIRM;
    };
  }
}
