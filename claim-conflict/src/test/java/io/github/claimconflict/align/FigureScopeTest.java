package io.github.claimconflict.align;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.claimconflict.Article;
import io.github.claimconflict.ConflictDetector;
import io.github.claimconflict.TwoArticles;
import io.github.claimconflict.report.Conflict;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Which figures of one story a careful reader sets against each other: running tallies, named
 * claimants, sub-groups and totals over many places, on articles of our own.
 */
class FigureScopeTest {

  private static final LocalDate DAY = LocalDate.of(2024, 10, 4);
  private static final String STORM = "Storm Idris flooded the Varn valley on Friday, sweeping"
      + " away bridges in Varn and Ostel and cutting power to the valley. ";

  private static List<Conflict> numeric(String first, String second) {
    return TwoArticles.conflicts(DAY, STORM, first, second).stream()
        .filter(c -> c.topic().startsWith("people")).toList();
  }

  @Test
  void aRunningTallyOfNoStatedTimeOrSourceIsAnUpdateNotAConflict() {
    assertThat(numeric("At least 23 people were killed in the floods.",
        "The death toll from the floods rose to 41.")).isEmpty();
  }

  @Test
  void namedClaimantsGivingDifferentTolls() {
    List<Conflict> found = numeric(
        "The civil defence said 60 people had died in the floods by Friday evening.",
        "The health ministry said 45 people had died in the floods by Friday evening.");
    assertThat(found).singleElement().satisfies(c -> {
      assertThat(c.topic()).startsWith("people killed");
      assertThat(c.explanation()).contains("60").contains("45");
    });
  }

  @Test
  void aSubGroupIsNeverSetAgainstTheWhole() {
    assertThat(numeric("The civil defence said 60 people had died on Friday.",
        "The civil defence said 15 firefighters were among the 60 dead on Friday.")).isEmpty();
    assertThat(numeric("Police said 200 people were injured on Friday.",
        "Police said 200 people were injured on Friday; of them, 80 were hospitalised."))
        .isEmpty();
  }

  @Test
  void aTotalOverManyPlacesIsNotOnePlacesCount() {
    assertThat(ConflictDetector.withDefaults().scan(List.of(
        Article.of("one", DAY, "Protests against the dam drew some 300,000 people nationwide on"
            + " Saturday, organisers in Varn said."),
        Article.of("two", DAY, "Some 40,000 people marched against the dam in Varn on Saturday,"
            + " organisers said."))).conflicts()).isEmpty();
  }
}
