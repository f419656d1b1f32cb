package io.github.claimconflict.extract;

import static io.github.claimconflict.extract.Amount.DASHES;

import com.google.common.collect.ImmutableSet;
import io.github.claimconflict.claim.Units;
import io.github.claimconflict.extract.QuantityParser.Role;
import java.util.List;
import java.util.Optional;

/**
 * The role reader of the figure grammar: what part a figure plays ({@link Role}), read from the
 * words around it. A person's age ("Petrov, 64,", "aged 45"); a part of some whole ("the other
 * three", "three of them", "from 5 to 7", "two more"); a member of a counted whole ("one of
 * four hikers"); a whole ("all 12 teams"); else the value itself.
 */
final class RoleReader {

  /** Words before a figure that make it a part: "the other three", "another 20". */
  private static final ImmutableSet<String> PARTIAL_BEFORE =
      ImmutableSet.of("other", "another", "remaining", "additional", "further", "extra");

  /**
   * A figure's role, and whether it is a member of its whole ("one of four hikers hurt"), whose
   * whole then takes the figure's place.
   */
  record Read(Role role, boolean member) {}

  private RoleReader() {}

  /** "rose from 5 to 7": the 5 is an earlier value, not a claim about now. */
  static boolean isChangeFrom(List<Token> t, int first) {
    return first > 0 && t.get(first - 1).is("from");
  }

  /**
   * Whether a figure over tokens {@code [first, end)} with no unit of its own is a person's age:
   * "Petrov, 64, greeted", "aged 45", "at the age of 45".
   */
  static boolean isAge(List<Token> t, int first, int end, Amount c, Hedge hedge, String unit) {
    return isAgeApposition(t, first, end, c, hedge, unit)
        || (first > 0 && (t.get(first - 1).is("aged") || t.get(first - 1).is("age")
            || (first > 1 && t.get(first - 1).is("of") && t.get(first - 2).is("age")))
            && unit.equals(Units.COUNT));
  }

  /**
   * The role of the figure {@code c} over tokens {@code [first, j)} (before its whole and noun).
   *
   * @param age whether it is an age
   * @param part whether the grammar already read it as a part (a change, "three of them")
   * @param total its whole, or null
   * @param noun what it counts
   */
  static Read read(List<Token> t, int first, int j, Amount c, Hedge hedge, boolean age,
      boolean part, Amount total, Optional<String> noun) {
    boolean partial = part;
    if (first > 0 && PARTIAL_BEFORE.contains(t.get(first - 1).lower())) {
      partial = true;
    }
    if (first > 1 && t.get(first - 1).is("the") && PARTIAL_BEFORE.contains(t.get(first - 2).lower())) {
      partial = true;
    }
    if (j < t.size() && t.get(j).is("more") && !c.fraction()) {
      partial = true;
    }
    if (joinedBy(t, first)) {
      partial = true;
    }
    // "one of four hikers hurt", "one of the nine unions that rejected the deal": the one
    // is a member; the whole takes the measure of the clause that follows it.
    boolean member = total != null && c.words() && c.value() == 1 && c.end() - c.start() == 1
        && hedge == Hedge.NONE && j < t.size() && t.get(j).is("of");
    Role role = age ? Role.AGE : Role.VALUE;
    if ((partial || member) && role == Role.VALUE) {
      role = Role.PARTIAL;
    }
    if (role == Role.VALUE && first > 0 && t.get(first - 1).is("all") && noun.isPresent()) {
      role = Role.TOTAL;
    }
    return new Read(role, member);
  }

  /**
   * "the march was joined by (the) thousands who had walked from the north": those who join a
   * gathering are a part of it, never its whole.
   */
  private static boolean joinedBy(List<Token> t, int first) {
    int i = first - 1;
    if (i >= 0 && t.get(i).is("the")) {
      i--;
    }
    return i >= 1 && t.get(i).is("by") && t.get(i - 1).is("joined");
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
