package io.github.claimconflict.extract;

import static io.github.claimconflict.extract.NumberWords.FRACTIONS;
import static io.github.claimconflict.extract.NumberWords.SCALES;
import static io.github.claimconflict.extract.NumberWords.SMALL;
import static io.github.claimconflict.extract.NumberWords.VAGUE;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import io.github.claimconflict.claim.Quantity;
import io.github.claimconflict.claim.Units;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;

/**
 * Finds the figures in a sentence's tokens and reads each into an interval: the number (digits,
 * words, a vague magnitude or a fraction), its hedge, a range, its unit, the noun it counts, and
 * the total of a comparison ("four parties out of 16"). Years, dates, times, ordinals, labels
 * ("Article 5") and codes ("COVID-19") are not figures.
 */
final class QuantityParser {

  /** What part a figure plays. */
  enum Role {
    /** A figure about the thing itself. */
    VALUE,
    /** The whole of a comparison: the 16 in "four parties out of 16", "all 16 parties". */
    TOTAL,
    /** A part of some whole: "the other three", "three of which", "from 5 to 7" (the 5). */
    PARTIAL,
    /** A person's age: "Petrov, 64,", "the 61-year-old". */
    AGE
  }

  /** One figure found, with its token span {@code [first, last)}. */
  record Parsed(int first, int last, Quantity quantity, Hedge hedge, Role role,
      Optional<String> noun, boolean hasTotal) {}

  private record Core(int start, int end, double value, double halfUnit, double[] range,
      boolean fraction, boolean words) {}

  private record UnitRead(String canonical, double lowFactor, double highFactor, int end,
      boolean duration, boolean age) {}

  private record HedgeMatch(Hedge hedge, int start) {}

  private static final ImmutableSet<String> PARTIAL_BEFORE =
      ImmutableSet.of("other", "another", "remaining", "additional", "further", "extra");
  private static final ImmutableSet<String> DETERMINERS =
      ImmutableSet.of("the", "its", "their", "his", "her", "our", "these", "those", "them",
          "which", "whom", "us", "you");
  /** Words a counted noun's adjectives never are: the search for the noun stops at them. */
  private static final ImmutableSet<String> FUNCTION_WORDS =
      ImmutableSet.of("to", "and", "or", "in", "on", "at", "for", "by", "with", "was", "were",
          "is", "are", "has", "have", "had", "be", "been", "will", "would", "could", "should",
          "may", "might", "than", "as", "from", "into", "a", "an", "who", "that", "where",
          "which", "when", "whose", "while");
  private static final ImmutableSet<String> DASHES = ImmutableSet.of("-", "\u2013", "\u2014");

  private final ImmutableSet<String> countedNouns;
  private final ImmutableList<ImmutableList<String>> leadingHedges;

  QuantityParser(Set<String> countedNouns) {
    this.countedNouns = ImmutableSet.copyOf(countedNouns);
    ImmutableList.Builder<ImmutableList<String>> b = ImmutableList.builder();
    for (Hedge h : Hedge.values()) {
      for (ImmutableList<String> p : h.phrases()) {
        if (!Hedge.isTrailing(p)) {
          b.add(p);
        }
      }
    }
    this.leadingHedges = b.build();
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
    Core c = readCore(t, i);
    if (c == null) {
      return i + 1;
    }
    if (!c.words && notAQuantity(t, c)) {
      return c.end;
    }
    int h = c.start;
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
    HedgeMatch hm = hedgeBefore(t, h);
    Hedge hedge = hm.hedge();
    int first = hm.start();
    int j = c.end;
    UnitRead unit = readUnit(t, j);
    if (unit != null) {
      j = unit.end();
    }
    Core upper = null;
    if (hedge == Hedge.BETWEEN) {
      if (j < t.size() && t.get(j).is("and")) {
        upper = readCore(t, j + 1 + currencySign(t, j + 1));
      }
      if (upper == null) {
        hedge = Hedge.NONE;
        first = h;
      }
    } else if (j + 1 < t.size() && !c.fraction && c.range == null) {
      Token sep = t.get(j);
      boolean dash = DASHES.contains(sep.text()) && !sep.spaceBefore()
          && !t.get(j + 1).spaceBefore() && t.get(j + 1).isNumber() && !c.words;
      boolean word = (sep.is("to") || sep.is("or")) && !isChangeFrom(t, first);
      if (dash || word) {
        Core candidate = readCore(t, j + 1 + (word ? currencySign(t, j + 1) : 0));
        if (candidate != null && candidate.range == null && !candidate.fraction
            && candidate.value > c.value) {
          if (dash && isYear(t.get(c.start)) && isYear(t.get(candidate.start))) {
            return candidate.end;
          }
          upper = candidate;
        }
      }
    }
    if (upper != null) {
      j = upper.end;
      UnitRead u2 = readUnit(t, j);
      if (u2 != null) {
        j = u2.end();
        unit = u2;
      }
    }
    boolean partial = isChangeFrom(t, first);
    double value = c.value;
    double halfUnit = c.halfUnit;
    if (unit != null && unit.duration() && upper == null) {
      // "11 years and two months": add the smaller unit onto the larger.
      if (j + 1 < t.size() && (t.get(j).is("and") || t.get(j).is(","))) {
        Core more = readCore(t, j + 1);
        UnitRead moreUnit = more == null ? null : readUnit(t, more.end);
        if (moreUnit != null && moreUnit.duration() && moreUnit.lowFactor() < unit.lowFactor()) {
          value = value + more.value * moreUnit.lowFactor() / unit.lowFactor();
          halfUnit = more.halfUnit * moreUnit.lowFactor() / unit.lowFactor();
          j = moreUnit.end();
        }
      }
    }
    if (hedge == Hedge.NONE && j + 1 < t.size()) {
      Hedge trailing = trailingHedge(t.get(j).lower(), t.get(j + 1).lower());
      if (trailing != null) {
        hedge = trailing;
        j += 2;
      }
    }
    String canonical = c.fraction ? Units.PERCENT : unit != null ? unit.canonical()
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
      unit = new UnitRead(Units.YEAR, 1, 1, j, true, true);
      canonical = Units.YEAR;
    }
    if (!age && first > 0 && (t.get(first - 1).is("aged") || t.get(first - 1).is("age")
        || (first > 1 && t.get(first - 1).is("of") && t.get(first - 2).is("age")))
        && canonical.equals(Units.COUNT)) {
      age = true;
      unit = new UnitRead(Units.YEAR, 1, 1, j, true, true);
      canonical = Units.YEAR;
    }
    if (age) {
      role = Role.AGE;
    }
    if (isYear(t.get(c.start)) && !c.words && hedge == Hedge.NONE && upper == null
        && canonical.equals(Units.COUNT) && nounAfter(t, j).isEmpty()) {
      return c.end;
    }

    // What the figure counts, and the whole it is part of.
    int last = j;
    Optional<String> noun = Optional.empty();
    Core total = null;
    int k = j;
    if (k < t.size() && t.get(k).is("out") && k + 1 < t.size() && t.get(k + 1).is("of")) {
      k += 2;
    } else if (k < t.size() && t.get(k).is("of") && !c.fraction && c.range == null) {
      k += 1;
      if (k < t.size() && t.get(k).is("the")) {
        k++;
      }
    } else {
      k = -1;
    }
    if (k > 0) {
      total = k < t.size() ? readCore(t, k) : null;
      if (total != null && !total.fraction && total.range == null && total.value > value) {
        last = total.end;
        int[] nounEnd = new int[1];
        noun = nounAfter(t, total.end, nounEnd);
        if (noun.isPresent()) {
          last = nounEnd[0];
        }
      } else {
        total = null;
        if (!c.fraction && c.range == null && canonicalIsCount(c, unit, currency)
            && j < t.size() && t.get(j).is("of")
            && j + 1 < t.size() && DETERMINERS.contains(t.get(j + 1).lower())) {
          partial = true;
        }
      }
    }
    if (total == null && canonical.equals(Units.COUNT)) {
      int[] nounEnd = new int[1];
      noun = nounAfter(t, j, nounEnd);
      if (noun.isPresent()) {
        last = nounEnd[0];
        int m = last;
        if (m + 2 < t.size() && t.get(m).is("out") && t.get(m + 1).is("of")) {
          total = readCore(t, m + 2);
          if (total != null && (total.fraction || total.range != null || total.value <= value)) {
            total = null;
          }
          if (total != null) {
            last = total.end;
          }
        }
      }
    }
    if (c.words && c.value == 1 && c.end - c.start == 1 && hedge == Hedge.NONE
        && canonical.equals(Units.COUNT) && noun.isEmpty() && total == null) {
      return c.end; // a lone "one" is a pronoun far more often than a count
    }
    if (first > 0 && PARTIAL_BEFORE.contains(t.get(first - 1).lower())) {
      partial = true;
    }
    if (first > 1 && t.get(first - 1).is("the") && PARTIAL_BEFORE.contains(t.get(first - 2).lower())) {
      partial = true;
    }
    if (j < t.size() && t.get(j).is("more") && !c.fraction) {
      partial = true;
    }
    if (partial && role == Role.VALUE) {
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
      Quantity tq = toQuantity(total, total.value, total.halfUnit, null, Hedge.NONE, Units.COUNT,
          null, false, true);
      if (tq != null) {
        out.add(new Parsed(total.start, total.end, tq, Hedge.NONE, Role.TOTAL, noun, false));
      }
    }
    return last;
  }

  private static Quantity toQuantity(Core c, double v, double halfUnit, Core upper, Hedge hedge,
      String unit, UnitRead conv, boolean truncated, boolean count) {
    double lo;
    Double hi;
    if (c.range != null) {
      lo = c.range[0];
      hi = c.range[1];
      switch (hedge) {
        // A fraction's bound is the fraction itself ("more than half" is above 50%); a vague
        // magnitude's is its order ("more than thousands" is 1,000 or more).
        case MORE_THAN, AT_LEAST, JUST_OVER -> {
          lo = c.fraction ? v : lo;
          hi = null;
        }
        case LESS_THAN, AT_MOST -> {
          hi = c.fraction ? v : hi;
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
      hi = truncated ? upper.value + 2 * upper.halfUnit : upper.value;
      if (hedge == Hedge.APPROXIMATELY) {
        lo *= 0.95;
        hi *= 1.05;
      }
    } else {
      switch (hedge) {
        case APPROXIMATELY -> {
          double d = Math.max(0.05 * v, count ? 1 : 0);
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
          } else if (count && !c.fraction && halfUnit <= 0.5) {
            lo = v;
            hi = v;
          } else {
            double d = Math.min(halfUnit, 0.05 * Math.abs(v));
            lo = v - d;
            hi = v + d;
          }
        }
      }
    }
    double lf = conv == null ? 1 : conv.lowFactor();
    double hf = conv == null ? 1 : conv.highFactor();
    double low = lo * lf;
    Double high = hi == null ? null : hi * hf;
    if (truncated && high != null && high > low) {
      high = Math.nextDown(high); // 68 years is [68, 69): it never meets 69
    }
    if (!Double.isFinite(low) || (high != null && (!Double.isFinite(high) || high < low))) {
      return null;
    }
    return new Quantity(low, high, unit, tolerated(c, upper, hedge, truncated));
  }

  /**
   * The relative tolerance the interval already holds (see {@link Quantity#tolerated()}): a
   * duration or age (truncated), a stated bound ("more than 26%" is never widened past 26) and a
   * plain figure, whose rounding is its precision ("220,000" is 215,000-225,000, "41.37%" is
   * 41.365-41.375), are firm; "about" already holds 5%; a vague figure ("thousands"), a range
   * and "nearly" hold none.
   */
  private static double tolerated(Core c, Core upper, Hedge hedge, boolean truncated) {
    if (truncated) {
      return Quantity.FIRM;
    }
    if (c.range != null || upper != null) {
      return 0;
    }
    return switch (hedge) {
      case APPROXIMATELY -> 0.05;
      case NEARLY, BETWEEN -> 0;
      default -> Quantity.FIRM;
    };
  }

  // ---- the number itself

  private Core readCore(List<Token> t, int i) {
    if (i >= t.size()) {
      return null;
    }
    Token tok = t.get(i);
    if (tok.isNumber()) {
      double[] hu = new double[1];
      OptionalDouble v = NumberWords.parseDigits(tok.text(), hu);
      if (v.isEmpty()) {
        return null;
      }
      double value = v.getAsDouble();
      int end = i + 1;
      if (end < t.size() && t.get(end).isWord()) {
        Token s = t.get(end);
        Double scale = SCALES.get(s.lower());
        boolean gluedOnly = NumberWords.GLUED_ONLY_SCALES.contains(s.lower());
        if (scale != null && (!gluedOnly || !s.spaceBefore())) {
          value *= scale;
          hu[0] *= scale;
          end++;
        }
      }
      return new Core(i, end, value, hu[0], null, false, false);
    }
    if (!tok.isWord()) {
      return null;
    }
    Core fraction = readFraction(t, i);
    if (fraction != null) {
      return fraction;
    }
    Core vague = readVague(t, i);
    if (vague != null) {
      return vague;
    }
    return readWords(t, i);
  }

  private static Core readVague(List<Token> t, int i) {
    String w = t.get(i).lower();
    if ((w.equals("tens") || w.equals("hundreds")) && i + 2 < t.size() && t.get(i + 1).is("of")) {
      double[] base = VAGUE.get(t.get(i + 2).lower());
      if (base != null && base[0] >= 1e3) {
        double f = w.equals("tens") ? 10 : 100;
        return new Core(i, i + 3, base[0] * f, 0, new double[] {base[0] * f, base[0] * f * 10},
            false, true);
      }
    }
    double[] r = VAGUE.get(w);
    if (r != null) {
      return new Core(i, i + 1, r[0], 0, r, false, true);
    }
    int j = i;
    if (w.equals("a") && i + 1 < t.size() && (t.get(i + 1).is("few") || t.get(i + 1).is("couple"))) {
      j = i + 1;
    }
    if (NumberWords.SEVERAL.contains(t.get(j).lower()) && j + 1 < t.size()) {
      int s = j + 1;
      if (t.get(s).is("of") && s + 1 < t.size()) {
        s++;
      }
      Double scale = SCALES.get(t.get(s).lower());
      if (scale != null && !NumberWords.GLUED_ONLY_SCALES.contains(t.get(s).lower())) {
        if (t.get(j).is("couple")) {
          // "a couple hundred": two, perhaps three, of the scale
          return new Core(i, s + 1, 2 * scale, 0, new double[] {2 * scale, 3 * scale}, false,
              true);
        }
        return new Core(i, s + 1, 2 * scale, 0, new double[] {2 * scale, 10 * scale}, false, true);
      }
      if (t.get(s).is("dozen")) {
        return new Core(i, s + 1, 24, 0, new double[] {24, 100}, false, true);
      }
    }
    return null;
  }

  private static Core readFraction(List<Token> t, int i) {
    String w = t.get(i).lower();
    int k;
    double numerator;
    int j = i;
    if (w.equals("a") || w.equals("one")) {
      numerator = 1;
      j = i + 1;
    } else if (SMALL.containsKey(w) && SMALL.get(w) >= 2 && SMALL.get(w) <= 9) {
      numerator = SMALL.get(w);
      j = i + 1;
    } else if (w.equals("half")) {
      numerator = 1;
    } else {
      return null;
    }
    if (j < t.size() && DASHES.contains(t.get(j).text()) && !t.get(j).spaceBefore()) {
      j++;
    }
    if (j >= t.size()) {
      return null;
    }
    String f = t.get(j).lower();
    Double unit = FRACTIONS.get(f);
    if (unit == null || (numerator > 1 && !f.endsWith("s")) || (numerator == 1 && f.endsWith("s"))
        || (f.equals("half") && j != i && !w.equals("one") && !w.equals("a"))) {
      return null;
    }
    k = j + 1;
    // "a third party" is an ordinal; a fraction is "of" something, or stands alone.
    boolean ofFollows = k < t.size() && (t.get(k).is("of") || t.get(k).is("the")
        || t.get(k).is("their") || t.get(k).is("its"));
    boolean standsAlone = k >= t.size() || t.get(k).type() == Token.Type.PUNCT
        || t.get(k).is("each") || t.get(k).is("apiece");
    if (!ofFollows && !(standsAlone && f.endsWith("s"))
        && !(standsAlone && f.equals("half"))) {
      return null;
    }
    if (k < t.size() && DASHES.contains(t.get(k).text()) && !t.get(k).spaceBefore()) {
      return null; // "half-brother"
    }
    double value = numerator * unit;
    if (value > 1) {
      return null;
    }
    double[] hood = NumberWords.fractionNeighbourhood(value);
    return new Core(i, k, value * 100, 0, new double[] {hood[0] * 100, hood[1] * 100}, true, true);
  }

  private static Core readWords(List<Token> t, int i) {
    double total = 0;
    double current = 0;
    boolean any = false;
    int j = i;
    if (t.get(j).is("a") && j + 1 < t.size()
        && (SCALES.containsKey(t.get(j + 1).lower()) || t.get(j + 1).is("dozen"))
        && !NumberWords.GLUED_ONLY_SCALES.contains(t.get(j + 1).lower())) {
      current = 1;
      j++;
    }
    if (t.get(j).is("half") && j + 2 < t.size() && t.get(j + 1).is("a")
        && SCALES.containsKey(t.get(j + 2).lower()) && !t.get(j + 2).is("hundred")
        && !NumberWords.GLUED_ONLY_SCALES.contains(t.get(j + 2).lower())) {
      current = 0.5; // "half a million"
      any = true;
      j += 2;
    }
    while (j < t.size()) {
      Token tok = t.get(j);
      String w = tok.lower();
      Integer small = SMALL.get(w);
      if (w.equals("and") && any && current > 0 && current == Math.rint(current)
          && j + 3 < t.size() && t.get(j + 1).is("a") && t.get(j + 2).is("half")
          && SCALES.containsKey(t.get(j + 3).lower()) && !t.get(j + 3).is("hundred")) {
        current += 0.5; // "one and a half million", "two and a half thousand"
        j += 3;
        continue;
      }
      if (small != null && tok.isWord()) {
        if (any && current % 100 != 0 && current % 10 == 0 && small < 10 && current < 100) {
          current += small; // "twenty one"
        } else if (any && current != 0 && current % 100 != 0) {
          break;
        } else {
          current += small;
        }
        any = true;
        j++;
        if (small >= 20 && j + 1 < t.size() && DASHES.contains(t.get(j).text())
            && !t.get(j).spaceBefore() && !t.get(j + 1).spaceBefore()) {
          Integer unit = SMALL.get(t.get(j + 1).lower());
          if (unit != null && unit > 0 && unit < 10) {
            current += unit;
            j += 2;
          }
        }
      } else if (w.equals("hundred") && (any || current > 0)) {
        current = Math.max(current, 1) * 100;
        any = true;
        j++;
      } else if ((w.equals("thousand") || w.equals("million") || w.equals("billion")
          || w.equals("trillion") || w.equals("lakh") || w.equals("lakhs")
          || w.equals("crore") || w.equals("crores")) && (any || current > 0)) {
        total += (current > 0 ? current : 1) * SCALES.get(w);
        current = 0;
        any = true;
        j++;
      } else if (w.equals("dozen") && (any || current > 0)) {
        current = Math.max(current, 1) * 12;
        any = true;
        j++;
      } else if (w.equals("and") && any && j + 1 < t.size()
          && SMALL.containsKey(t.get(j + 1).lower()) && (total > 0 || current >= 100)) {
        j++;
      } else {
        break;
      }
    }
    if (!any) {
      return null;
    }
    if (t.get(j - 1).is("and")) {
      j--;
    }
    double value = total + current;
    return new Core(i, j, value, NumberWords.halfUnitOf(value), null, false, true);
  }

  // ---- what is not a figure

  private static boolean notAQuantity(List<Token> t, Core c) {
    Token tok = t.get(c.start);
    int i = c.start;
    if (i > 0) {
      Token prev = t.get(i - 1);
      if (prev.isWord() && !tok.spaceBefore()) {
        return true; // "G7", "A320"
      }
      if (DASHES.contains(prev.text()) && !tok.spaceBefore() && i > 1 && t.get(i - 2).isWord()
          && !prev.spaceBefore()) {
        return true; // "COVID-19", "Su-25"
      }
      if (NumberWords.MONTHS.contains(prev.lower())
          || (prev.is(".") && i > 1 && NumberWords.MONTHS.contains(t.get(i - 2).lower()))) {
        return true; // "Oct 5", "Nov. 29"
      }
      if (NumberWords.LABELS.contains(prev.lower())
          || (prev.is(".") && i > 1 && NumberWords.LABELS.contains(t.get(i - 2).lower()))
          || prev.is("#")) {
        return true;
      }
      if ((prev.is(":") || prev.is("/")) && !tok.spaceBefore()) {
        return true;
      }
    }
    int e = c.end;
    if (e < t.size()) {
      Token next = t.get(e);
      if (NumberWords.MONTHS.contains(next.lower()) && next.isWord()) {
        return true; // "29 Nov 2021"
      }
      if (next.isWord() && !next.spaceBefore()
          && NumberWords.NOT_QUANTITY_SUFFIXES.contains(next.lower())) {
        return true; // "21st", "1990s", "10am"
      }
      if (next.isWord() && !next.spaceBefore() && Units.unitWord(next.lower()).isEmpty()
          && !SCALES.containsKey(next.lower())) {
        return true; // "5G", "3D"
      }
      if ((next.is(":") || next.is("/")) && !next.spaceBefore() && e + 1 < t.size()
          && t.get(e + 1).isNumber()) {
        return true; // "10:30", "24/7"
      }
      if (NumberWords.TIME_WORDS.contains(next.lower())) {
        return true;
      }
      if ((next.is("a") || next.is("p")) && e + 1 < t.size() && t.get(e + 1).is(".")
          && e + 2 < t.size() && t.get(e + 2).is("m")) {
        return true; // "3 p.m."
      }
    }
    return false;
  }

  /** 1 when a currency sign stands at {@code k} ("$6 billion and $9 billion"), else 0. */
  private static int currencySign(List<Token> t, int k) {
    return k < t.size() && t.get(k).type() == Token.Type.PUNCT
        && Units.currencySymbol(t.get(k).text()).isPresent() ? 1 : 0;
  }

  private static boolean canonicalIsCount(Core c, UnitRead unit, String currency) {
    return !c.fraction && unit == null && currency == null;
  }

  static boolean isYear(Token tok) {
    if (!tok.isNumber() || tok.text().length() != 4) {
      return false;
    }
    for (int i = 0; i < 4; i++) {
      if (!Character.isDigit(tok.text().charAt(i))) {
        return false;
      }
    }
    int y = Integer.parseInt(tok.text());
    return y >= 1800 && y <= 2100;
  }

  /** "rose from 5 to 7": the 5 is an earlier value, not a claim about now. */
  private static boolean isChangeFrom(List<Token> t, int first) {
    return first > 0 && t.get(first - 1).is("from");
  }

  /** "Petrov, 64, greeting supporters": a name, a comma, a small whole number, a comma. */
  private static boolean isAgeApposition(List<Token> t, int first, int end, Core c, Hedge hedge,
      String unit) {
    if (hedge != Hedge.NONE || c.words || !unit.equals(Units.COUNT) || c.end != end) {
      return false;
    }
    if (c.value < 1 || c.value > 120 || c.value != Math.rint(c.value)) {
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

  // ---- words around the number

  private HedgeMatch hedgeBefore(List<Token> t, int h) {
    Hedge best = Hedge.NONE;
    int bestStart = h;
    for (Hedge hedge : Hedge.values()) {
      for (ImmutableList<String> p : hedge.phrases()) {
        if (Hedge.isTrailing(p)) {
          continue;
        }
        int start = h - p.size();
        if (start < 0 || start >= bestStart) {
          continue;
        }
        boolean match = true;
        for (int k = 0; k < p.size(); k++) {
          if (!t.get(start + k).lower().equals(p.get(k))) {
            match = false;
            break;
          }
        }
        if (match) {
          best = hedge;
          bestStart = start;
        }
      }
    }
    return new HedgeMatch(best, bestStart);
  }

  private static Hedge trailingHedge(String a, String b) {
    for (Hedge hedge : Hedge.values()) {
      for (ImmutableList<String> p : hedge.phrases()) {
        if (Hedge.isTrailing(p) && p.size() == 2 && p.get(0).equals(a) && p.get(1).equals(b)) {
          return hedge;
        }
      }
    }
    return null;
  }

  private static UnitRead readUnit(List<Token> t, int j) {
    if (j >= t.size()) {
      return null;
    }
    Token a = t.get(j);
    String b = j + 1 < t.size() ? t.get(j + 1).lower() : "";
    if (a.is("%")) {
      return new UnitRead(Units.PERCENT, 1, 1, j + 1, false, false);
    }
    if (a.is("per") && (b.equals("cent") || b.equals("centum"))) {
      return new UnitRead(Units.PERCENT, 1, 1, j + 2, false, false);
    }
    if (a.is("percent") || a.is("pct") || a.is("percentage") && !b.startsWith("point")) {
      return new UnitRead(Units.PERCENT, 1, 1, j + 1, false, false);
    }
    if (a.is("percentage") && b.startsWith("point")) {
      return new UnitRead(Units.PERCENTAGE_POINT, 1, 1, j + 2, false, false);
    }
    int k = j;
    boolean hyphen = false;
    if (DASHES.contains(a.text()) && !a.spaceBefore() && j + 1 < t.size()
        && !t.get(j + 1).spaceBefore() && t.get(j + 1).isWord()) {
      k = j + 1;
      hyphen = true;
    }
    Token w = t.get(k);
    if (!w.isWord()) {
      return null;
    }
    if (k + 1 < t.size() && t.get(k + 1).isWord()) {
      Optional<Units.Conversion> two = Units.unitWord(w.lower() + " " + t.get(k + 1).lower());
      if (two.isPresent()) {
        Units.Conversion cv = two.get();
        return new UnitRead(cv.canonical(), cv.lowFactor(), cv.highFactor(), k + 2, false, false);
      }
    }
    Optional<Units.Conversion> one = Units.unitWord(w.lower());
    if (one.isEmpty()) {
      return null;
    }
    Units.Conversion cv = one.get();
    boolean duration = cv.canonical().equals(Units.YEAR);
    int end = k + 1;
    boolean age = false;
    if (duration && hyphen && end + 1 < t.size() && DASHES.contains(t.get(end).text())
        && t.get(end + 1).is("old")) {
      age = true;
      end += 2;
    } else if (duration && !hyphen && end < t.size() && t.get(end).is("old")) {
      age = true;
      end += 1;
    }
    return new UnitRead(cv.canonical(), cv.lowFactor(), cv.highFactor(), end, duration, age);
  }

  private Optional<String> nounAfter(List<Token> t, int j) {
    return nounAfter(t, j, new int[1]);
  }

  /**
   * The counted noun after a figure: "5,000 people", "two nationalist parties", "hundreds of
   * protesters"; or, where the lexicon knows none, a plural right after it ("12 firefighters"),
   * so that a group the lexicon does not know is never taken for everyone.
   */
  private Optional<String> nounAfter(List<Token> t, int j, int[] end) {
    Optional<String> known = knownNounAfter(t, j, end);
    if (known.isPresent() || j >= t.size()) {
      return known;
    }
    Token w = t.get(j);
    String s = w.lower();
    // A capitalized plural is a group too: "Fourteen Indians", "two Britons".
    boolean plural = w.isWord() && s.length() > 3 && s.endsWith("s")
        && (!w.isCapitalized() || !w.text().equals(w.text().toUpperCase(java.util.Locale.ROOT)))
        && !s.endsWith("ss") && !FUNCTION_WORDS.contains(s) && !DETERMINERS.contains(s)
        && Units.unitWord(s).isEmpty() && Units.currencyWord(s).isEmpty();
    if (plural) {
      end[0] = j + 1;
      return Optional.of(s);
    }
    // "two massive crowds": one adjective before the plural.
    if (w.isWord() && !w.isCapitalized() && !FUNCTION_WORDS.contains(s)
        && !DETERMINERS.contains(s) && !SMALL.containsKey(s) && j + 1 < t.size()) {
      Token n = t.get(j + 1);
      String ns = n.lower();
      if (n.isWord() && !n.isCapitalized() && ns.length() > 3 && ns.endsWith("s")
          && !ns.endsWith("ss") && !FUNCTION_WORDS.contains(ns) && Units.unitWord(ns).isEmpty()
          && Units.unitWord(s).isEmpty() && Units.currencyWord(ns).isEmpty()) {
        end[0] = j + 2;
        return Optional.of(ns);
      }
    }
    return Optional.empty();
  }

  private Optional<String> knownNounAfter(List<Token> t, int j, int[] end) {
    int k = j;
    if (k < t.size() && t.get(k).is("of")) {
      k++;
    }
    for (int skipped = 0; k < t.size() && skipped <= 2; k++, skipped++) {
      Token w = t.get(k);
      if (!w.isWord()) {
        if (DASHES.contains(w.text()) && !w.spaceBefore()) {
          skipped--;
          continue; // "pro-presidency"
        }
        return Optional.empty();
      }
      if (countedNouns.contains(w.lower())) {
        end[0] = k + 1;
        return Optional.of(w.lower());
      }
      if (w.isCapitalized() || DETERMINERS.contains(w.lower()) || SMALL.containsKey(w.lower())
          || FUNCTION_WORDS.contains(w.lower())) {
        return Optional.empty();
      }
    }
    return Optional.empty();
  }
}
