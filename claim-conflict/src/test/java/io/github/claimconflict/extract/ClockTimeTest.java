package io.github.claimconflict.extract;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.claimconflict.Article;
import io.github.claimconflict.TwoArticles;
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
      The quake struck at 10:37 local time near Varn.                  | 10:37 local time         | time of the earthquake | 10:36–10:38 local time
      The earthquake occurred at 10:52 VST (7:02:49 UTC) on Saturday.  | 10:52 VST                | time of the earthquake | 10:51–10:53 local time
      The miners were discovered at 6.45pm by a search team.           | 6.45pm                   | time of the discovery  | 18:38–18:52 local time
      Around 4:05 p.m. a volunteer spotted a hand in the rubble.       | Around 4:05 p.m.         | time of the discovery  | 16:00–16:10 local time
      The crush happened at about 8 am (10.30 am VST) near the gate.   | about 8 am               | time of the crush      | 07:55–08:05 local time
      The bridge collapsed around midday on Tuesday.                   | around midday            | time of the collapse   | 11:55–12:05 local time
      The first blast occurred shortly after 10:30 p.m. in the port.   | shortly after 10:30 p.m. | time of the explosion  | 22:30–22:50 local time
      The tower caved in at 13:40 GMT, officials said.                 | 13:40 GMT                | time of the collapse   | 13:35–13:45 GMT
      The guide, a volunteer, died last night about 3am, his team said. | about 3am               | time of the death      | 02:55–03:05 local time
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
      The ferry sank an hour after sending a distress signal at 7:20am.
      A fire started about 9:35 pm in a depot.
      The pair arrived at the station at approximately 4.25pm.
      As of 19:10 local time, at least 412 people had died in the quake.
      Rescuers searched from 2pm to 4.30pm before the building collapsed.
      The quake was felt during the midday prayers.
      Published at 9:52am, the report said the quake struck the valley.
      The survey found 3.15 quakes a year on average.
      A further three large blasts occurred at 8 am on Thursday.
      Two more tremors struck at 4:10 p.m.
      Nine people died at 4 a.m. when the roof gave way.
      The victims died around 11 p.m. in the flooded tunnel.
      """)
  void otherMomentsAndNumbersAreNoEventMoment(String sentence) {
    assertThat(moments(sentence)).isEmpty();
  }

  private static final LocalDate DAY = LocalDate.of(2024, 3, 8);
  private static final String OPENING = "An earthquake of magnitude 7.1 struck the Varn valley on"
      + " Friday, destroying hundreds of homes in Varn and Ostel. ";

  private static List<Conflict> scan(String first, String second) {
    return TwoArticles.conflicts(DAY, OPENING, first, second);
  }

  @Test
  void twoMomentsOfTheSameQuakeAQuarterOfAnHourApartConflict() {
    assertThat(scan("The quake struck at 10:37 local time.",
        "The earthquake occurred at 10:52 local time, the survey said."))
        .singleElement().satisfies(c -> {
          assertThat(c.topic()).startsWith("time of the earthquake");
          assertThat(c.explanation()).contains("10:36–10:38").contains("10:51–10:53")
              .contains("precision its writing implies").doesNotContain("widened by");
        });
  }

  @Test
  void theSameMomentInTwoNotationsOrRoundedIsNoConflict() {
    assertThat(scan("The quake struck at 6.45pm.",
        "The earthquake hit at about 18:45 local time (15:45 GMT).")).isEmpty();
    assertThat(scan("The quake struck at around 10:20 p.m.",
        "The earthquake hit at 10:22 p.m.")).isEmpty();
    assertThat(scan("The quake struck at about 10 p.m.",
        "The earthquake hit at 10.05pm.")).isEmpty();
  }

  @Test
  void timesOnTwoTenMinuteMarksAreTwoStatementsHedgedOrNot() {
    // a mark stands for what rounds to it, as "about 40" and "about 50" do among counts
    assertThat(scan("The quake struck at around 8:20 p.m.",
        "The earthquake hit at around 8:30 p.m.")).singleElement()
        .satisfies(c -> assertThat(c.topic()).startsWith("time of the earthquake"));
    assertThat(scan("The quake struck at about 7 p.m.",
        "The earthquake hit at 7.15pm.")).hasSize(1);
    assertThat(scan("The quake struck at 9:40 a.m.",
        "The earthquake hit at 9:50 a.m.")).hasSize(1);
  }
}
