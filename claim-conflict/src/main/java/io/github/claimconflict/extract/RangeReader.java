package io.github.claimconflict.extract;

import static io.github.claimconflict.extract.Amount.DASHES;

import java.util.List;
import java.util.Optional;

/**
 * The range reader of the figure grammar: the upper end of a range written after the lower
 * amount, "between 4,000 and 5,000", "3,000-4,000", "200 to 300", "three or four", "$6 billion
 * and $9 billion". The upper end must be a plain amount larger than the lower one; "from 5 to 7"
 * is a change, not a range; a span of two years ("2005-2010") is a period, not a figure.
 */
final class RangeReader {

  /**
   * A range's upper end.
   *
   * @param upper the upper amount
   * @param years whether the range is a span of years, which the grammar skips
   */
  record Upper(Amount upper, boolean years) {}

  private RangeReader() {}

  /**
   * The upper end of a range whose lower amount {@code c} (with its unit) ends before token
   * {@code j}.
   *
   * @param between whether "between" stands before the lower amount: only "and" then follows
   * @param changeFrom whether "from" stands before it: "to" then is a change
   */
  static Optional<Upper> read(List<Token> t, Amount c, int j, boolean between,
      boolean changeFrom) {
    if (between) {
      if (j < t.size() && t.get(j).is("and")) {
        Amount upper = Amount.read(t, j + 1 + CurrencyReader.signAt(t, j + 1));
        if (upper != null) {
          return Optional.of(new Upper(upper, false));
        }
      }
      return Optional.empty();
    }
    if (j + 1 >= t.size() || c.fraction() || c.range() != null) {
      return Optional.empty();
    }
    Token sep = t.get(j);
    boolean dash = DASHES.contains(sep.text()) && !sep.spaceBefore()
        && !t.get(j + 1).spaceBefore() && t.get(j + 1).isNumber() && !c.words();
    boolean word = (sep.is("to") || sep.is("or")) && !changeFrom;
    if (!dash && !word) {
      return Optional.empty();
    }
    Amount candidate = Amount.read(t, j + 1 + (word ? CurrencyReader.signAt(t, j + 1) : 0));
    if (candidate == null || candidate.range() != null || candidate.fraction()
        || candidate.value() <= c.value()) {
      return Optional.empty();
    }
    boolean years = dash && FigureVeto.isYear(t.get(c.start()))
        && FigureVeto.isYear(t.get(candidate.start()));
    return Optional.of(new Upper(candidate, years));
  }
}
