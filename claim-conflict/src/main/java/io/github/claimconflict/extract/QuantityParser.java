package io.github.claimconflict.extract;

import io.github.claimconflict.claim.Quantity;
import io.github.claimconflict.claim.Units;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Finds the figures in a sentence's tokens and reads each into an interval. The figure grammar,
 * one reader each, in the order they run over a figure: its amount ({@link Amount}: digits,
 * words, a vague magnitude or a fraction) and the veto of what is no figure ({@link FigureVeto}:
 * years, dates, times, ordinals, labels, codes); a currency sign before it ({@link
 * CurrencyReader}); the hedge before it ({@link Hedge#before}); its unit ({@link UnitReader}); a
 * range's upper end ({@link RangeReader}) and its unit; a duration's smaller unit ({@link
 * DurationReader}); the hedge after it ({@link Hedge#after}) or the mark it passes ({@link
 * Hedge#mark}: "passed the 100 mark"); a currency word; the whole it is part of ({@link
 * TotalReader}); the noun it counts ({@link NounReader}); and its role ({@link RoleReader}). The
 * interval is its hedge's rule ({@link Hedge#bounds}).
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
    Optional<DecadeAge.Read> decade = DecadeAge.read(t, i);
    if (decade.isPresent()) {
      DecadeAge.Read d = decade.get();
      out.add(new Parsed(d.first(), d.last(), d.quantity(), Hedge.NONE, Role.AGE,
          Optional.empty(), false));
      return d.last();
    }
    // amount, and its veto
    Amount c = Amount.read(t, i);
    if (c == null) {
      c = Amount.span(t, i);
    }
    if (c == null) {
      return i + 1;
    }
    if (!c.words() && FigureVeto.vetoes(t, c)) {
      return c.end();
    }
    // currency sign, hedge
    Optional<CurrencyReader.Sign> sign = CurrencyReader.before(t, c.start());
    String currency = sign.map(CurrencyReader.Sign::code).orElse(null);
    int h = sign.map(CurrencyReader.Sign::start).orElse(c.start());
    Hedge.Found hm = Hedge.before(t, h);
    Hedge hedge = hm.hedge();
    int first = hm.start();
    // unit, range and the upper end's unit
    int j = c.end();
    UnitReader.Read unit = UnitReader.read(t, j);
    if (unit != null) {
      j = unit.end();
    }
    if (unit != null && j + 1 < t.size() && Amount.DASHES.contains(t.get(j).text())
        && !t.get(j).spaceBefore() && !t.get(j + 1).spaceBefore()
        && (t.get(j + 1).is("high") || t.get(j + 1).is("tall"))) {
      j += 2; // "a 4m-high wave": the height as written
    }
    if (c.end() == c.start()) {
      // a span named by its unit alone: the figure is "seconds apart", "minutes later"
      if (unit == null || !unit.duration()) {
        return i + 1;
      }
      j++;
    }
    Optional<RangeReader.Upper> range = RangeReader.read(t, c, j, hedge == Hedge.BETWEEN,
        RoleReader.isChangeFrom(t, first));
    if (range.isPresent() && range.get().years()) {
      return range.get().upper().end();
    }
    Amount upper = range.map(RangeReader.Upper::upper).orElse(null);
    if (hedge == Hedge.BETWEEN && upper == null) {
      hedge = Hedge.NONE;
      first = h;
    }
    if (upper != null) {
      j = upper.end();
      UnitReader.Read u2 = UnitReader.read(t, j);
      if (u2 != null) {
        j = u2.end();
        unit = u2;
      }
    }
    // duration
    double value = c.value();
    double halfUnit = c.halfUnit();
    if (unit != null && unit.duration() && upper == null) {
      Optional<DurationReader.Sum> sum = DurationReader.read(t, j, unit, value);
      if (sum.isPresent()) {
        value = sum.get().value();
        halfUnit = sum.get().halfUnit();
        j = sum.get().end();
      }
    }
    // trailing hedge, or a mark exceeded ("passed the 100 mark")
    if (hedge == Hedge.NONE) {
      Optional<PhraseMatcher.Match<Hedge>> trailing = Hedge.after(t, j);
      if (trailing.isPresent()) {
        hedge = trailing.get().value();
        j = trailing.get().end();
      } else if (upper == null) {
        Optional<PhraseMatcher.Match<Hedge>> mark = Hedge.mark(t, h, j);
        if (mark.isPresent()) {
          hedge = mark.get().value();
          first = mark.get().start();
          j = mark.get().end();
        }
      }
    }
    // the canonical unit: a currency sign wins over a unit word; a currency word after all
    String canonical = c.fraction() ? Units.PERCENT : unit != null ? unit.canonical()
        : currency != null ? currency : Units.COUNT;
    if (unit != null && currency != null) {
      canonical = currency;
      unit = null;
    }
    if (unit == null && currency == null) {
      Optional<String> word = CurrencyReader.wordAt(t, j);
      if (word.isPresent()) {
        canonical = word.get();
        j++;
      }
    }
    // an age reads as years
    boolean age = unit != null && unit.age();
    if (!age && RoleReader.isAge(t, first, j, c, hedge, canonical)) {
      age = true;
      unit = new UnitReader.Read(Units.YEAR, 1, 1, j, true, true);
      canonical = Units.YEAR;
    }
    if (FigureVeto.isYear(t.get(c.start())) && !c.words() && hedge == Hedge.NONE && upper == null
        && canonical.equals(Units.COUNT) && nouns.nounAfter(t, j).isEmpty()) {
      return c.end();
    }

    // total, noun: what the figure counts, and the whole it is part of
    int last = j;
    Optional<String> noun = Optional.empty();
    int[] nounEnd = new int[1];
    Amount total = null;
    boolean part = RoleReader.isChangeFrom(t, first);
    int k = TotalReader.wholeStart(t, j, c);
    if (k >= 0) {
      total = TotalReader.whole(t, k, value);
      if (total != null) {
        last = total.end();
        noun = nouns.nounAfter(t, total.end(), nounEnd);
        if (noun.isPresent()) {
          last = nounEnd[0];
        }
      } else if (!c.fraction() && c.range() == null && unit == null && currency == null
          && TotalReader.ofDeterminer(t, j)) {
        part = true;
      }
    }
    if (total == null && canonical.equals(Units.COUNT)) {
      noun = nouns.nounAfter(t, j, nounEnd);
      if (noun.isPresent()) {
        last = nounEnd[0];
        total = TotalReader.outOf(t, last, value);
        if (total != null) {
          last = total.end();
        }
      }
    }
    if (c.words() && c.value() == 1 && c.end() - c.start() == 1 && hedge == Hedge.NONE
        && canonical.equals(Units.COUNT) && noun.isEmpty() && total == null) {
      return c.end(); // a lone "one" is a pronoun far more often than a count
    }

    // role
    RoleReader.Read role = RoleReader.read(t, first, j, c, hedge, age, part, total, noun);
    boolean count = canonical.equals(Units.COUNT);
    boolean truncated = unit != null && unit.duration();
    Quantity q = toQuantity(c, value, halfUnit, upper, hedge, canonical, unit, truncated, count);
    if (q == null) {
      return last;
    }
    out.add(new Parsed(first, last, q, hedge, role.role(), noun, total != null));
    if (total != null) {
      Quantity tq = toQuantity(total, total.value(), total.halfUnit(), null, Hedge.NONE, Units.COUNT,
          null, false, true);
      if (tq != null) {
        out.add(role.member()
            ? new Parsed(total.start(), last, tq, Hedge.NONE, Role.VALUE, noun, false)
            : new Parsed(total.start(), total.end(), tq, Hedge.NONE, Role.TOTAL, noun, false));
      }
    }
    return last;
  }

  /** The figure's interval in its canonical unit: its hedge's rule, then the unit's factors. */
  private static Quantity toQuantity(Amount c, double v, double halfUnit, Amount upper,
      Hedge hedge, String unit, UnitReader.Read conv, boolean truncated, boolean count) {
    boolean percent = !c.fraction()
        && (unit.equals(Units.PERCENT) || unit.equals(Units.PERCENTAGE_POINT));
    Hedge.Bounds b = hedge.bounds(c, v, halfUnit, upper, truncated, count, percent);
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
}
