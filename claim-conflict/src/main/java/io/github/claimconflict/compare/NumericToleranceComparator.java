package io.github.claimconflict.compare;

import static com.google.common.base.Preconditions.checkArgument;

import io.github.claimconflict.claim.Claim;
import io.github.claimconflict.claim.QuantityClaim;
import io.github.claimconflict.claim.Quantity;
import io.github.claimconflict.claim.Units;
import io.github.claimconflict.report.ConfidenceFactor;
import io.github.claimconflict.report.ConflictKind;
import io.github.claimconflict.report.Position;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Two figures about the same thing conflict when their intervals, each widened by a relative
 * tolerance, do not overlap; an exact figure (a count with no rounding, such as 61 seats) is not
 * widened, and an estimate of a round number ("about 40") stands for what rounds to it. Figures
 * that agree form one position; a vague figure that agrees with
 * several positions ("thousands" beside 4,000 and 5,000) takes no side and is named as compatible.
 *
 * <p>Confidence is the product of three factors: the gap (how far apart the widened intervals
 * are, 0.5 for a gap just past the tolerance rising towards 1), specificity (1 for exact figures,
 * down to 0.7 for open or order-of-magnitude ones), and context (0.9 when one figure's sentence
 * names a place and the other's names none).
 */
public final class NumericToleranceComparator implements ClaimComparator<QuantityClaim> {

  /** The default relative tolerance: 5% on each side. */
  public static final double DEFAULT_TOLERANCE = 0.05;

  /** The vagueness given to an interval with an open bound, as a natural-log width. */
  private static final double OPEN_WIDTH = 1.5;

  /** How many figures of each side, narrowest first, are weighed for the confidence. */
  private static final int CONFIDENCE_PAIRS = 16;

  private final double tolerance;

  /**
   * A comparator with the given tolerance.
   *
   * @param tolerance the relative tolerance on each side: 0.05 is 5%
   * @throws IllegalArgumentException if the tolerance is NaN or outside [0, 10)
   */
  public NumericToleranceComparator(double tolerance) {
    checkArgument(tolerance >= 0 && tolerance < 10 && !Double.isNaN(tolerance),
        "tolerance must be between 0 and 10, got %s", tolerance);
    this.tolerance = tolerance;
  }

  /** A comparator with the {@link #DEFAULT_TOLERANCE}. */
  public NumericToleranceComparator() {
    this(DEFAULT_TOLERANCE);
  }

  /**
   * The relative tolerance on each side.
   *
   * @return the relative tolerance
   */
  public double tolerance() {
    return tolerance;
  }

  @Override
  public Class<QuantityClaim> claimType() {
    return QuantityClaim.class;
  }

  /**
   * Whether two figures are compatible once widened by the tolerance.
   *
   * @param a a figure
   * @param b another figure
   * @return true if their widened intervals overlap
   */
  public boolean compatible(QuantityClaim a, QuantityClaim b) {
    return widened(a).overlaps(widened(b));
  }

  /**
   * A figure's interval widened by the tolerance, which is for round and vague figures: an exact
   * figure (61 seats, 14 dead) stays as it is, since one more is a disagreement, and so does a
   * firm one, whose interval already says its precision (a plain figure, a bound, an age); an
   * estimate ("about 4,000", ±5%) is widened only by what the tolerance adds to its hedge.
   */
  private Quantity widened(QuantityClaim c) {
    return widen(roundEstimate(c.quantity()));
  }

  private Quantity widen(Quantity q) {
    double extra = tolerance - q.tolerated();
    return extra <= 0 || q.isBounded() && q.low().equals(q.high()) ? q : q.widen(extra);
  }

  /** At most this share of its value either side may an estimate's rounding span. */
  static final double MAX_ROUNDING = 0.125;

  /**
   * An estimate of a round number ("about 40") stands for what rounds to that number, 35 up to
   * (not including) 45, rather than its own ±5%: a writer who knows of 35 may well say "about
   * 40", but not "about 50". Capped at {@link #MAX_ROUNDING} of the value, since "about 100" is
   * not 50 to 150. A number with more significant digits ("about 35", "about 4,460") keeps its
   * own ±5%, and so does a plain figure, whose rounding its interval already holds.
   */
  static Quantity roundEstimate(Quantity q) {
    if (q.firm() || q.tolerated() <= 0 || !q.isBounded()) {
      return q;
    }
    double v = (q.low() + q.high()) / 2;
    if (v < 10 || v != Math.rint(v)) {
      return q;
    }
    double unit = 1;
    while (v >= unit * 10 && v % (unit * 10) == 0) {
      unit *= 10;
    }
    double d = Math.min(unit / 2, MAX_ROUNDING * v);
    if (v - d >= q.low()) {
      return q;
    }
    // Half-open: the next round number's estimate ("about 50") starts where this one ends.
    return new Quantity(v - d, v + d * (1 - 1e-9), q.unit(), d / v);
  }

  @Override
  public List<Finding> compare(ClaimGroup<QuantityClaim> group) {
    List<QuantityClaim> claims = new ArrayList<>(group.claims());
    // Narrowest first, so that precise figures found the positions and vague ones join them.
    claims.sort(Comparator.comparingDouble((QuantityClaim c) -> c.quantity().logWidth(OPEN_WIDTH))
        .thenComparing(Claim.inTextOrder()));
    // A position's members are pairwise compatible, so by Helly's theorem on the line a figure
    // compatible with each of them meets the intersection of their widened intervals: one check
    // per position, not per member.
    // First the founders: figures that fit no side found so far. Every other figure waits until
    // all sides are known, so "at least 14" is not put beside "14" before "at least 19" appears.
    List<List<QuantityClaim>> positions = new ArrayList<>();
    List<Quantity> common = new ArrayList<>();
    List<QuantityClaim> undecided = new ArrayList<>();
    for (QuantityClaim c : claims) {
      if (fitting(c, common).isEmpty()) {
        positions.add(new ArrayList<>(List.of(c)));
        common.add(widened(c));
      } else {
        undecided.add(c);
      }
    }
    if (positions.size() < 2) {
      return List.of();
    }
    List<QuantityClaim> neutral = new ArrayList<>();
    for (QuantityClaim c : undecided) {
      List<Integer> fits = fitting(c, common);
      if (fits.size() == 1) {
        join(fits.get(0), c, positions, common);
      } else {
        neutral.add(c);
      }
    }
    if (!acrossSources(positions)) {
      return List.of();
    }
    Scored best = Scored.NONE;
    for (int i = 0; i < positions.size(); i++) {
      for (int j = i + 1; j < positions.size(); j++) {
        // The narrowest figures of each side carry the confidence; a bound keeps it linear.
        for (QuantityClaim a : head(positions.get(i))) {
          for (QuantityClaim b : head(positions.get(j))) {
            Scored s = confidence(a, b);
            if (s.confidence() > best.confidence()) {
              best = s;
            }
          }
        }
      }
    }
    double confidence = best.confidence();
    positions.sort(Comparator.comparingInt((List<QuantityClaim> p) -> -articles(p).size())
        .thenComparing(p -> p.get(0).articleId()));
    List<Position> out = positions.stream().map(NumericToleranceComparator::position).toList();
    return List.of(new Finding(ConflictKind.NUMERIC, group.topic(), round(confidence),
        explanation(group.topic(), out, positions, neutral,
            Units.isClock(positions.get(0).get(0).quantity().unit())),
        Optional.empty(), out, best.factors()));
  }

  private List<Integer> fitting(QuantityClaim c, List<Quantity> common) {
    Quantity w = widened(c);
    List<Integer> out = new ArrayList<>(2);
    for (int k = 0; k < common.size(); k++) {
      if (common.get(k).overlaps(w)) {
        out.add(k);
      }
    }
    return out;
  }

  private void join(int k, QuantityClaim c, List<List<QuantityClaim>> positions,
      List<Quantity> common) {
    positions.get(k).add(c);
    common.set(k, common.get(k).intersect(widened(c)).orElseThrow());
  }

  private static List<QuantityClaim> head(List<QuantityClaim> position) {
    return position.size() <= CONFIDENCE_PAIRS ? position : position.subList(0, CONFIDENCE_PAIRS);
  }

  /**
   * A disagreement needs two articles, or two named claimants within one article (an
   * unattributed figure is no claimant), each on a side of its own.
   */
  private static boolean acrossSources(List<List<QuantityClaim>> positions) {
    Set<String> articles = new LinkedHashSet<>();
    for (List<QuantityClaim> p : positions) {
      articles.addAll(articles(p));
    }
    if (articles.size() >= 2) {
      return true;
    }
    Set<String> claimants = new LinkedHashSet<>();
    int attributed = 0;
    for (List<QuantityClaim> p : positions) {
      Set<String> own = new LinkedHashSet<>();
      p.forEach(c -> c.claimant().ifPresent(w -> own.add(w.toLowerCase(Locale.ROOT))));
      if (!own.isEmpty()) {
        attributed++;
        claimants.addAll(own);
      }
    }
    return attributed >= 2 && claimants.size() >= 2;
  }

  /** A pair's confidence and the factors it is the product of. */
  private record Scored(double confidence, List<ConfidenceFactor> factors) {
    static final Scored NONE = new Scored(0, List.of());
  }

  private Scored confidence(QuantityClaim a, QuantityClaim b) {
    if (compatible(a, b)) {
      return Scored.NONE;
    }
    // How far apart, on the figures' own precision: an estimate's rounding decides whether they
    // agree, not how plainly they do not.
    Quantity x = widen(a.quantity());
    Quantity y = widen(b.quantity());
    Quantity lower = x.high() != null && y.low() != null && x.high() < y.low() ? x : y;
    Quantity upper = lower == x ? y : x;
    double gap = logGap(lower.high(), upper.low());
    if (lower.firm() && upper.firm() && lower.isBounded() && upper.isBounded()) {
      // Two firm figures that only just miss ("68" and "69" years) still disagree plainly: half
      // the gap between their middles counts.
      gap = Math.max(gap, logGap(lower.low() + lower.high(), upper.low() + upper.high()) / 2);
    }
    double gapScore = 1 - 0.5 * Math.exp(-gap / 0.05);
    double width = (a.quantity().logWidth(OPEN_WIDTH) + b.quantity().logWidth(OPEN_WIDTH)) / 2;
    double specificity = 1 - 0.3 * Math.min(1, width / OPEN_WIDTH);
    boolean oneUnplaced = a.places().isEmpty() != b.places().isEmpty();
    double context = oneUnplaced ? 0.9 : 1;
    return new Scored(gapScore * specificity * context, List.of(
        new ConfidenceFactor("gap", gapScore,
            "how far apart the closest figures are: 0.5 just past the tolerance, towards 1"),
        new ConfidenceFactor("specificity", specificity,
            "how precise the figures are: 1 for exact, down to 0.7 for open or vague ones"),
        new ConfidenceFactor("context", context,
            oneUnplaced ? "one sentence names a place and the other none" : "the same context")));
  }

  private static double logGap(double below, double above) {
    if (below <= 0) {
      return above > 0 ? 1 : 0;
    }
    return Math.max(0, Math.log(above / below));
  }

  private static Position position(List<QuantityClaim> claims) {
    List<QuantityClaim> sorted = new ArrayList<>(claims);
    sorted.sort(Claim.inTextOrder());
    String value = sorted.stream().map(QuantityClaim::surface).distinct()
        .collect(Collectors.joining(" / "));
    Quantity q = sorted.get(0).quantity();
    for (QuantityClaim c : sorted) {
      q = q.intersect(c.quantity()).orElse(q);
    }
    Set<String> seen = new java.util.HashSet<>();
    List<String> claimants = sorted.stream().map(QuantityClaim::claimant)
        .flatMap(Optional::stream).filter(w -> seen.add(w.toLowerCase(Locale.ROOT))).toList();
    return new Position(value, q.describe(), bound(q.low()), bound(q.high()),
        Optional.of(q.unit()), articles(sorted), claimants,
        sorted.stream().map(QuantityClaim::evidence).toList(), articles(sorted).size());
  }

  /** A bound of an interval, empty when open. */
  private static OptionalDouble bound(Double value) {
    return value == null ? OptionalDouble.empty() : OptionalDouble.of(value);
  }

  private static List<String> articles(List<QuantityClaim> claims) {
    return claims.stream().map(QuantityClaim::articleId).distinct().sorted().toList();
  }

  private String explanation(String topic, List<Position> positions,
      List<List<QuantityClaim>> claims, List<QuantityClaim> neutral, boolean clock) {
    StringBuilder b = new StringBuilder();
    Set<String> all = new LinkedHashSet<>();
    positions.forEach(p -> all.addAll(p.articles()));
    b.append(all.size() == 1 ? "One source gives" : all.size() + " sources give")
        .append(" figures for ").append(topic).append(" that cannot all be true: ");
    List<String> parts = new ArrayList<>();
    for (int k = 0; k < positions.size(); k++) {
      Position p = positions.get(k);
      parts.add("\"" + p.value() + "\" (" + who(p, claims.get(k)) + ") means " + p.normalized());
    }
    b.append(String.join("; ", parts)).append(". ");
    if (clock) {
      b.append("Each time is read at the precision its writing implies (a minute written exactly "
          + "±1 minute, a round time such as 10:30 ±10, \"about\" at least ±10), and these "
          + "moments do not overlap.");
    } else {
      // How estimates of round numbers and bounds are read is the README's: said here, it
      // would repeat in every conflict.
      b.append(String.format(Locale.ROOT, "Even with estimates widened by %s%% on each side, "
          + "these ranges do not overlap.", Quantity.format(tolerance * 100)));
    }
    Set<String> claimants = new java.util.TreeSet<>(String.CASE_INSENSITIVE_ORDER);
    positions.forEach(p -> claimants.addAll(p.claimants()));
    boolean disputed = positions.stream().allMatch(p -> !p.claimants().isEmpty())
        && claimants.size() >= 2;
    if (disputed) {
      b.append(" The figures come from different claimants (").append(String.join(", ", claimants))
          .append("): a dispute between them, reported by the articles.");
    }
    if (!neutral.isEmpty()) {
      List<String> vague = neutral.stream()
          .map(c -> "\"" + c.surface() + "\" (" + c.articleId() + ")").distinct().toList();
      b.append(' ').append(String.join(", ", vague))
          .append(vague.size() == 1 ? " is" : " are").append(" compatible with more than one side.");
    }
    return b.toString();
  }

  /**
   * Who gives a position: its claimants in its articles ("police in a, b"), or, where only some
   * of its figures are attributed, each article with its own ("a; police in b"), so that an
   * unattributed headline is never put in a claimant's mouth.
   */
  private static String who(Position p, List<QuantityClaim> claims) {
    boolean some = claims.stream().anyMatch(c -> c.claimant().isPresent());
    boolean all = claims.stream().allMatch(c -> c.claimant().isPresent());
    if (!some) {
      return String.join(", ", p.articles());
    }
    if (all) {
      return String.join(", ", p.claimants()) + " in " + String.join(", ", p.articles());
    }
    List<String> parts = new ArrayList<>();
    for (String article : p.articles()) {
      Set<String> by = new java.util.TreeSet<>(String.CASE_INSENSITIVE_ORDER);
      claims.stream().filter(c -> c.articleId().equals(article))
          .forEach(c -> c.claimant().ifPresent(by::add));
      parts.add(by.isEmpty() ? article : String.join(", ", by) + " in " + article);
    }
    return String.join("; ", parts);
  }

  private static double round(double v) {
    return Math.round(v * 1000) / 1000.0;
  }

  @Override
  public String toString() {
    return "NumericToleranceComparator[tolerance=" + tolerance + "]";
  }
}
