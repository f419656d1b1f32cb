package io.github.claimconflict;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.claimconflict.claim.Measure;
import io.github.claimconflict.claim.NameClaim;
import io.github.claimconflict.compare.NumericToleranceComparator;
import io.github.claimconflict.extract.ClaimExtractor;
import io.github.claimconflict.names.KnownNames;
import io.github.claimconflict.names.NameMatcher;
import io.github.claimconflict.report.Conflict;
import io.github.claimconflict.report.JsonReport;
import io.github.claimconflict.report.ScanReport;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class ConflictDetectorTest {

  private static final LocalDate DAY = LocalDate.of(2024, 5, 2);

  private static final Article FIVE = Article.of("a", DAY,
      "Some 5,000 people gathered in the main square of Riverton on Sunday.");
  private static final Article FOUR = Article.of("b", DAY,
      "The rally in Riverton drew about 4,000 people, local media said.");

  @Test
  void reportsFiguresThatCannotBothBeTrue() {
    ScanReport r = ConflictDetector.withDefaults().scan(List.of(FIVE, FOUR));
    assertThat(r.conflicts()).singleElement().satisfies(c -> {
      assertThat(c.id()).isEqualTo("C1");
      assertThat(c.positions()).hasSize(2);
      assertThat(c.confidence()).isBetween(0.5, 1.0);
      assertThat(c.explanation()).contains("4,750–5,250").contains("3,800–4,200");
    });
  }

  @Test
  void aWiderToleranceAcceptsTheSameFigures() {
    ConflictDetector lenient = ConflictDetector.builder().tolerance(0.2).build();
    assertThat(lenient.scan(List.of(FIVE, FOUR)).conflicts()).isEmpty();
  }

  @Test
  void minConfidenceLeavesOutWeakConflicts() {
    ConflictDetector strict = ConflictDetector.builder().minConfidence(0.99).build();
    assertThat(strict.scan(List.of(FIVE, FOUR)).conflicts()).isEmpty();
  }

  @Test
  void comparatorsArePluggable() {
    ConflictDetector lenient = ConflictDetector.builder()
        .comparators(List.of(new NumericToleranceComparator(0.3))).build();
    assertThat(lenient.scan(List.of(FIVE, FOUR)).conflicts()).isEmpty();
    ConflictDetector none = ConflictDetector.builder().comparators(List.of()).build();
    assertThat(none.scan(List.of(FIVE, FOUR)).conflicts()).isEmpty();
  }

  @Test
  void aUserLexiconAddsMeasures() {
    Measure vaccinated = new Measure("vaccinated", "people vaccinated", false);
    MeasureRule rule = MeasureRule.counting(vaccinated).people()
        .cues("vaccinated", "received a vaccine").build();
    List<Article> articles = List.of(
        Article.of("a", DAY, "Nearly 2,000 people were vaccinated in the valley."),
        Article.of("b", DAY, "Officials say 12,000 people were vaccinated in the valley."));
    assertThat(ConflictDetector.withDefaults().scan(articles).conflicts()).isEmpty();
    assertThat(ConflictDetector.builder().measures(List.of(rule)).build().scan(articles)
        .conflicts())
        .singleElement().extracting(Conflict::topic).isEqualTo("people vaccinated");
  }

  private static final Article BIRIMDIK = Article.of("p", DAY,
      "The ruling Birimdik party took about 30 per cent of the vote, officials in Osh said.");
  private static final Article BIRMIDIK = Article.of("q", DAY,
      "The ruling Birmidik party took more than 40 percent of the vote, officials in Osh said.");

  @Test
  void subjectsOfFiguresResolveAcrossSpellings() {
    ScanReport r = ConflictDetector.withDefaults().scan(List.of(BIRIMDIK, BIRMIDIK));
    assertThat(r.conflicts()).extracting(c -> c.kind().label())
        .containsExactlyInAnyOrder("numeric", "spelling");
    assertThat(r.conflicts()).filteredOn(c -> c.kind().label().equals("numeric"))
        .singleElement().extracting(Conflict::topic).asString().contains("share of the vote");
  }

  @Test
  void knownDistinctNamesAreNeitherVariantsNorOneSubject() {
    ConflictDetector detector = ConflictDetector.builder()
        .knownNames(KnownNames.builder().distinct("Birimdik", "Birmidik").build()).build();
    assertThat(detector.scan(List.of(BIRIMDIK, BIRMIDIK)).conflicts()).isEmpty();
  }

  @Test
  void theNameMatcherIsPluggable() {
    ConflictDetector exactOnly = ConflictDetector.builder()
        .nameMatcher((a, b) -> a.equals(b) ? NameMatcher.Verdict.SAME : NameMatcher.Verdict.DIFFERENT)
        .build();
    assertThat(exactOnly.scan(List.of(BIRIMDIK, BIRMIDIK)).conflicts()).isEmpty();
  }

  @Test
  void aGroupWithinTheTotalIsNotComparedWithTheTotal() {
    List<Article> articles = List.of(
        Article.of("a", DAY, "Hundreds were injured in Riverton on Sunday, the ministry said."),
        Article.of("b", DAY, "Twelve police officers were injured in Riverton on Sunday."),
        Article.of("c", DAY, "About 40 people were injured in Riverton on Sunday."));
    List<Conflict> conflicts = ConflictDetector.withDefaults().scan(articles).conflicts();
    assertThat(conflicts).singleElement().satisfies(c -> {
      assertThat(c.topic()).isEqualTo("people injured (Riverton)");
      assertThat(c.positions()).flatExtracting(p -> p.articles()).containsOnly("a", "c");
    });
  }

  @Test
  void aRunningTallyThatRisesIsAnUpdateNotAConflict() {
    List<Article> articles = List.of(
        Article.of("a", DAY, "The floods in Dalmora killed 40 people, officials said."),
        Article.of("b", DAY, "The death toll in Dalmora rose to 65, officials said."),
        Article.of("c", DAY, "At least 80 people have died in the Dalmora floods."));
    assertThat(ConflictDetector.withDefaults().scan(articles).conflicts()).isEmpty();
  }

  @Test
  void differentClaimantsOfOneTallyAreADispute() {
    List<Article> articles = List.of(
        Article.of("a", DAY, "The civil defence said 60 people died in Dalmora on Friday."),
        Article.of("b", DAY, "The health ministry said 45 people died in Dalmora on Friday."));
    assertThat(ConflictDetector.withDefaults().scan(articles).conflicts()).singleElement()
        .satisfies(c -> assertThat(c.explanation()).contains("different claimants"));
  }

  @Test
  void aTallyOnOneStatedDayIsComparedWithoutClaimants() {
    List<Article> articles = List.of(
        Article.of("a", DAY, "Twelve people were killed in Dalmora on Friday."),
        Article.of("b", DAY, "Nineteen people were killed in Dalmora on Friday."),
        Article.of("c", DAY, "Thirty people were killed in Dalmora on Sunday."));
    assertThat(ConflictDetector.withDefaults().scan(articles).conflicts()).singleElement()
        .satisfies(c -> assertThat(c.positions()).flatExtracting(p -> p.articles())
            .containsOnly("a", "b"));
  }

  @Test
  void oneArticleNeedsTwoNamedClaimantsForAConflict() {
    List<Article> unattributed = List.of(Article.of("a", DAY,
        "Some 2,000 people marched in Dalmora on Friday. Organisers said 9,000 people marched "
            + "in Dalmora on Friday."));
    assertThat(ConflictDetector.withDefaults().scan(unattributed).conflicts()).isEmpty();
    List<Article> disputed = List.of(Article.of("a", DAY,
        "Police said some 2,000 people marched in Dalmora on Friday. Organisers said 9,000 people "
            + "marched in Dalmora on Friday."));
    assertThat(ConflictDetector.withDefaults().scan(disputed).conflicts()).hasSize(1);
  }

  @Test
  void agesOneYearApartConflict() {
    List<Article> articles = List.of(
        Article.of("a", DAY, "Captain Ivo Marrek, 68, apologised to the families in Dalmora."),
        Article.of("b", DAY, "Captain Ivo Marrek, 69, faces charges in Dalmora."));
    assertThat(ConflictDetector.withDefaults().scan(articles).conflicts()).singleElement()
        .satisfies(c -> assertThat(c.topic()).startsWith("age: Ivo Marrek"));
  }

  @Test
  void plainFiguresAreComparedAtTheirOwnPrecision() {
    List<Article> articles = List.of(
        Article.of("a", DAY, "The city of Dalmora, home to 220,000 people, was flooded on Friday."),
        Article.of("b", DAY, "The floods hit Dalmora, which has a population of 200,000, on Friday."));
    assertThat(ConflictDetector.withDefaults().scan(articles).conflicts()).singleElement()
        .satisfies(c -> assertThat(c.topic()).startsWith("population"));
  }

  @Test
  void aFigureCompatibleWithBothSidesTakesNoSideWhateverItsOrder() {
    List<Article> articles = List.of(
        Article.of("a", DAY, "On Sunday the storm killed at least 14 people in Riverton, officials said."),
        Article.of("b", DAY, "At least 19 people died on Sunday when the storm hit Riverton."),
        Article.of("c", DAY, "The storm that hit Riverton on Sunday killed 14 people."));
    List<Conflict> conflicts = ConflictDetector.withDefaults().scan(articles).conflicts();
    assertThat(conflicts).singleElement().satisfies(c -> {
      assertThat(c.positions()).extracting(p -> p.articles())
          .containsExactlyInAnyOrder(List.of("b"), List.of("c"));
      assertThat(c.explanation()).contains("\"at least 14 people\" (a) is compatible with more "
          + "than one side");
    });
  }

  @Test
  void exactCountsAreNotWidenedByTheTolerance() {
    List<Article> articles = List.of(
        Article.of("a", DAY, "The Civic Alliance won 61 of the 150 seats in Valmont."),
        Article.of("b", DAY, "The Civic Alliance won 62 seats in Valmont, results showed."));
    assertThat(ConflictDetector.withDefaults().scan(articles).conflicts())
        .filteredOn(c -> c.kind().label().equals("numeric")).singleElement()
        .satisfies(c -> assertThat(c.topic()).startsWith("seats won: Civic Alliance"));
  }

  @Test
  void organisersAndPoliceInOneArticleAreADispute() {
    List<Article> articles = List.of(Article.of("a", DAY, "Organisers said 40,000 people joined "
        + "a rally in Valmont on Saturday, while police put the number at 15,000."));
    List<Conflict> conflicts = ConflictDetector.withDefaults().scan(articles).conflicts();
    assertThat(conflicts).singleElement().satisfies(c -> {
      assertThat(c.positions()).flatExtracting(p -> p.claimants())
          .containsExactlyInAnyOrder("organisers", "police");
      assertThat(c.explanation()).contains("dispute");
    });
  }

  @Test
  void articlesAYearApartAreDifferentEvents() {
    Article later = Article.of("c", DAY.plusYears(1),
        "The rally in Riverton drew about 300 people, local media said.");
    ScanReport r = ConflictDetector.withDefaults().scan(List.of(FIVE, later));
    assertThat(r.events()).hasSize(2);
    assertThat(r.conflicts()).isEmpty();
  }

  @Test
  void claimsAboutAnotherTimeAreNotCompared() {
    Article past = Article.of("c", DAY,
        "Last year the rally in Riverton drew about 300 people, local media said.");
    assertThat(ConflictDetector.withDefaults().scan(List.of(FOUR, past)).conflicts()).isEmpty();
  }

  @Test
  void blankArticlesAreSkippedWithAReasonNotDropped() {
    ScanReport r = ConflictDetector.withDefaults()
        .scan(List.of(FIVE, Article.of("empty", " \n ")));
    assertThat(r.articles()).extracting(a -> a.id()).containsExactly("a");
    assertThat(r.skipped()).singleElement().satisfies(s -> {
      assertThat(s.id()).isEqualTo("empty");
      assertThat(s.reason()).isEqualTo("no text");
    });
  }

  @Test
  void anArticleThatCannotBeReadIsSkippedNamingTheException() {
    // A bug of the library's own, simulated by a reader that fails on one article.
    ClaimExtractor<NameClaim> failing = text -> {
      if (text.text().contains("Riverton drew")) {
        throw new IllegalStateException("index 7 out of bounds");
      }
      return List.of();
    };
    ScanReport r = ConflictDetector.builder().extraExtractors(List.of(failing)).build()
        .scan(List.of(FIVE, FOUR));
    assertThat(r.articles()).extracting(a -> a.id()).containsExactly("a");
    assertThat(r.skipped()).singleElement().satisfies(s -> {
      assertThat(s.id()).isEqualTo("b");
      assertThat(s.reason()).contains("java.lang.IllegalStateException: index 7 out of bounds")
          .contains("please report it");
    });
  }

  @Test
  void duplicateIdsAreRejectedNamingTheId() {
    assertThatThrownBy(() -> ConflictDetector.withDefaults().scan(List.of(FIVE, FIVE)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("duplicate article id 'a' (positions 0 and 1)");
  }

  @Test
  void aNullArticleIsRejectedNamingItsPosition() {
    assertThatThrownBy(() -> ConflictDetector.withDefaults().scan(Arrays.asList(FIVE, null)))
        .hasMessage("article at position 1 is null");
  }

  @Test
  void builderRejectsBadSettingsWithTheValue() {
    assertThatThrownBy(() -> ConflictDetector.builder().tolerance(-1))
        .hasMessageContaining("-1");
    assertThatThrownBy(() -> ConflictDetector.builder().minConfidence(1.5))
        .hasMessageContaining("1.5");
    assertThatThrownBy(() -> ConflictDetector.builder().eventWindowDays(-2))
        .hasMessageContaining("-2");
  }

  @Test
  void inputOrderDoesNotChangeTheReport() {
    String forward = JsonReport.write(ConflictDetector.withDefaults().scan(List.of(FIVE, FOUR)));
    String backward = JsonReport.write(ConflictDetector.withDefaults().scan(List.of(FOUR, FIVE)));
    assertThat(backward).isEqualTo(forward);
  }

  @Test
  void oneDetectorServesManyThreadsWithTheSameAnswer() throws Exception {
    ConflictDetector detector = ConflictDetector.builder().build();
    List<Article> articles = List.of(FIVE, FOUR,
        Article.of("c", DAY, "Police said 3,000 people were injured in Riverton on Sunday."),
        Article.of("d", DAY, "Hospitals in Riverton said 40 people were injured on Sunday."));
    String expected = JsonReport.write(detector.scan(articles));
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<String>> runs = new ArrayList<>();
      for (int i = 0; i < 32; i++) {
        runs.add(pool.submit(() -> JsonReport.write(detector.scan(articles))));
      }
      for (Future<String> run : runs) {
        assertThat(run.get()).isEqualTo(expected);
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
