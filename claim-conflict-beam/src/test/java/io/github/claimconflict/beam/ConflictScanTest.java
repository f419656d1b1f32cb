package io.github.claimconflict.beam;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.claimconflict.Article;
import io.github.claimconflict.ConflictDetector;
import io.github.claimconflict.Seeds;
import io.github.claimconflict.report.Conflict;
import io.github.claimconflict.report.ConflictKind;
import io.github.claimconflict.report.ConfidenceFactor;
import io.github.claimconflict.report.Position;
import io.github.claimconflict.report.ScanReport;
import io.github.claimconflict.report.SkippedArticle;
import io.github.claimconflict.scope.Event;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.apache.beam.runners.direct.DirectRunner;
import org.apache.beam.sdk.Pipeline;
import org.apache.beam.sdk.options.PipelineOptions;
import org.apache.beam.sdk.options.PipelineOptionsFactory;
import org.apache.beam.sdk.transforms.Create;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.junit.jupiter.api.Test;

/** On the DirectRunner, the transform reports what {@link ConflictDetector} reports. */
class ConflictScanTest {

  /** A conflict without its ids, its event named by its articles. */
  record Found(ConflictKind kind, List<String> eventArticles, String topic, double confidence,
      String explanation, Optional<String> diff, List<Position> positions,
      List<ConfidenceFactor> factors) {}

  /** What the transform gave. */
  record Output(List<ScannedEvent> events, List<SkippedArticle> skipped) {}

  static Output run(List<Article> articles, ConflictScan scan) {
    PipelineOptions options = PipelineOptionsFactory.create();
    options.setRunner(DirectRunner.class);
    return run(articles, scan, options);
  }

  /** Runs the transform on the runner the options name, which must run in this JVM. */
  static Output run(List<Article> articles, ConflictScan scan, PipelineOptions options) {
    Pipeline p = Pipeline.create(options);
    PCollectionTuple out = p.apply(Create.of(articles).withCoder(ArticleCoder.of())).apply(scan);
    Collect<ScannedEvent> events = new Collect<>(out.get(ConflictScan.EVENTS));
    Collect<SkippedArticle> skipped = new Collect<>(out.get(ConflictScan.SKIPPED));
    p.run().waitUntilFinish();
    return new Output(events.elements(), skipped.elements());
  }

  static List<Found> found(ScanReport report) {
    Map<String, List<String>> articlesOf = report.events().stream()
        .collect(Collectors.toMap(Event::id, Event::articles));
    return sorted(report.conflicts().stream()
        .map(c -> found(c, articlesOf.get(c.event()))).toList());
  }

  static List<Found> found(Output output) {
    List<Found> out = new ArrayList<>();
    for (ScannedEvent e : output.events()) {
      e.conflicts().forEach(c -> out.add(found(c, e.event().articles())));
    }
    return sorted(out);
  }

  private static Found found(Conflict c, List<String> eventArticles) {
    return new Found(c.kind(), eventArticles, c.topic(), c.confidence(), c.explanation(),
        c.diff(), c.positions(), c.factors());
  }

  private static List<Found> sorted(List<Found> found) {
    List<Found> out = new ArrayList<>(found);
    out.sort(Comparator.comparing((Found f) -> f.eventArticles().toString())
        .thenComparing(Found::topic).thenComparing(Found::explanation));
    return out;
  }

  /** In one block the transform's events and conflicts are the library's, ids and all. */
  static void assertSameAsLibrary(List<Article> articles) {
    PipelineOptions options = PipelineOptionsFactory.create();
    options.setRunner(DirectRunner.class);
    assertSameAsLibrary(articles, options);
  }

  /** The same, on the runner the options name. */
  static void assertSameAsLibrary(List<Article> articles, PipelineOptions options) {
    ScanReport expected = ConflictDetector.withDefaults().scan(articles);
    Output actual = run(articles, ConflictScan.create(), options);
    List<Event> events = actual.events().stream().map(ScannedEvent::event)
        .sorted(Comparator.comparing(Event::id)).toList();
    assertThat(events).containsExactlyInAnyOrderElementsOf(expected.events());
    List<Conflict> conflicts = actual.events().stream().flatMap(e -> e.conflicts().stream())
        .toList();
    assertThat(conflicts).containsExactlyInAnyOrderElementsOf(expected.conflicts());
    assertThat(actual.skipped()).containsExactlyInAnyOrderElementsOf(expected.skipped());
    assertThat(found(actual)).isEqualTo(found(expected));
  }

  @Test
  void theFixturesGiveTheLibrarysReport() throws Exception {
    List<Article> fixtures = Corpora.fixtures();
    assertThat(fixtures).hasSizeGreaterThan(5);
    assertThat(ConflictDetector.withDefaults().scan(fixtures).conflicts()).isNotEmpty();
    assertSameAsLibrary(fixtures);
  }

  @Test
  void theSeedsGiveTheLibrarysReport() throws Exception {
    Seeds.assumePresent();
    assertSameAsLibrary(Seeds.withMetadata());
  }

  @Test
  void theDevelopmentSetGivesTheLibrarysReport() throws Exception {
    List<Article> dev = Corpora.devSet();
    assumeTrue(!dev.isEmpty(), "the development set's texts are not cached (eval/dev-news/cache,"
        + " or -Dclaimconflict.texts=ROOT): skipped");
    assertSameAsLibrary(dev);
  }

  @Test
  void blocksCutAtPausesInCoverageChangeNoConflict() throws Exception {
    // The fixtures' stories put on two days three weeks apart, with a cap that forces blocks:
    // each day is scanned alone, and the conflicts are those of one scan of everything.
    List<Article> articles = new ArrayList<>();
    for (Article a : Corpora.fixtures()) {
      articles.add(new Article(a.id(), a.source(),
          Optional.of(LocalDate.of(2024, 1, 1 + 21 * (articles.size() % 2))), a.title(), a.url(),
          a.text()));
    }
    ScanReport expected = ConflictDetector.withDefaults().scan(articles);
    assertThat(expected.conflicts()).isNotEmpty();
    Output blocked = run(articles, ConflictScan.create().withMaxBlockArticles(1));
    assertThat(blocked.events()).extracting(e -> e.event().id())
        .anySatisfy(id -> assertThat(id).startsWith("b1/"))
        .anySatisfy(id -> assertThat(id).doesNotContain("/"));
    assertThat(found(blocked)).isEqualTo(found(expected));
  }

  @Test
  void aBlockOverTheCapCutByNamesKeepsTheFixturesStoriesWhole() throws Exception {
    // The fixtures on three consecutive days, their stories across the days, so no pause cuts
    // them: over the cap the block is cut by the names the articles share, not by days, and
    // each story stays whole.
    List<Article> articles = new ArrayList<>();
    for (Article a : Corpora.fixtures()) {
      articles.add(new Article(a.id(), a.source(),
          Optional.of(LocalDate.of(2024, 1, 1 + articles.size() % 3)), a.title(), a.url(),
          a.text()));
    }
    ScanReport expected = ConflictDetector.withDefaults().scan(articles);
    assertThat(expected.conflicts()).isNotEmpty();
    assertThat(expected.events()).anySatisfy(e -> assertThat(e.from()).isNotEqualTo(e.to()));
    // A cap as large as the largest story: only a cut through a story could change a conflict.
    int cap = expected.events().stream().mapToInt(e -> e.articles().size()).max().orElseThrow();
    assertThat(articles.size()).isGreaterThan(cap);
    Output cut = run(articles, ConflictScan.create().withMaxBlockArticles(cap));
    assertThat(cut.events()).extracting(e -> e.event().id())
        .anySatisfy(id -> assertThat(id).startsWith("b0.1/"));
    assertThat(found(cut)).isEqualTo(found(expected));
  }

  @Test
  void theCapSplitsAStoryThatRunsOverDaysAndSaysSoByBlock() {
    // The price of a bounded worker: past its cap a block ends at the next day, so a conflict
    // between two days' coverage is no longer seen.
    List<Article> articles = List.of(
        Article.of("day1", LocalDate.of(2024, 5, 6),
            "Some 5,000 people marched through Tarnby on Monday, organisers said."),
        Article.of("day2", LocalDate.of(2024, 5, 7),
            "About 9,000 people marched through Tarnby on Monday, organisers said."));
    assertThat(found(ConflictDetector.withDefaults().scan(articles))).isNotEmpty();
    assertThat(found(run(articles, ConflictScan.create())))
        .isEqualTo(found(ConflictDetector.withDefaults().scan(articles)));
    Output capped = run(articles, ConflictScan.create().withMaxBlockArticles(1));
    assertThat(capped.events()).hasSize(2);
    assertThat(found(capped)).isEmpty();
  }

  @Test
  void anEventOverItsCapIsComparedOnItsFirstArticlesAndSaysHowManyItLeftOut() {
    // One story, four reports: the first (by id) says 9,000, the others 5,000.
    List<Article> articles = new ArrayList<>();
    articles.add(Article.of("r1", LocalDate.of(2024, 5, 6),
        "About 9,000 people marched through Tarnby on Monday, organisers said."));
    for (int i = 2; i <= 4; i++) {
      articles.add(Article.of("r" + i, LocalDate.of(2024, 5, 6),
          "Some 5,000 people marched through Tarnby on Monday, organisers said."));
    }
    ScanReport whole = ConflictDetector.withDefaults().scan(articles);
    assertThat(whole.events()).hasSize(1);
    assertThat(found(whole)).hasSize(1);

    Output three = run(articles, ConflictScan.create().withMaxEventArticles(3));
    assertThat(three.events()).singleElement().satisfies(e -> {
      assertThat(e.event()).isEqualTo(whole.events().get(0)); // the event is whole
      assertThat(e.articlesNotCompared()).isEqualTo(1);
      assertThat(e.conflicts()).singleElement().satisfies(c -> assertThat(c.positions())
          .flatExtracting(Position::articles).containsExactlyInAnyOrder("r1", "r2", "r3"));
    });
    assertThat(JsonLines.format(three.events().get(0))).contains("\"articlesNotCompared\":1");

    Output one = run(articles, ConflictScan.create().withMaxEventArticles(1));
    assertThat(one.events()).singleElement().satisfies(e -> {
      assertThat(e.articlesNotCompared()).isEqualTo(3);
      assertThat(e.conflicts()).isEmpty();
    });
    Output four = run(articles, ConflictScan.create().withMaxEventArticles(4));
    assertThat(four.events().get(0).articlesNotCompared()).isZero();
    assertThat(JsonLines.format(four.events().get(0))).doesNotContain("articlesNotCompared");
    assertThat(found(four)).isEqualTo(found(whole));
  }

  @Test
  void duplicateIdsAreScannedOnceAndListed() {
    List<Article> articles = List.of(Article.of("a", "Some 5,000 people marched in Tarnby."),
        Article.of("a", "About 9,000 people marched in Tarnby."),
        Article.of("b", "   "));
    Output out = run(articles, ConflictScan.create());
    assertThat(out.skipped()).extracting(SkippedArticle::id).containsExactlyInAnyOrder("a", "b");
    assertThat(out.skipped()).extracting(SkippedArticle::reason)
        .anySatisfy(r -> assertThat(r).startsWith("duplicate id"));
  }
}
