package io.github.claimconflict.extract;

import java.util.List;
import java.util.Optional;

/**
 * The duration reader of the figure grammar: a smaller unit added onto a duration, "11 years and
 * two months", "nine years, three months", and with no word between, "1hr 20 minutes", "two
 * hours 15 mins". The sum is in the larger unit, and its rounding is the smaller amount's.
 */
final class DurationReader {

  /** A duration's value and rounding in its larger unit, the smaller part ending before {@code end}. */
  record Sum(double value, double halfUnit, int end) {}

  private DurationReader() {}

  /**
   * The duration {@code value} (rounding {@code halfUnit}) in {@code unit}, with the smaller unit
   * written after token {@code j} added on, if there is one.
   */
  static Optional<Sum> read(List<Token> t, int j, UnitReader.Read unit, double value) {
    if (j >= t.size()) {
      return Optional.empty();
    }
    int at = t.get(j).is("and") || t.get(j).is(",") ? j + 1 : t.get(j).isNumber() ? j : -1;
    if (at < 0 || at >= t.size()) {
      return Optional.empty();
    }
    Amount more = Amount.read(t, at);
    UnitReader.Read moreUnit = more == null ? null : UnitReader.read(t, more.end());
    if (moreUnit == null || !moreUnit.duration() || moreUnit.lowFactor() >= unit.lowFactor()) {
      return Optional.empty();
    }
    return Optional.of(new Sum(value + more.value() * moreUnit.lowFactor() / unit.lowFactor(),
        more.halfUnit() * moreUnit.lowFactor() / unit.lowFactor(), moreUnit.end()));
  }
}
