package io.github.claimconflict.compare;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.claimconflict.Article;
import io.github.claimconflict.ConflictDetector;
import io.github.claimconflict.claim.Quantity;
import io.github.claimconflict.report.Conflict;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** An estimate of a round number stands for what rounds to it; on sentences of our own. */
class RoundEstimateTest {

  private static final LocalDate DAY = LocalDate.of(2024, 5, 2);

  private static List<Conflict> crowds(String a, String b) {
    return ConflictDetector.withDefaults().scan(List.of(
        Article.of("a", DAY, a + " gathered outside the town hall in Fennick on Sunday."),
        Article.of("b", DAY, b + " gathered outside the town hall in Fennick on Sunday.")))
        .conflicts();
  }

  @Test
  void aboutARoundNumberAgreesWithWhatRoundsToIt() {
    assertThat(crowds("About 40 people", "Some 35 people")).isEmpty();
    assertThat(crowds("About 40 people", "Exactly 44 people")).isEmpty();
  }

  @Test
  void theNextRoundNumberStillDisagrees() {
    assertThat(crowds("About 40 people", "About 50 people")).singleElement()
        .satisfies(c -> assertThat(c.explanation()).contains("38–42").contains("47.5–52.5"));
    assertThat(crowds("About 40 people", "Exactly 45 people")).hasSize(1);
  }

  @Test
  void moreSignificantDigitsKeepTheirOwnPrecision() {
    assertThat(crowds("About 35 people", "Exactly 40 people")).hasSize(1);
    assertThat(crowds("About 4,460 people", "Exactly 4,000 people")).hasSize(1);
  }

  @Test
  void theRoundingIsCappedAndLeavesOtherFiguresAlone() {
    Quantity about100 = NumericToleranceComparator.roundEstimate(
        new Quantity(95.0, 105.0, "count", 0.05));
    assertThat(about100.low()).isEqualTo(87.5);
    assertThat(about100.high()).isLessThan(112.5).isGreaterThan(112.49);
    Quantity about40 = NumericToleranceComparator.roundEstimate(
        new Quantity(38.0, 42.0, "count", 0.05));
    assertThat(about40.low()).isEqualTo(35.0);
    Quantity plain = new Quantity(38.0, 42.0, "count", Quantity.FIRM);
    assertThat(NumericToleranceComparator.roundEstimate(plain)).isEqualTo(plain);
    Quantity about35 = new Quantity(34.0, 36.0, "count", 0.05);
    assertThat(NumericToleranceComparator.roundEstimate(about35)).isEqualTo(about35);
  }
}
