package io.github.claimconflict;

import io.github.claimconflict.report.Conflict;
import java.time.LocalDate;
import java.util.List;

/**
 * Two invented articles of one day that tell the same story in the same opening and differ in
 * one sentence each: the smallest scan in which a rule of the comparison can be seen end to end.
 */
public final class TwoArticles {

  private TwoArticles() {}

  /**
   * The conflicts a default detector reports between {@code opening + first} and {@code
   * opening + second}, both of {@code day}.
   */
  public static List<Conflict> conflicts(LocalDate day, String opening, String first,
      String second) {
    return ConflictDetector.withDefaults().scan(List.of(
        Article.of("one", day, opening + first), Article.of("two", day, opening + second)))
        .conflicts();
  }
}
