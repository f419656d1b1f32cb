package io.github.claimconflict;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.claimconflict.report.Conflict;
import io.github.claimconflict.report.ScanReport;
import io.github.claimconflict.scope.Event;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Forming events and comparing each apart, as on a cluster, gives what one scan reports. */
class ScopeThenCompareTest {

  private static List<Article> fixtures() throws IOException {
    List<Article> out = new ArrayList<>();
    try (Stream<Path> files = Files.list(Path.of("fixtures"))) {
      for (Path f : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
        String name = f.getFileName().toString();
        out.add(Article.of(name.substring(0, name.length() - 4), Files.readString(f)));
      }
    }
    return out;
  }

  /** Each event compared on its own, conflicts numbered on in event order. */
  private static List<Conflict> eventByEvent(ConflictDetector detector, List<Article> articles) {
    ScanReport scoped = detector.scope(articles);
    Map<String, Article> byId = articles.stream()
        .collect(Collectors.toMap(Article::id, Function.identity()));
    List<Conflict> out = new ArrayList<>();
    for (Event e : scoped.events()) {
      // Only the event's own articles reach the comparison, and every copy of the scan.
      List<Article> own = e.articles().stream().map(byId::get).toList();
      for (Conflict c : detector.compare(e, own, scoped.dependencies())) {
        out.add(new Conflict("C" + (out.size() + 1), c.kind(), c.event(), c.topic(),
            c.confidence(), c.explanation(), c.diff(), c.positions(), c.factors()));
      }
    }
    return out;
  }

  @Test
  void theFixturesEventByEventAreTheScansReport() throws IOException {
    List<Article> articles = fixtures();
    ConflictDetector detector = ConflictDetector.builder().executor(Runnable::run).build();
    ScanReport whole = detector.scan(articles);
    assertThat(whole.conflicts()).isNotEmpty();
    ScanReport scoped = detector.scope(articles);
    assertThat(scoped.conflicts()).isEmpty();
    assertThat(scoped.events()).isEqualTo(whole.events());
    assertThat(scoped.dependencies()).isEqualTo(whole.dependencies());
    assertThat(scoped.articles()).isEqualTo(whole.articles());
    assertThat(scoped.skipped()).isEqualTo(whole.skipped());
    assertThat(eventByEvent(detector, articles)).isEqualTo(whole.conflicts());
  }

  @Test
  void copiesCountOnceInAnEventComparedAlone() {
    // Two outlets run one wire's text: with the copy known, the figure has one voice, not two.
    String wire = "About 9,000 people marched through Tarnby on Monday, organisers said. The march"
        + " went from the harbour to the town hall of Tarnby, where the mayor Ilse Varga spoke"
        + " to the crowd about the closure of the Tarnby shipyard and its workers.";
    List<Article> articles = List.of(
        Article.of("a", LocalDate.of(2024, 5, 6), wire),
        Article.of("b", LocalDate.of(2024, 5, 6), wire + " More marches are planned."),
        Article.of("c", LocalDate.of(2024, 5, 6), "Some 5,000 people marched through Tarnby"
            + " on Monday, the police said, after the mayor Ilse Varga called for calm."));
    ConflictDetector detector = ConflictDetector.builder().executor(Runnable::run).build();
    ScanReport whole = detector.scan(articles);
    assertThat(whole.dependencies()).isNotEmpty();
    assertThat(whole.conflicts()).isNotEmpty();
    assertThat(eventByEvent(detector, articles)).isEqualTo(whole.conflicts());
    // Without the copies the same event reads as three independent voices.
    Event event = whole.events().stream()
        .filter(e -> e.articles().contains("a")).findFirst().orElseThrow();
    List<Conflict> blind = detector.compare(event, articles, List.of());
    assertThat(blind).isNotEqualTo(detector.compare(event, articles, whole.dependencies()));
  }

  @Test
  void partOfAnEventIsComparedOnTheArticlesGiven() {
    List<Article> articles = List.of(
        Article.of("r1", LocalDate.of(2024, 5, 6),
            "About 9,000 people marched through Tarnby on Monday, organisers said."),
        Article.of("r2", LocalDate.of(2024, 5, 6),
            "Some 5,000 people marched through Tarnby on Monday, organisers said."),
        Article.of("r3", LocalDate.of(2024, 5, 6),
            "Some 5,000 people marched through Tarnby on Monday, organisers said."));
    ConflictDetector detector = ConflictDetector.builder().executor(Runnable::run).build();
    ScanReport whole = detector.scan(articles);
    assertThat(whole.events()).hasSize(1);
    Event event = whole.events().get(0);
    assertThat(detector.compare(event, articles, whole.dependencies()))
        .isEqualTo(whole.conflicts());
    assertThat(detector.compare(event, articles.subList(1, 3), whole.dependencies())).isEmpty();
    assertThat(detector.compare(event, articles.subList(0, 2), whole.dependencies()))
        .singleElement().satisfies(c -> assertThat(c.explanation()).contains("2 sources"));
  }
}
