package io.github.claimconflict.extract;

import static io.github.claimconflict.extract.Amount.DASHES;

import io.github.claimconflict.claim.Units;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The unit reader of the figure grammar: the unit after an amount ("%", "per cent", "km",
 * "-year-old", "miles"), with its factors to the canonical unit, and whether it makes the
 * figure a duration or an age.
 */
final class UnitReader {

  /** A unit read, ending before token {@code end}. */
  record Read(String canonical, double lowFactor, double highFactor, int end,
      boolean duration, boolean age) {}

  /** The unit words, in the phrase matcher the figure grammar shares. */
  private static final PhraseMatcher<UnitWords.Conversion> WORDS = words();

  private UnitReader() {}

  private static PhraseMatcher<UnitWords.Conversion> words() {
    PhraseMatcher.Builder<UnitWords.Conversion> b = PhraseMatcher.builder();
    UnitWords.unitWords().forEach(b::add);
    return b.build();
  }

  /** Dimensions an "m" glued to a number sizes, so that it is metres, never million. */
  private static final Set<String> DIMENSIONS = Set.of("high", "tall", "long", "deep", "wide");

  /** Whether the "m" at {@code j} is metres: "a 4m-high wave", "a wall 4m high". */
  static boolean metreM(List<Token> t, int j) {
    if (j >= t.size() || !t.get(j).is("m") || j + 1 >= t.size()) {
      return false;
    }
    Token next = t.get(j + 1);
    if (Amount.DASHES.contains(next.text()) && !next.spaceBefore() && j + 2 < t.size()) {
      return DIMENSIONS.contains(t.get(j + 2).lower());
    }
    return DIMENSIONS.contains(next.lower());
  }

  static Read read(List<Token> t, int j) {
    if (j >= t.size()) {
      return null;
    }
    Token a = t.get(j);
    if (metreM(t, j)) {
      return new Read(Units.KILOMETRE, 0.001, 0.001, j + 1, false, false);
    }
    String b = j + 1 < t.size() ? t.get(j + 1).lower() : "";
    if (a.is("%")) {
      return new Read(Units.PERCENT, 1, 1, j + 1, false, false);
    }
    if (a.is("per") && (b.equals("cent") || b.equals("centum"))) {
      return new Read(Units.PERCENT, 1, 1, j + 2, false, false);
    }
    if (a.is("percent") || a.is("pct") || a.is("percentage") && !b.startsWith("point")) {
      return new Read(Units.PERCENT, 1, 1, j + 1, false, false);
    }
    if (a.is("percentage") && b.startsWith("point")) {
      return new Read(Units.PERCENTAGE_POINT, 1, 1, j + 2, false, false);
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
    Optional<UnitWords.Conversion> one = Optional.empty();
    for (PhraseMatcher.Match<UnitWords.Conversion> m : WORDS.startingAt(t, k)) {
      if (m.length() == 2 && t.get(k + 1).isWord()) {
        UnitWords.Conversion cv = m.value();
        return new Read(cv.canonical(), cv.lowFactor(), cv.highFactor(), k + 2, false, false);
      }
      if (m.length() == 1) {
        one = Optional.of(m.value());
      }
    }
    if (one.isEmpty()) {
      return null;
    }
    UnitWords.Conversion cv = one.get();
    boolean duration = cv.canonical().equals(Units.YEAR);
    int end = k + 1;
    boolean age = false;
    if (duration && hyphen && end + 1 < t.size() && DASHES.contains(t.get(end).text())
        && t.get(end + 1).is("old")) {
      age = true;
      end += 2;
    } else if (duration && end < t.size() && t.get(end).is("old")) {
      // "a 41 year old", and "a 41-year old" with its second hyphen left out
      age = true;
      end += 1;
    }
    return new Read(cv.canonical(), cv.lowFactor(), cv.highFactor(), end, duration, age);
  }
}
