package io.github.claimconflict.align;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.claimconflict.Article;
import io.github.claimconflict.ConflictDetector;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Unattributed tolls of one day of report disagree; a later day's toll is an update. */
class ReportDayTest {

  private static final String FIRST = "A gas blast tore through the Varnel market in Ostria on "
      + "Tuesday. The blast killed 37 people, and rescuers were still searching the rubble.";
  private static final String SECOND = "Rescuers were still searching the rubble of the Varnel "
      + "market in Ostria after the gas blast on Tuesday. The blast killed 38 people.";

  private static final LocalDate TUESDAY = LocalDate.of(2031, 3, 11);

  @Test
  void tollsPublishedOnOneDayConflict() {
    List<Article> articles = List.of(Article.of("a", TUESDAY, FIRST),
        Article.of("b", TUESDAY, SECOND));
    assertThat(ConflictDetector.withDefaults().scan(articles).conflicts()).singleElement()
        .satisfies(c -> assertThat(c.positions()).hasSize(2));
  }

  @Test
  void aTollPublishedADayLaterIsAnUpdate() {
    List<Article> articles = List.of(Article.of("a", TUESDAY, FIRST),
        Article.of("b", TUESDAY.plusDays(1), SECOND));
    assertThat(ConflictDetector.withDefaults().scan(articles).conflicts()).isEmpty();
  }
}
