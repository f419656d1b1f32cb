package io.github.claimconflict.align;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.claimconflict.Article;
import io.github.claimconflict.claim.QuantityClaim;
import io.github.claimconflict.compare.ClaimGroup;
import io.github.claimconflict.extract.QuantityExtractor;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Which figures of one event are set against each other, by the moment each states. */
class QuantityAlignerTest {

  private static final QuantityExtractor EXTRACTOR = new QuantityExtractor();

  private static List<ClaimGroup<QuantityClaim>> align(String first, String second) {
    List<QuantityClaim> claims = new ArrayList<>(EXTRACTOR.extract(Article.of("a", first)));
    claims.addAll(EXTRACTOR.extract(Article.of("b", second)));
    return new QuantityAligner().align("E1", claims);
  }

  @ParameterizedTest(name = "[{index}] {0} / {1} -> {2}")
  @CsvSource(delimiter = '|', textBlock = """
      Some 8,000 people marched on Saturday morning. | Some 30,000 people marched on Saturday.         | false
      Some 8,000 people marched on Saturday morning. | Some 9,000 people marched on Saturday morning. | true
      Some 8,000 people marched at 11 a.m. on Saturday. | Some 20,000 people marched at 3 p.m. on Saturday. | false
      Some 8,000 people marched at 11 a.m. on Saturday. | Some 12,000 people marched at 11am on Saturday. | true
      Some 8,000 people marched on Saturday.         | Some 30,000 people marched on Saturday.         | true
      Some 8,000 people marched.                     | Some 30,000 people marched on Saturday morning. | true
      """)
  void figuresAreComparedOnlyAtOneMoment(String first, String second, boolean compared) {
    boolean together = align(first, second).stream()
        .anyMatch(g -> g.claims().stream().map(QuantityClaim::articleId).distinct().count() == 2);
    assertThat(together).isEqualTo(compared);
  }

  private static List<ClaimGroup<QuantityClaim>> alignReported(String first, LocalDate firstDay,
      String second, LocalDate secondDay) {
    List<QuantityClaim> claims = new ArrayList<>(EXTRACTOR.extract(Article.of("a", first)));
    claims.addAll(EXTRACTOR.extract(Article.of("b", second)));
    Map<String, LocalDate> reported = new HashMap<>();
    if (firstDay != null) {
      reported.put("a", firstDay);
    }
    if (secondDay != null) {
      reported.put("b", secondDay);
    }
    return new QuantityAligner().align("E1", claims, reported);
  }

  private static boolean acrossArticles(List<ClaimGroup<QuantityClaim>> groups) {
    return groups.stream()
        .anyMatch(g -> g.claims().stream().map(QuantityClaim::articleId).distinct().count() == 2);
  }

  private static final LocalDate MONDAY = LocalDate.of(2031, 3, 10);

  @Test
  void unattributedTollsOfOneDayOfReportAreSetAgainstEachOther() {
    String first = "The blast at the Varnel depot killed 37 people.";
    String second = "The blast at the Varnel depot killed 38 people.";
    assertThat(acrossArticles(alignReported(first, MONDAY, second, MONDAY))).isTrue();
    // Reported on different days, or one day unknown: the later count is an update.
    assertThat(acrossArticles(alignReported(first, MONDAY, second, MONDAY.plusDays(1))))
        .isFalse();
    assertThat(acrossArticles(alignReported(first, MONDAY, second, null))).isFalse();
    assertThat(acrossArticles(align(first, second))).isFalse();
  }

  @ParameterizedTest(name = "[{index}] {0} / {1} -> {2}")
  @CsvSource(delimiter = '|', textBlock = """
      The blast killed 16 people.         | The blast killed 24 people.               | true
      The blast killed 16 people.         | The blast killed 25 people.               | false
      The blast killed 24 people.         | Dozens of people were killed in the blast. | false
      The blast killed at least 20 people. | The blast killed 25 people.              | true
      """)
  void onOneDayOfReportOnlyVersionsOfOneCountAreSetAgainstEachOther(String first,
      String second, boolean compared) {
    // Far apart or vague, two unattributed figures of one day are more often a partial count,
    // a sub-group or another event's toll than two versions of one count.
    assertThat(acrossArticles(alignReported(first, MONDAY, second, MONDAY))).isEqualTo(compared);
  }

  @Test
  void aStatedDayIsStillNotSetAgainstNoneOnOneDayOfReport() {
    assertThat(acrossArticles(alignReported("The blast killed 37 people on Monday.", MONDAY,
        "The blast killed 38 people.", MONDAY))).isFalse();
  }

  @Test
  void anUnplacedFigureJoinsTheEventsMainSceneOfEquallyLargeGroups() {
    List<QuantityClaim> claims = new ArrayList<>();
    String[] texts = {
        "Hundreds of demonstrators gathered in Ostel to protest.",
        "Some 2 million people gathered in Arlen for the rites.",
        "About 2 million people gathered for the rites.",
        "The crush in Arlen killed 40 people, officials in Arlen said."};
    for (int i = 0; i < texts.length; i++) {
      claims.addAll(EXTRACTOR.extract(Article.of("a" + i, texts[i])));
    }
    List<ClaimGroup<QuantityClaim>> groups = new QuantityAligner().align("E1", claims);
    ClaimGroup<QuantityClaim> unplaced = groups.stream()
        .filter(g -> g.claims().stream().anyMatch(c -> c.articleId().equals("a2")))
        .findFirst().orElseThrow();
    assertThat(unplaced.claims()).extracting(QuantityClaim::articleId)
        .contains("a1").doesNotContain("a0");
  }

  @Test
  void aPopulationOfSomeCityIsNotTheStorysCitys() {
    assertThat(align("The wave ran into Arlen, a town of 35,000.",
        "In the town of Arlen, home to 38,000, the wave hit first.")).hasSize(1);
    assertThat(align("The wave ran into Arlen, a town of 35,000.",
        "Rescuers had no news from a town of 20,000 people.")).isEmpty();
    assertThat(align("The wave ran into Arlen, a town of 35,000.",
        "The town has a population of 42,000.")).hasSize(1);
  }

  @Test
  void aPopulationIsThePlacesNamedJustBeforeIt() {
    assertThat(align("The flood hit Arlen, home to some 100,000 people.",
        "The storm hit Arlen. Arlen has a population of around 125,000 people.")).hasSize(1);
    assertThat(align("The flood hit Arlen, home to some 100,000 people.",
        "Rescuers reached Ostel, a community of around 125,000 people.")).isEmpty();
  }

  @Test
  void aFigureSetAgainstAnotherDaysIsNotOfThatDay() {
    List<ClaimGroup<QuantityClaim>> groups = align(
        "About 4,000 people marched in Arlen on a second day of protests, compared to Saturday"
            + " when 30,000 people marched.",
        "Some 31,000 people marched in Arlen on Saturday.");
    assertThat(groups).noneMatch(g -> g.claims().stream()
        .anyMatch(c -> c.surface().equals("About 4,000 people"))
        && g.claims().stream().anyMatch(c -> c.surface().equals("Some 31,000 people")));
    assertThat(groups).anyMatch(g -> g.claims().stream()
        .anyMatch(c -> c.surface().equals("30,000 people"))
        && g.claims().stream().anyMatch(c -> c.surface().equals("Some 31,000 people")));
  }

  private static boolean grouped(String first, java.time.LocalDate firstDay, String second,
      java.time.LocalDate secondDay) {
    List<QuantityClaim> claims = new ArrayList<>(EXTRACTOR.extract(Article.of("a", firstDay, first)));
    claims.addAll(EXTRACTOR.extract(Article.of("b", secondDay, second)));
    return new QuantityAligner().align("E1", claims).stream()
        .anyMatch(g -> g.claims().stream().map(QuantityClaim::articleId).distinct().count() == 2);
  }

  @Test
  void aTallyCalledAnUpdateIsItsArticlesDays() {
    java.time.LocalDate sat = java.time.LocalDate.of(2024, 3, 9);
    java.time.LocalDate tue = java.time.LocalDate.of(2024, 3, 12);
    String risen = "The death toll had risen to 1,200, police said.";
    String latest = "An official put the latest death toll at 4,300.";
    assertThat(grouped(risen, sat, latest, tue)).isFalse();
    assertThat(grouped(risen, sat, latest, sat)).isTrue();
    // Two sources' counts with no word of an update stay a dispute, whenever published.
    assertThat(grouped("Police said 1,200 people were killed.", sat,
        "Officials said 4,300 people were killed.", tue)).isTrue();
  }

  /** Whether figures of both articles with this label are in one group. */
  private static boolean setAgainst(String first, String second, String label) {
    return align(first, second).stream()
        .filter(g -> g.topic().startsWith(label))
        .anyMatch(g -> g.claims().stream().map(QuantityClaim::articleId).distinct().count() == 2);
  }

  @Test
  void injuredCountsBesideOneMovingTollAreOneMoment() {
    // Unattributed and undated, yet given beside the same toll of 310: one stage of the story.
    assertThat(setAgainst("Officials said 310 people were killed and 520 injured in the blasts.",
        "In all, 310 people were killed in the blasts and over 700 were injured.",
        "people injured")).isTrue();
  }

  @Test
  void injuredCountsBesideDifferentTollsAreTwoMoments() {
    // Stated by two sources on one day, but beside tolls of 64 and 171: two stages.
    assertThat(setAgainst("Police said on Monday 64 people died and 300 were hurt.",
        "Officials said on Monday 171 people died and more than 650 were hurt.",
        "people injured")).isFalse();
  }

  @Test
  void aSmallTollThatStandsDatesNothing() {
    // Six dead both times: a small toll stands for hours while the injured are still counted.
    assertThat(setAgainst("Six people were killed and nine injured in the attack.",
        "Six people were killed and over 15 were hurt in the attack.",
        "people injured")).isFalse();
  }
}
