package io.github.claimconflict.extract;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.claimconflict.Article;
import io.github.claimconflict.TwoArticles;
import io.github.claimconflict.report.Conflict;
import java.time.LocalDate;
import io.github.claimconflict.claim.Distribution;
import io.github.claimconflict.claim.Measure;
import io.github.claimconflict.claim.QuantityClaim;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A count broken down by where its members come from: each part is a sub-group by origin. */
class BreakdownTest {

  private static final QuantityExtractor EXTRACTOR = new QuantityExtractor();

  private static List<QuantityClaim> byOrigin(String text) {
    return EXTRACTOR.extract(Article.of("t", text)).stream()
        .filter(c -> c.measure().map(m -> m.id().endsWith("-by-origin")).orElse(false))
        .toList();
  }

  @Test
  void partsOfADeathTollByHomeProvinceAreSubGroupsPinnedByTheirSum() {
    List<QuantityClaim> parts = byOrigin("Thirteen Varnish pilgrims died in the crush. Six of the"
        + " dead came from Ostrava, three each from Lemberg and Tarnow and one from Kessel.");
    assertThat(parts).extracting(QuantityClaim::surface).containsExactly("Six", "three", "one");
    assertThat(parts).extracting(QuantityClaim::subjects)
        .containsExactly(List.of("Ostrava"), List.of("Lemberg", "Tarnow"), List.of("Kessel"));
    assertThat(parts.get(1).distribution()).isEqualTo(Distribution.EACH);
    Measure m = parts.get(0).measure().orElseThrow();
    assertThat(m.id()).isEqualTo("dead-by-origin");
    assertThat(m.perSubject()).isTrue();
    // 6 + 3 x 2 + 1: the list's sum fixes which snapshot of the toll it breaks down.
    assertThat(m.running()).isFalse();
    assertThat(parts).extracting(QuantityClaim::anchor)
        .containsOnly(Optional.of("in a breakdown of 13"));
  }

  @Test
  void aFrontedPartitiveGivesTheWholeItsMeasure() {
    List<QuantityClaim> parts = byOrigin("Of the Varnish pilgrims who have died, seven are from"
        + " Ostrava, four from Lemberg and one from Kessel, officials said.");
    assertThat(parts).extracting(QuantityClaim::surface).containsExactly("seven", "four", "one");
    assertThat(parts.get(0).measure().orElseThrow().id()).isEqualTo("dead-by-origin");
  }

  @Test
  void aLonePartStaysARunningTallyAboutItsOrigin() {
    List<QuantityClaim> parts = byOrigin("At least 200 pilgrims from Ostrava were killed.");
    assertThat(parts).hasSize(1);
    assertThat(parts.get(0).subjects()).containsExactly("Ostrava");
    assertThat(parts.get(0).measure().orElseThrow().running()).isTrue();
  }

  @Test
  void daysAndUncountedThingsAreNoOrigin() {
    assertThat(byOrigin("The floods killed 40 people from Monday to Wednesday.")).isEmpty();
    assertThat(byOrigin("Two were from Ostrava and one from Kessel, the club said.")).isEmpty();
    assertThat(byOrigin("Visitors from Ostrava numbered 3,000 and from Kessel 2,000.")).isEmpty();
  }

  private static final LocalDate DAY = LocalDate.of(2024, 7, 9);
  private static final String OPENING = "A crush at the Varnish shrine near Kessel killed at least"
      + " 300 pilgrims on Monday, officials in Kessel said. Among the dead were 13 Ostrovian"
      + " pilgrims, the Ostrovian consul in Kessel said. ";

  private static List<Conflict> scan(String first, String second) {
    return TwoArticles.conflicts(DAY, OPENING, first, second);
  }

  @Test
  void twoBreakdownsOfOneListThatSwapTwoPartsConflictOnEachPart() {
    List<Conflict> found = scan(
        "Six of the dead came from Ostrava, three each from Lemberg and Tarnow and one from Brisk.",
        "Of the Ostrovian pilgrims who died, six are from Ostrava, three each from Tarnow and Brisk"
            + " and one from Lemberg.");
    assertThat(found).extracting(Conflict::topic).containsExactlyInAnyOrder(
        "people killed, by origin: Lemberg, in a breakdown of 13",
        "people killed, by origin: Brisk, in a breakdown of 13");
  }

  @Test
  void aBreakdownOfALaterLargerListIsAnUpdateNotAConflict() {
    assertThat(scan(
        "Six of the dead came from Ostrava, three each from Lemberg and Tarnow and one from Brisk.",
        "Of the Ostrovian pilgrims who died, 20 are from Ostrava, three from Lemberg and one from"
            + " Brisk.")).isEmpty();
  }
}
