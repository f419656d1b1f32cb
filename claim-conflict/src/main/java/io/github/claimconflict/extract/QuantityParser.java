package io.github.claimconflict.extract;

import com.google.common.collect.ImmutableSet;
import io.github.claimconflict.claim.Quantity;
import io.github.claimconflict.claim.Units;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Finds the figures in a sentence's tokens and reads each into an interval. The figure grammar,
 * in the order its readers run: the amount ({@link Amount}: digits, words, a vague magnitude or
 * a fraction), its veto ({@link FigureVeto}: years, dates, times, ordinals, labels and codes are
 * not figures), a currency sign, the hedge before it ({@link Hedge#before}), its unit ({@link
 * UnitReader}), a range, a duration's smaller unit, the hedge after it ({@link Hedge#after}),
 * the total of a comparison ("three teams out of 12"), the noun it counts ({@link NounReader})
 * and its role. The interval is its hedge's rule ({@link Hedge#bounds}).
 */
final class QuantityParser {

  /** What part a figure plays. */
  enum Role {
    /** A figure about the thing itself. */
    VALUE,
    /** The whole of a comparison: the 12 in "three teams out of 12", "all 12 teams". */
    TOTAL,
    /** A part of some whole: "the other three", "three of which", "from 5 to 7" (the 5). */
    PARTIAL,
    /** A person's age: "Petrov, 64,", "the 61-year-old". */
    AGE
  }

  /** One figure found, with its token span {@code [first, last)}. */
  record Parsed(int first, int last, Quantity quantity, Hedge hedge, Role role,
      Optional<String> noun, boolean hasTotal) {}

  private static final ImmutableSet<String> PARTIAL_BEFORE =
      ImmutableSet.of("other", "another", "remaining", "additional", "further", "extra");
  private static final ImmutableSet<String> DASHES = Amount.DASHES;

  private final NounReader nouns;

  QuantityParser(Set<String> countedNouns) {
    this.nouns = new NounReader(countedNouns);
  }

  List<Parsed> parse(List<Token> t) {
    List<Parsed> out = new ArrayList<>();
    int i = 0;
    while (i < t.size()) {
      int next = readFigure(t, i, out);
      i = Math.max(next, i + 1);
    }
    return out;
  }

  /** Reads the figure starting at token {@code i}, if any; returns where to go on. */
  private int readFigure(List<Token> t, int i, List<Parsed> out) {
    Amount c = Amount.read(t, i);
    if (c == null) {
      return i + 1;
    }
    if (!c.words() && FigureVeto.vetoes(t, c)) {
      return c.end();
    }
    int h = c.start();
    String currency = null;
    if (h > 0 && t.get(h - 1).type() == Token.Type.PUNCT) {
      Optional<String> sym = Units.currencySymbol(t.get(h - 1).text());
      if (sym.isPresent()) {
        currency = sym.get();
        h--;
        if (h > 0 && t.get(h - 1).is("us") && !t.get(h).spaceBefore()) {
          h--;
        }
      }
    }
    Hedge.Found hm = Hedge.before(t, h);
    Hedge hedge = hm.hedge();
    int first = hm.start();
    int j = c.end();
    UnitReader.Read unit = UnitReader.read(t, j);
    if (unit != null) {
      j = unit.end();
    }
    Amount upper = null;
    if (hedge == Hedge.BETWEEN) {
      if (j < t.size() && t.get(j).is("and")) {
        upper = Amount.read(t, j + 1 + currencySign(t, j + 1));
      }
      if (upper == null) {
        hedge = Hedge.NONE;
        first = h;
      }
    } else if (j + 1 < t.size() && !c.fraction() && c.range() == null) {
      Token sep = t.get(j);
      boolean dash = DASHES.contains(sep.text()) && !sep.spaceBefore()
          && !t.get(j + 1).spaceBefore() && t.get(j + 1).isNumber() && !c.words();
      boolean word = (sep.is("to") || sep.is("or")) && !isChangeFrom(t, first);
      if (dash || word) {
        Amount candidate = Amount.read(t, j + 1 + (word ? currencySign(t, j + 1) : 0));
        if (candidate != null && candidate.range() == null && !candidate.fraction()
            && candidate.value() > c.value()) {
          if (dash && FigureVeto.isYear(t.get(c.start())) && FigureVeto.isYear(t.get(candidate.start()))) {
            return candidate.end();
          }
          upper = candidate;
        }
      }
    }
    if (upper != null) {
      j = upper.end();
      UnitReader.Read u2 = UnitReader.read(t, j);
      if (u2 != null) {
        j = u2.end();
        unit = u2;
      }
    }
    boolean partial = isChangeFrom(t, first);
    double value = c.value();
    double halfUnit = c.halfUnit();
    if (unit != null && unit.duration() && upper == null) {
      // "nine years and three months": add the smaller unit onto the larger.
      if (j + 1 < t.size() && (t.get(j).is("and") || t.get(j).is(","))) {
        Amount more = Amount.read(t, j + 1);
        UnitReader.Read moreUnit = more == null ? null : UnitReader.read(t, more.end());
        if (moreUnit != null && moreUnit.duration() && moreUnit.lowFactor() < unit.lowFactor()) {
          value = value + more.value() * moreUnit.lowFactor() / unit.lowFactor();
          halfUnit = more.halfUnit() * moreUnit.lowFactor() / unit.lowFactor();
          j = moreUnit.end();
        }
      }
    }
    if (hedge == Hedge.NONE) {
      Optional<PhraseMatcher.Match<Hedge>> trailing = Hedge.after(t, j);
      if (trailing.isPresent()) {
        hedge = trailing.get().value();
        j = trailing.get().end();
      }
    }
    String canonical = c.fraction() ? Units.PERCENT : unit != null ? unit.canonical()
        : currency != null ? currency : Units.COUNT;
    if (unit != null && currency != null) {
      canonical = currency;
      unit = null;
    }
    if (unit == null && currency == null && j < t.size()) {
      Optional<String> word = Units.currencyWord(t.get(j).lower());
      if (word.isPresent()) {
        canonical = word.get();
        j++;
      }
    }
    Role role = Role.VALUE;
    boolean age = unit != null && unit.age();
    if (!age && isAgeApposition(t, first, j, c, hedge, canonical)) {
      age = true;
      unit = new UnitReader.Read(Units.YEAR, 1, 1, j, true, true);
      canonical = Units.YEAR;
    }
    if (!age && first > 0 && (t.get(first - 1).is("aged") || t.get(first - 1).is("age")
        || (first > 1 && t.get(first - 1).is("of") && t.get(first - 2).is("age")))
        && canonical.equals(Units.COUNT)) {
      age = true;
      unit = new UnitReader.Read(Units.YEAR, 1, 1, j, true, true);
      canonical = Units.YEAR;
    }
    if (age) {
      role = Role.AGE;
    }
    if (FigureVeto.isYear(t.get(c.start())) && !c.words() && hedge == Hedge.NONE && upper == null
        && canonical.equals(Units.COUNT) && nouns.nounAfter(t, j).isEmpty()) {
      return c.end();
    }

    // What the figure counts, and the whole it is part of.
    int last = j;
    Optional<String> noun = Optional.empty();
    Amount total = null;
    int k = j;
    if (k < t.size() && t.get(k).is("out") && k + 1 < t.size() && t.get(k + 1).is("of")) {
      k += 2;
    } else if (k < t.size() && t.get(k).is("of") && !c.fraction() && c.range() == null) {
      k += 1;
      if (k < t.size() && t.get(k).is("the")) {
        k++;
      }
    } else {
      k = -1;
    }
    if (k > 0) {
      total = k < t.size() ? Amount.read(t, k) : null;
      if (total != null && !total.fraction() && total.range() == null && total.value() > value) {
        last = total.end();
        int[] nounEnd = new int[1];
        noun = nouns.nounAfter(t, total.end(), nounEnd);
        if (noun.isPresent()) {
          last = nounEnd[0];
        }
      } else {
        total = null;
        if (!c.fraction() && c.range() == null && canonicalIsCount(c, unit, currency)
            && j < t.size() && t.get(j).is("of")
            && j + 1 < t.size() && NounReader.DETERMINERS.contains(t.get(j + 1).lower())) {
          partial = true;
        }
      }
    }
    if (total == null && canonical.equals(Units.COUNT)) {
      int[] nounEnd = new int[1];
      noun = nouns.nounAfter(t, j, nounEnd);
      if (noun.isPresent()) {
        last = nounEnd[0];
        int m = last;
        if (m + 2 < t.size() && t.get(m).is("out") && t.get(m + 1).is("of")) {
          total = Amount.read(t, m + 2);
          if (total != null && (total.fraction() || total.range() != null || total.value() <= value)) {
            total = null;
          }
          if (total != null) {
            last = total.end();
          }
        }
      }
    }
    if (c.words() && c.value() == 1 && c.end() - c.start() == 1 && hedge == Hedge.NONE
        && canonical.equals(Units.COUNT) && noun.isEmpty() && total == null) {
      return c.end(); // a lone "one" is a pronoun far more often than a count
    }
    if (first > 0 && PARTIAL_BEFORE.contains(t.get(first - 1).lower())) {
      partial = true;
    }
    if (first > 1 && t.get(first - 1).is("the") && PARTIAL_BEFORE.contains(t.get(first - 2).lower())) {
      partial = true;
    }
    if (j < t.size() && t.get(j).is("more") && !c.fraction()) {
      partial = true;
    }
    // "one of four hikers hurt", "one of the nine unions that rejected the deal": the one
    // is a member; the whole takes the measure of the clause that follows it.
    boolean member = total != null && c.words() && c.value() == 1 && c.end() - c.start() == 1
        && hedge == Hedge.NONE && j < t.size() && t.get(j).is("of");
    if ((partial || member) && role == Role.VALUE) {
      role = Role.PARTIAL;
    }
    if (role == Role.VALUE && first > 0 && t.get(first - 1).is("all") && noun.isPresent()) {
      role = Role.TOTAL;
    }
    boolean count = canonical.equals(Units.COUNT);
    boolean truncated = unit != null && unit.duration();
    Quantity q = toQuantity(c, value, halfUnit, upper, hedge, canonical, unit, truncated, count);
    if (q == null) {
      return last;
    }
    out.add(new Parsed(first, last, q, hedge, role, noun, total != null));
    if (total != null) {
      Quantity tq = toQuantity(total, total.value(), total.halfUnit(), null, Hedge.NONE, Units.COUNT,
          null, false, true);
      if (tq != null) {
        out.add(member
            ? new Parsed(total.start(), last, tq, Hedge.NONE, Role.VALUE, noun, false)
            : new Parsed(total.start(), total.end(), tq, Hedge.NONE, Role.TOTAL, noun, false));
      }
    }
    return last;
  }

  /** The figure's interval in its canonical unit: its hedge's rule, then the unit's factors. */
  private static Quantity toQuantity(Amount c, double v, double halfUnit, Amount upper,
      Hedge hedge, String unit, UnitReader.Read conv, boolean truncated, boolean count) {
    Hedge.Bounds b = hedge.bounds(c, v, halfUnit, upper, truncated, count);
    double lf = conv == null ? 1 : conv.lowFactor();
    double hf = conv == null ? 1 : conv.highFactor();
    double low = b.low() * lf;
    Double high = b.high() == null ? null : b.high() * hf;
    if (truncated && high != null && high > low) {
      high = Math.nextDown(high); // 68 years is [68, 69): it never meets 69
    }
    if (!Double.isFinite(low) || (high != null && (!Double.isFinite(high) || high < low))) {
      return null;
    }
    return new Quantity(low, high, unit, hedge.tolerated(c, upper, truncated));
  }

  /** 1 when a currency sign stands at {@code k} ("$6 billion and $9 billion"), else 0. */
  private static int currencySign(List<Token> t, int k) {
    return k < t.size() && t.get(k).type() == Token.Type.PUNCT
        && Units.currencySymbol(t.get(k).text()).isPresent() ? 1 : 0;
  }

  private static boolean canonicalIsCount(Amount c, UnitReader.Read unit, String currency) {
    return !c.fraction() && unit == null && currency == null;
  }

  /** "rose from 5 to 7": the 5 is an earlier value, not a claim about now. */
  private static boolean isChangeFrom(List<Token> t, int first) {
    return first > 0 && t.get(first - 1).is("from");
  }

  /** "Petrov, 64, greeting supporters": a name, a comma, a small whole number, a comma. */
  private static boolean isAgeApposition(List<Token> t, int first, int end, Amount c, Hedge hedge,
      String unit) {
    if (hedge != Hedge.NONE || c.words() || !unit.equals(Units.COUNT) || c.end() != end) {
      return false;
    }
    if (c.value() < 1 || c.value() > 120 || c.value() != Math.rint(c.value())) {
      return false;
    }
    boolean before = first >= 2 && t.get(first - 1).is(",") && endsName(t, first - 2);
    boolean after = end >= t.size() || t.get(end).is(",") || t.get(end).is(")");
    return before && after;
  }

  /** Whether a name ends at token {@code i}: a capitalized word, or "Min-jae" after a hyphen. */
  private static boolean endsName(List<Token> t, int i) {
    if (t.get(i).isCapitalized()) {
      return true;
    }
    return i >= 2 && t.get(i).isWord() && !t.get(i).spaceBefore()
        && DASHES.contains(t.get(i - 1).text()) && !t.get(i - 1).spaceBefore()
        && t.get(i - 2).isCapitalized();
  }

}
