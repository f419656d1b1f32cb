package io.github.claimconflict;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.claimconflict.report.Conflict;
import io.github.claimconflict.report.JsonReport;
import io.github.claimconflict.report.ScanConsumer;
import io.github.claimconflict.report.ScanReport;
import io.github.claimconflict.scope.Event;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The streamed scan hands over what the whole report holds, in order, and writes its bytes. */
class StreamingScanTest {

  private static List<Article> articles;
  private static ExecutorService pool;

  @BeforeAll
  static void read() throws IOException {
    articles = new ArrayList<>();
    try (Stream<Path> files = Files.list(Path.of("fixtures"))) {
      for (Path f : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
        String name = f.getFileName().toString();
        articles.add(Article.of(name.substring(0, name.length() - 4), Files.readString(f)));
      }
    }
    pool = Executors.newFixedThreadPool(3);
  }

  @AfterAll
  static void stop() {
    pool.shutdownNow();
  }

  /** Records what a streamed scan hands over, and in which order. */
  private static class Recorded implements ScanConsumer {
    final List<String> calls = new ArrayList<>();
    final List<Conflict> conflicts = new ArrayList<>();
    ScanReport head;

    @Override
    public void scanned(ScanReport withoutConflicts) {
      calls.add("scanned");
      head = withoutConflicts;
    }

    @Override
    public void conflicts(Event event, List<Conflict> found) {
      calls.add(event.id());
      found.forEach(c -> assertThat(c.event()).isEqualTo(event.id()));
      conflicts.addAll(found);
    }

    @Override
    public void finished() {
      calls.add("finished");
    }
  }

  @Test
  void handsOverTheWholeReportEventByEventInOrder() {
    ScanReport whole = ConflictDetector.withDefaults().scan(articles);
    assertThat(whole.conflicts()).isNotEmpty();
    Recorded r = new Recorded();
    ConflictDetector.builder().executor(pool).build()
        .scan(articles, ScanProgress.NONE, r);
    assertThat(r.head.conflicts()).isEmpty();
    assertThat(r.head.articles()).isEqualTo(whole.articles());
    assertThat(r.head.events()).isEqualTo(whole.events());
    assertThat(r.head.dependencies()).isEqualTo(whole.dependencies());
    List<String> expected = new ArrayList<>(List.of("scanned"));
    whole.events().forEach(e -> expected.add(e.id()));
    expected.add("finished");
    assertThat(r.calls).isEqualTo(expected);
    assertThat(r.conflicts).isEqualTo(whole.conflicts());
  }

  @Test
  void readingEachEventAgainGivesTheSameReport() {
    // A second outlet's copy of a fixture, with a headline of its own: the two depend.
    Article first = articles.get(0);
    List<Article> withCopy = new ArrayList<>(articles);
    withCopy.add(Article.of(first.id() + "-copy", "As reported earlier today\n\n" + first.text()));
    ScanReport kept = ConflictDetector.withDefaults().scan(withCopy);
    ScanReport reread = ConflictDetector.builder().keepClaimsUpTo(1).build().scan(withCopy);
    // The copies, found again from each event's texts, are the same pairs.
    assertThat(kept.dependencies()).isNotEmpty();
    assertThat(reread.dependencies()).isEqualTo(kept.dependencies());
    assertThat(JsonReport.write(reread)).isEqualTo(JsonReport.write(kept));
    assertThat(reread.articles()).extracting(a -> a.claims())
        .isEqualTo(kept.articles().stream().map(a -> a.claims()).toList());
  }

  @Test
  void theStreamedJsonIsTheWholeReportsBytes() {
    for (boolean pretty : List.of(true, false)) {
      ByteArrayOutputStream whole = new ByteArrayOutputStream();
      ByteArrayOutputStream streamed = new ByteArrayOutputStream();
      try {
        JsonReport.write(ConflictDetector.withDefaults().scan(articles), whole, pretty);
      } catch (IOException e) {
        throw new AssertionError(e);
      }
      ConflictDetector.builder().build().scan(articles, ScanProgress.NONE,
          JsonReport.streaming(streamed, pretty));
      assertThat(streamed.toString(StandardCharsets.UTF_8))
          .isEqualTo(whole.toString(StandardCharsets.UTF_8));
    }
  }

  @Test
  void aFailingConsumerEndsTheScan() {
    ScanConsumer failing = new Recorded() {
      @Override
      public void conflicts(Event event, List<Conflict> found) {
        throw new IllegalStateException("disk full");
      }
    };
    assertThatThrownBy(() -> ConflictDetector.builder().executor(pool).build()
        .scan(articles, ScanProgress.NONE, failing)).hasMessage("disk full");
  }
}
