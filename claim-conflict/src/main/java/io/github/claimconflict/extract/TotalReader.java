package io.github.claimconflict.extract;

import java.util.List;

/**
 * The total reader of the figure grammar: the whole a figure is a part of, written after it,
 * "six parties out of 19", "six of the 19 parties", "three teams out of 12". The whole is a
 * plain amount larger than the part; "three of the parties", "three of them" name a whole with
 * no number, which makes the figure a part.
 */
final class TotalReader {

  private TotalReader() {}

  /**
   * Where the whole starts when "out of" or "of (the)" follows the figure {@code c} ending before
   * token {@code j}; -1 when neither does. A fraction or vague amount is "of" something else.
   */
  static int wholeStart(List<Token> t, int j, Amount c) {
    if (j + 1 < t.size() && t.get(j).is("out") && t.get(j + 1).is("of")) {
      return j + 2;
    }
    if (j < t.size() && t.get(j).is("of") && !c.fraction() && c.range() == null) {
      return j + 1 < t.size() && t.get(j + 1).is("the") ? j + 2 : j + 1;
    }
    return -1;
  }

  /** The whole at token {@code k}, if it is a plain amount larger than the part {@code value}. */
  static Amount whole(List<Token> t, int k, double value) {
    Amount total = Amount.read(t, k);
    return total != null && !total.fraction() && total.range() == null && total.value() > value
        ? total : null;
  }

  /** The whole after the counted noun ending before token {@code m}: "three teams out of 12". */
  static Amount outOf(List<Token> t, int m, double value) {
    return m + 2 < t.size() && t.get(m).is("out") && t.get(m + 1).is("of")
        ? whole(t, m + 2, value) : null;
  }

  /** "three of the parties", "three of them": a whole named by a determiner, not a number. */
  static boolean ofDeterminer(List<Token> t, int j) {
    return j + 1 < t.size() && t.get(j).is("of")
        && NounReader.DETERMINERS.contains(t.get(j + 1).lower());
  }
}
