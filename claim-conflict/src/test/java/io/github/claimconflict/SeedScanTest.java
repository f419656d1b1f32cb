package io.github.claimconflict;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.claimconflict.report.Conflict;
import io.github.claimconflict.report.ConflictKind;
import io.github.claimconflict.report.Position;
import io.github.claimconflict.report.ScanReport;
import io.github.claimconflict.scope.Event;
import java.io.IOException;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The conflicts ../shared/seeds/EXPECTED.md says a correct scan reports on the real seed
 * articles, and the traps it must not fall into, at confidence 0.5 or more.
 */
class SeedScanTest {

  private static final String AFP = "000_e07d98cd73f3c8d9";
  private static final String Y2021 = "001_9430609a48b0829c";
  private static final String B = "002_983ff9f81d3437e1";
  private static final String C = "003_4c09e44031a6f13a";
  private static final String D = "004_98a34328ca2317dc";

  private static ScanReport withMetadata;
  private static ScanReport bare;

  @BeforeAll
  static void scan() throws IOException {
    Seeds.assumePresent();
    withMetadata = ConflictDetector.withDefaults().scan(Seeds.withMetadata());
    bare = ConflictDetector.withDefaults().scan(Seeds.bareTexts());
  }

  static Stream<String> reports() {
    return Stream.of("jsonl", "txt");
  }

  private static ScanReport report(String which) {
    return which.equals("jsonl") ? withMetadata : bare;
  }

  private static List<Conflict> numeric(ScanReport r) {
    return r.conflicts().stream().filter(c -> c.kind() == ConflictKind.NUMERIC)
        .filter(c -> c.confidence() >= 0.5).toList();
  }

  /** The conflict whose sides are held by exactly these article sets, in any order. */
  private static Conflict between(ScanReport r, Set<String> one, Set<String> other) {
    return numeric(r).stream()
        .filter(c -> c.positions().size() == 2)
        .filter(c -> {
          Set<String> a = Set.copyOf(c.positions().get(0).articles());
          Set<String> b = Set.copyOf(c.positions().get(1).articles());
          return (a.equals(one) && b.equals(other)) || (a.equals(other) && b.equals(one));
        })
        .filter(c -> c.positions().stream().allMatch(p -> p.low().isPresent()))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no conflict " + one + " vs " + other + " in "
            + numeric(r)));
  }

  private static Position side(Conflict c, String article) {
    return c.positions().stream().filter(p -> p.articles().contains(article)).findFirst()
        .orElseThrow();
  }

  @ParameterizedTest
  @MethodSource("reports")
  void c1RallySizeFiveThousandAgainstFourThousand(String which) {
    Conflict c = between(report(which), Set.of(AFP, D), Set.of(C));
    assertThat(side(c, AFP).low().orElseThrow()).isBetween(4500.0, 5000.0);
    assertThat(side(c, C).high().orElseThrow()).isBetween(4000.0, 4500.0);
    assertThat(c.topic()).contains("gathering");
    assertThat(c.explanation()).contains("5,000").contains("4,000");
  }

  @ParameterizedTest
  @MethodSource("reports")
  void c2ThresholdSevenAgainstOnePercent(String which) {
    Conflict c = between(report(which), Set.of(AFP, B), Set.of(C));
    assertThat(side(c, B).unit()).contains("percent");
    assertThat(side(c, B).low().orElseThrow()).isBetween(6.5, 7.0);
    assertThat(side(c, C).high().orElseThrow()).isBetween(1.0, 1.5);
    assertThat(c.topic()).contains("threshold");
  }

  @ParameterizedTest
  @MethodSource("reports")
  void c3PartiesPassingFourAgainstFive(String which) {
    Conflict c = between(report(which), Set.of(B), Set.of(C));
    assertThat(side(c, B).low()).hasValue(4.0);
    assertThat(side(c, C).low()).hasValue(5.0);
  }

  @ParameterizedTest
  @MethodSource("reports")
  void noOtherNumericConflictReachesHalfConfidence(String which) {
    // T1-T6 and T14: vote shares, injured and dead, the sentence, the 2,000 at the security
    // building, "thousands", the 12 parties and "a third party" are all compatible or apart.
    assertThat(numeric(report(which))).hasSize(3);
    for (Conflict c : numeric(report(which))) {
      assertThat(c.topic()).doesNotContain("share of the vote", "injured", "killed",
          "sentence", "age");
      for (Position p : c.positions()) {
        assertThat(p.value()).doesNotContain("2,000", "Thousands", "Hundreds", "hundreds",
            "third", "12", "quarter", "half", "590");
      }
    }
  }

  @ParameterizedTest
  @MethodSource("reports")
  void the2021ArticleStandsInAnEventOfItsOwn(String which) {
    ScanReport r = report(which);
    Event of2021 = r.events().stream().filter(e -> e.articles().contains(Y2021)).findFirst()
        .orElseThrow();
    assertThat(of2021.articles()).containsExactly(Y2021);
    assertThat(r.conflicts()).noneMatch(c -> c.positions().stream()
        .anyMatch(p -> p.articles().contains(Y2021)));
  }

  private static List<Conflict> spelling(ScanReport r) {
    return r.conflicts().stream().filter(c -> c.kind() == ConflictKind.SPELLING)
        .filter(c -> c.confidence() >= 0.5).toList();
  }

  /** The spelling conflict with a position spelled exactly {@code written}. */
  private static Conflict spelledAs(ScanReport r, String written) {
    return spelling(r).stream()
        .filter(c -> c.positions().stream().anyMatch(p -> List.of(p.value().split(" / "))
            .contains(written)))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no spelling conflict with '" + written + "' in "
            + spelling(r)));
  }

  private static Position spelled(Conflict c, String written) {
    return c.positions().stream()
        .filter(p -> List.of(p.value().split(" / ")).contains(written)).findFirst().orElseThrow();
  }

  @ParameterizedTest
  @MethodSource("reports")
  void c4Birimdik(String which) {
    Conflict c = spelledAs(report(which), "Birimdik");
    assertThat(spelled(c, "Birimdik").articles()).containsExactly(AFP, B);
    assertThat(spelled(c, "Birmidik").articles()).containsExactly(C);
    assertThat(spelled(c, "Birmidic").articles()).containsExactly(C);
    assertThat(c.explanation()).contains("likely misspelling");
  }

  @ParameterizedTest
  @MethodSource("reports")
  void c5MekenimKyrgyzstan(String which) {
    Conflict c = spelledAs(report(which), "Mekenim Kyrgyzstan");
    assertThat(spelled(c, "Mekenim Kyrgyzstan").articles()).containsExactly(AFP, B);
    assertThat(spelled(c, "Meknim Kyrgyzstan").articles()).containsExactly(C);
  }

  @ParameterizedTest
  @MethodSource("reports")
  void c6SooronbaiJeenbekov(String which) {
    Conflict c = spelledAs(report(which), "Sooronbai Jeenbekov");
    assertThat(spelled(c, "Sooronbai Jeenbekov").articles()).containsExactly(AFP, B, D);
    assertThat(spelled(c, "Suronbai Jinbekov").articles()).containsExactly(C);
    assertThat(c.explanation()).contains("transliteration variant");
  }

  @ParameterizedTest
  @MethodSource("reports")
  void c7KlaraSooronkulova(String which) {
    Conflict c = spelledAs(report(which), "Klara Sooronkulova");
    assertThat(spelled(c, "Klara Sooronkulova").articles()).containsExactly(B);
    assertThat(spelled(c, "Clara Soronkulova").articles()).containsExactly(C);
  }

  @ParameterizedTest
  @MethodSource("reports")
  void cosmeticVariantsNamesakesAndSharedWordsAreNotSpellingConflicts(String which) {
    // Exactly C4-C7: no Organisation/Organization or Ata Meken/Ata-Meken (T8), no Asylbek
    // against Sooronbai Jeenbekov (T12), no Kyrgyzstan against Mekenim Kyrgyzstan (T13).
    assertThat(spelling(report(which))).hasSize(4);
    for (Conflict c : spelling(report(which))) {
      assertThat(c.positions()).allSatisfy(p -> assertThat(p.value())
          .doesNotContain("Organi", "Ata", "Asylbek").isNotEqualTo("Kyrgyzstan"));
    }
  }

  private static List<Conflict> quotes(ScanReport r) {
    return r.conflicts().stream().filter(c -> c.kind() == ConflictKind.QUOTE)
        .filter(c -> c.confidence() >= 0.5).toList();
  }

  private static Conflict quoted(ScanReport r, String fromB, String fromC) {
    return quotes(r).stream()
        .filter(c -> c.positions().stream().anyMatch(p -> p.articles().equals(List.of(B))
            && p.value().contains(fromB)))
        .filter(c -> c.positions().stream().anyMatch(p -> p.articles().equals(List.of(C))
            && p.value().contains(fromC)))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no quote conflict '" + fromB + "' vs '" + fromC
            + "' in " + quotes(r)));
  }

  @ParameterizedTest
  @MethodSource("reports")
  void c8OverallAgainstFullyRespected(String which) {
    Conflict c = quoted(report(which), "overall respected", "fully respected");
    assertThat(c.diff()).hasValueSatisfying(d -> assertThat(d)
        .contains("[-overall-]").contains("{+fully+}"));
  }

  @ParameterizedTest
  @MethodSource("reports")
  void c9SeriousAgainstGraveConcern(String which) {
    Conflict c = quoted(report(which), "remain a serious concern", "a matter of grave concern");
    assertThat(c.diff()).hasValueSatisfying(d -> assertThat(d).contains("[-serious-]"));
  }

  @ParameterizedTest
  @MethodSource("reports")
  void c10LawlessnessAgainstBlindnessThoughTheSpeakerIsSpelledDifferently(String which) {
    Conflict c = quoted(report(which), "true lawlessness", "true blindness");
    assertThat(c.positions()).flatExtracting(p -> p.claimants())
        .contains("Klara Sooronkulova", "Clara Soronkulova");
  }

  @ParameterizedTest
  @MethodSource("reports")
  void identicalWordingsAndShorterExcerptsAreNotMisquotes(String which) {
    // T9 (Mombekov's words, "certain political forces") and T10 (excerpts): exactly C8-C10.
    assertThat(quotes(report(which))).hasSize(3);
    assertThat(quotes(report(which))).allSatisfy(c -> assertThat(c.positions())
        .noneMatch(p -> p.value().contains("honest elections")
            || p.value().contains("political forces") || p.value().contains("take them away")
            || p.articles().contains(AFP) || p.articles().contains(D)));
  }

  @ParameterizedTest
  @MethodSource("reports")
  void the002And004CopiesAreOneVoiceAnd003StandsAloneOnTheRally(String which) {
    ScanReport r = report(which);
    assertThat(r.dependencies()).singleElement().satisfies(d -> {
      assertThat(d.first()).isEqualTo(B);
      assertThat(d.second()).isEqualTo(D);
    });
    Conflict c1 = between(r, Set.of(AFP, D), Set.of(C));
    assertThat(side(c1, AFP).support()).isEqualTo(2);
    assertThat(c1.explanation()).contains(C + " stands alone against 2 independent sources ("
        + AFP + ", " + D + ")");
  }

  @Test
  void the2021ArticlesRelatedLinksYieldNoFigures() throws IOException {
    Article y2021 = Seeds.withMetadata().stream().filter(a -> a.id().equals(Y2021)).findFirst()
        .orElseThrow();
    assertThat(new io.github.claimconflict.extract.QuantityExtractor().extract(y2021))
        .extracting(q -> q.surface())
        .doesNotContain("$91", "five guards", "5 things")
        .contains("15 people", "six parties", "about 300");
  }

  @Test
  void everyArticleIsScannedAndEveryEvidenceOffsetPointsAtItsWords() throws IOException {
    assertThat(withMetadata.articles()).hasSize(5);
    assertThat(withMetadata.skipped()).isEmpty();
    var texts = new java.util.HashMap<String, String>();
    Seeds.withMetadata().forEach(a -> texts.put(a.id(), a.text()));
    for (Conflict c : withMetadata.conflicts()) {
      for (Position p : c.positions()) {
        for (var e : p.evidence()) {
          String words = texts.get(e.articleId()).substring(e.start(), e.end());
          // A value lists a position's wordings, or joins the parts of a split quote.
          assertThat(p.value()).contains(words);
          assertThat(e.sentence()).contains(words);
        }
      }
    }
  }
}
