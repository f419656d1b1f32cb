package io.github.claimconflict.compare;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.claimconflict.Article;
import io.github.claimconflict.ConflictDetector;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Precision-aware comparison, on figures of our own: decimals are not widened, a stated bound
 * is never widened past its own value, percentages are rounded in points, and a round estimate
 * keeps its generous rounding.
 */
class FigurePrecisionTest {

  private static final LocalDate DAY = LocalDate.of(2024, 5, 2);

  /** Whether two articles that say {@code sentence} with figures a and b conflict. */
  private static boolean conflict(String sentence, String a, String b) {
    return !ConflictDetector.withDefaults().scan(List.of(
        Article.of("a", DAY, sentence.formatted(a)), Article.of("b", DAY, sentence.formatted(b))))
        .conflicts().isEmpty();
  }

  private static boolean conflict(String a, String b) {
    return conflict("Turnout in the Fennick ward was %s on Sunday.", a, b);
  }

  @ParameterizedTest(name = "[{index}] {0} vs {1}: conflict {2}")
  @CsvSource(delimiter = '|', textBlock = """
      41.37 percent           | 41.8 percent          | true
      41.37 percent           | 41.4 percent          | false
      more than 26 percent    | 24 percent            | true
      more than 26 percent    | 26.4 percent          | false
      about 2 percent         | 2.4 percent           | false
      about 2 percent         | 2.7 percent           | true
      7 percent               | 6.6 percent           | false
      7 percent               | 8 percent             | true
      12 percent              | 13 percent            | true
      79.7 percent            | about 80 percent      | false
      about 40 percent        | 36 percent            | false
      about 40 percent        | about 50 percent      | true
      """)
  void comparesAtEachFiguresOwnPrecision(String a, String b, boolean conflict) {
    assertThat(conflict(a, b)).isEqualTo(conflict);
  }

  private static boolean populationConflict(String a, String b) {
    return conflict("Fennick, a town of %s people, voted on Sunday.", a, b);
  }

  /** A rounding is half-open: 31,000 stands for 30,500 up to, not including, 31,500. */
  @ParameterizedTest(name = "[{index}] {0} vs {1}: conflict {2}")
  @CsvSource(delimiter = '|', textBlock = """
      31,000       | 32,000       | true
      31,000       | 31,500       | false
      31,000       | about 32,000 | false
      31,000       | 31,000       | false
      """)
  void adjacentRoundingsOfACountDoNotMeet(String a, String b, boolean conflict) {
    assertThat(populationConflict(a, b)).isEqualTo(conflict);
  }
}
