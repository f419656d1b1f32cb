package io.github.claimconflict.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.github.claimconflict.Article;
import io.github.claimconflict.TwoArticles;
import io.github.claimconflict.claim.Measure;
import io.github.claimconflict.claim.QuantityClaim;
import io.github.claimconflict.report.Conflict;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Spans of time written without a number ("seconds apart"), in seconds or in two units with no
 * word between ("1hr 20 minutes"); the time between two blasts; wave heights; and where a distance
 * is from and when.
 */
class SpansAndHeightsTest {

  private static final QuantityExtractor EXTRACTOR = new QuantityExtractor();
  private static final double MINUTE = 1 / (365.25 * 24 * 60);

  private static QuantityClaim claim(String sentence, String surface) {
    List<QuantityClaim> found = EXTRACTOR.extract(Article.of("t", sentence));
    return found.stream().filter(c -> c.surface().equals(surface)).findFirst()
        .orElseThrow(() -> new AssertionError("no figure '" + surface + "' in " + found));
  }

  private static String measure(QuantityClaim c) {
    return c.measure().map(Measure::id).orElse("none");
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @CsvSource(delimiter = '|', textBlock = """
      A second blast followed 40 seconds later, the agency said.        | 40 seconds     | 40     | 50
      The two explosions came minutes apart near the depot.             | minutes apart  | 120    | 3600
      The bombs went off seconds apart outside the market.              | seconds apart  | 2      | 60
      Two explosions with an interval of four seconds shook the port.   | four seconds   | 4      | 5
      Another, larger explosion came 25 minutes later.                  | 25 minutes     | 1500   | 1560
      """)
  void theTimeBetweenTwoBlastsIsAMeasure(String sentence, String surface, double lowSeconds,
      double highSeconds) {
    QuantityClaim c = claim(sentence, surface);
    assertThat(measure(c)).isEqualTo("blast-interval");
    assertThat(c.quantity().low() / MINUTE * 60).isCloseTo(lowSeconds, within(0.01));
    assertThat(c.quantity().high() / MINUTE * 60).isCloseTo(highSeconds, within(0.01));
    assertThat(c.anchor()).isEmpty(); // "a second blast" is what it runs to, no moment of its own
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @CsvSource(delimiter = '|', textBlock = """
      Police arrived minutes later and sealed off the street.           | minutes later
      Rescuers reached the site 40 minutes after the blast.             | 40 minutes
      The explosion shook the port and, 20 minutes later, the fire spread. | 20 minutes
      Three hours later the second blast was still being investigated.  | Three hours
      """)
  void otherSpansNearABlastAreNoIntervalBetweenBlasts(String sentence, String surface) {
    assertThat(measure(claim(sentence, surface))).isNotEqualTo("blast-interval");
  }

  @Test
  void aSpanShorterThanADayIsToldInItsOwnUnit() {
    assertThat(claim("A second blast followed 40 seconds later.", "40 seconds").quantity()
        .describe()).isEqualTo("40–50 seconds");
    assertThat(claim("They freed her in a tense 1hr 20 minute operation.", "1hr 20 minute")
        .quantity().describe()).isEqualTo("80–90 minutes");
    assertThat(claim("He was jailed for 11 years.", "11 years").quantity().describe())
        .isEqualTo("11–12 years");
  }

  @Test
  void aSpanNeedsNoNumberOnlyBeforeApartOrLater() {
    List<QuantityClaim> found = EXTRACTOR.extract(Article.of("t",
        "Within minutes, the crowd had left. A few seconds passed. The last minutes were calm."));
    assertThat(found).isEmpty();
  }

  @Test
  void twoUnitsWithNoWordBetweenAreOneDuration() {
    QuantityClaim c = claim("They freed her in a tense 1hr 20 minute operation.", "1hr 20 minute");
    assertThat(c.quantity().low() / MINUTE).isCloseTo(80, within(0.01));
    // truncated, and rounded as its smaller amount is written: "20" is 20 up to 30
    assertThat(c.quantity().high() / MINUTE).isCloseTo(90, within(0.01));
    assertThat(claim("The search took 2 hours 15 mins in all.", "2 hours 15 mins")
        .quantity().low() / MINUTE).isCloseTo(135, within(0.01));
  }

  private static final LocalDate DAY = LocalDate.of(2024, 5, 14);
  private static final String OPENING = "Two bombs exploded at a rally in Varn on Saturday, "
      + "killing dozens of people near the Ostel station. ";

  private static List<Conflict> scan(String first, String second) {
    return TwoArticles.conflicts(DAY, OPENING, first, second);
  }

  @Test
  void minutesAgainstSecondsBetweenTheBlastsConflict() {
    assertThat(scan("The second blast came 20 minutes later.",
        "The second explosion followed 20 seconds later."))
        .singleElement().satisfies(c -> assertThat(c.topic()).startsWith("time between"));
    assertThat(scan("The blasts came minutes apart.", "The explosions came seconds apart."))
        .hasSize(1);
    assertThat(scan("The blasts came seconds apart.",
        "The two explosions came with an interval of four seconds.")).isEmpty();
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @CsvSource(delimiter = '|', textBlock = """
      Waves 2 metres (seven feet) high slammed into the bay.            | 2 metres   | 0.0019 | 0.0021
      Waves 2 metres (seven feet) high slammed into the bay.            | seven feet | 0.0020 | 0.0022
      The quake set off a 4m-high tsunami along the coast.              | 4m-high    | 0.0038 | 0.0042
      The storm drove a 12-foot wave onto the pier.                     | 12-foot    | 0.0035 | 0.0038
      When the wall of dark water reached the harbour, it was 5 metres high. | 5 metres | 0.0047 | 0.0053
      """)
  void aWavesHeightIsAMeasure(String sentence, String surface, double lowKm, double highKm) {
    QuantityClaim c = claim(sentence, surface);
    assertThat(measure(c)).isEqualTo("wave-height");
    assertThat(c.quantity().low()).isCloseTo(lowKm, within(0.0001));
    assertThat(c.quantity().high()).isCloseTo(highKm, within(0.0001));
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @CsvSource(delimiter = '|', textBlock = """
      Water levels in the town rose as high as three metres.            | three metres
      The rebels built a 4m-high wall around the camp.                  | 4m-high
      The wave of protests spread to a town 20 km away.                 | 20 km
      """)
  void otherHeightsAreNoWaves(String sentence, String surface) {
    QuantityClaim c = claim(sentence, surface);
    assertThat(measure(c)).isNotEqualTo("wave-height");
    assertThat(c.quantity().unit()).isEqualTo("km"); // "4m-high" is metres, never 4 million
  }

  @Test
  void aDistanceIsPlacedAtThePlaceItLocates() {
    assertThat(claim("Students fled the campus in the city of Arlen, about 380 miles east of"
        + " Brisk, officials said.", "about 380 miles").places()).containsExactly("arlen");
    QuantityClaim after = claim("Arlen lies about 900 miles from Brisk in the Dornan region.",
        "about 900 miles");
    assertThat(measure(after)).isEqualTo("distance");
    assertThat(after.places()).isEmpty();
  }

  @Test
  void aYearASuperlativeRanksAgainstIsNoTimeOfAFigureBeforeIt() {
    QuantityClaim c = claim("The attack in the city around 280 miles east of Brisk was the"
        + " deadliest school shooting since 2011, when a student killed 14 people.",
        "around 280 miles");
    assertThat(c.anchor()).isEqualTo(Optional.empty());
    assertThat(claim("The toll has risen since 2011, when 14 people died in the valley.",
        "14 people").anchor()).isPresent();
  }
}
