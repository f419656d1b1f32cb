package io.github.claimconflict;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.claimconflict.claim.Measure;
import io.github.claimconflict.claim.Units;
import io.github.claimconflict.extract.MeasureLexicon;
import io.github.claimconflict.report.Conflict;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class MeasureRuleTest {

  private static final Measure VACCINATED = new Measure("vaccinated", "people vaccinated", false);

  @Test
  void aRuleIsTheLexiconEntryTheReaderUses() {
    MeasureRule rule = MeasureRule.counting(VACCINATED).people().nounRequired().countsTotals()
        .cues("Vaccinated", "received a vaccine").build();
    MeasureLexicon.Entry entry = MeasureLexicon.Entry.counting(VACCINATED)
        .requiresNoun(MeasureLexicon.PEOPLE).countsTotals()
        .cues("vaccinated", "received a vaccine").build();
    assertThat(rule.toEntry()).isEqualTo(entry);
    assertThat(rule.cues()).containsExactly("vaccinated", "received a vaccine");
    assertThat(rule.units()).containsExactly(Units.COUNT);
  }

  @Test
  void aRuleNeedsAUnitAndNoBlankCue() {
    assertThatThrownBy(() -> MeasureRule.in(VACCINATED).build())
        .hasMessageContaining("vaccinated has no unit");
    assertThatThrownBy(() -> MeasureRule.counting(VACCINATED).cues(" ").build())
        .hasMessageContaining("blank cue");
  }

  @Test
  void aRuleWithABuiltInIdReplacesThatMeasure() {
    Measure gathered = new Measure("crowd", "people who gathered", false);
    ConflictDetector detector = ConflictDetector.builder().measures(List.of(
        MeasureRule.counting(gathered).people().cues("gathered").build())).build();
    LocalDate day = LocalDate.of(2024, 5, 2);
    List<Article> articles = List.of(
        Article.of("a", day, "Some 5,000 people gathered in the main square of Dunmere."),
        Article.of("b", day, "About 2,000 people gathered in the main square of Dunmere."));
    assertThat(ConflictDetector.withDefaults().scan(articles).conflicts())
        .extracting(Conflict::topic).singleElement().asString()
        .startsWith(MeasureLexicon.CROWD.label());
    assertThat(detector.scan(articles).conflicts()).extracting(Conflict::topic)
        .singleElement().asString().startsWith("people who gathered");
  }
}
