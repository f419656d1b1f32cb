package io.github.claimconflict.extract;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.claimconflict.Article;
import io.github.claimconflict.ConflictDetector;
import io.github.claimconflict.claim.QuantityClaim;
import io.github.claimconflict.report.Conflict;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Clock times as figures: the moment of the event or of a discovery, with its precision. */
class ClockTimeTest {

  private static final QuantityExtractor EXTRACTOR = new QuantityExtractor();

  private static List<QuantityClaim> moments(String sentence) {
    return EXTRACTOR.extract(Article.of("t", sentence)).stream()
        .filter(c -> c.measure().map(m -> m.id().startsWith("time-")).orElse(false))
        .toList();
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @CsvSource(delimiter = '|', textBlock = """
      The quake struck at 11:41 local time near Varn.                  | 11:41 local time         | time of the earthquake | 11:40–11:42 local time
      The earthquake occurred at 11:56 NST (6:11:26 UTC) on Saturday.  | 11:56 NST                | time of the earthquake | 11:55–11:57 local time
      The alarm was raised at 3.15pm after she called out.             | 3.15pm                   | time of the discovery  | 15:08–15:22 local time
      Around 2:45 p.m. a volunteer spotted a hand in the rubble.       | Around 2:45 p.m.         | time of the discovery  | 14:35–14:55 local time
      The stampede happened at about 9 am (11.30 am IST) near the gate. | about 9 am              | time of the crush      | 08:50–09:10 local time
      The bridge collapsed around midday on Tuesday.                   | around midday            | time of the collapse   | 11:50–12:10 local time
      The first blast occurred shortly after 11:30 p.m. in the port.   | shortly after 11:30 p.m. | time of the explosion  | 23:30–23:50 local time
      The tower caved in at 10:15 GMT, officials said.                 | 10:15 GMT                | time of the collapse   | 10:08–10:22 GMT
      """)
  void aClockTimeIsTheMomentItsClauseNames(String sentence, String surface, String measure,
      String interval) {
    assertThat(moments(sentence)).singleElement().satisfies(c -> {
      assertThat(c.surface()).isEqualTo(surface);
      assertThat(c.measure().orElseThrow().label()).isEqualTo(measure);
      assertThat(c.quantity().describe()).isEqualTo(interval);
    });
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @CsvSource(delimiter = '|', textBlock = """
      The ferry capsized within two hours of sending a distress signal at 9:00am.
      A fire started about 10:50 pm in a warehouse.
      The pair arrived at the station at approximately 5.40pm.
      As of 20:20 local time, at least 876 people had died in the quake.
      Rescuers searched from 2pm to 4.30pm before the building collapsed.
      The quake was felt during the midday prayers.
      Published at 12:23pm, the report said the quake struck the valley.
      The survey found 3.15 quakes a year on average.
      Another two major blasts occurred at 9 am on Thursday.
      Two more tremors struck at 4:10 p.m.
      """)
  void otherMomentsAndNumbersAreNoEventMoment(String sentence) {
    assertThat(moments(sentence)).isEmpty();
  }

  private static final LocalDate DAY = LocalDate.of(2024, 3, 8);
  private static final String OPENING = "An earthquake of magnitude 7.1 struck the Varn valley on"
      + " Friday, destroying hundreds of homes in Varn and Ostel. ";

  private static List<Conflict> scan(String first, String second) {
    return ConflictDetector.withDefaults().scan(List.of(
        Article.of("one", DAY, OPENING + first), Article.of("two", DAY, OPENING + second)))
        .conflicts();
  }

  @Test
  void twoMomentsOfTheSameQuakeAQuarterOfAnHourApartConflict() {
    assertThat(scan("The quake struck at 11:41 local time.",
        "The earthquake occurred at 11:56 local time, the survey said."))
        .singleElement().satisfies(c -> {
          assertThat(c.topic()).startsWith("time of the earthquake");
          assertThat(c.explanation()).contains("11:40–11:42").contains("11:55–11:57");
        });
  }

  @Test
  void theSameMomentInTwoNotationsOrRoundedIsNoConflict() {
    assertThat(scan("The quake struck at 3.15pm.",
        "The earthquake hit at about 15:15 local time (09:15 GMT).")).isEmpty();
    assertThat(scan("The quake struck at around 11:20 p.m.",
        "The earthquake hit at 11:30 p.m.")).isEmpty();
  }
}
