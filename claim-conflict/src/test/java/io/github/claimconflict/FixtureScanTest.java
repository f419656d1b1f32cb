package io.github.claimconflict;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.claimconflict.report.Conflict;
import io.github.claimconflict.report.ConflictKind;
import io.github.claimconflict.report.ScanReport;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The project's own fixtures: the seeds' facts in our words, and cases of our own. */
class FixtureScanTest {

  private static ScanReport report;

  @BeforeAll
  static void scan() throws IOException {
    List<Article> articles = new ArrayList<>();
    try (Stream<Path> files = Files.list(Path.of("fixtures"))) {
      for (Path f : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
        String name = f.getFileName().toString();
        articles.add(Article.of(name.substring(0, name.length() - 4), Files.readString(f)));
      }
    }
    report = ConflictDetector.withDefaults().scan(articles);
  }

  private static Conflict about(String topicWords) {
    return report.conflicts().stream().filter(c -> c.topic().contains(topicWords)).findFirst()
        .orElseThrow(() -> new AssertionError("no conflict about " + topicWords + ": "
            + report.conflicts()));
  }

  @Test
  void datelinesSeparateTheFiveEvents() {
    assertThat(report.events()).hasSize(5);
    assertThat(report.events()).anySatisfy(e -> assertThat(e.articles())
        .containsExactly("kg2021-vote"));
    assertThat(report.events()).anySatisfy(e -> assertThat(e.articles())
        .containsExactly("harbour-march-a", "harbour-march-b"));
  }

  @Test
  void reproducesTheSeedsNumericConflicts() {
    assertThat(about("vote threshold").positions()).hasSize(2);
    assertThat(about("parties winning seats").positions()).hasSize(2);
    assertThat(about("gathering (Bishkek)").positions()).extracting(p -> p.articles())
        .containsExactlyInAnyOrder(List.of("kg2020-outlet-d", "kg2020-wire"),
            List.of("kg2020-outlet-c"));
  }

  @Test
  void organisersAndPoliceAreADisputeBetweenClaimants() {
    Conflict crowd = about("gathering (Port Alder)");
    assertThat(crowd.positions()).flatExtracting(p -> p.claimants())
        .contains("police", "organisers");
    assertThat(crowd.explanation()).contains("dispute");
    // The headline's unattributed "Thousands" sides with the police's figure, but the
    // explanation never puts it in the police's mouth.
    assertThat(crowd.explanation()).contains("(harbour-march-a; police in harbour-march-b)");
  }

  @Test
  void milesAndKilometresAreCompared() {
    Conflict route = about("route");
    assertThat(route.positions()).allSatisfy(p -> assertThat(p.unit()).contains("km"));
  }

  @Test
  void reproducesTheSeedsSpellingConflicts() {
    assertThat(report.conflicts()).filteredOn(c -> c.kind() == ConflictKind.SPELLING)
        .extracting(Conflict::topic)
        .containsExactlyInAnyOrder("spelling of Birimdik", "spelling of Mekenim Kyrgyzstan",
            "spelling of Sooronbai Jeenbekov", "spelling of Clara Soronkulova");
  }

  @Test
  void reproducesTheSeedsMisquotes() {
    assertThat(report.conflicts()).filteredOn(c -> c.kind() == ConflictKind.QUOTE)
        .extracting(c -> c.diff().orElseThrow())
        .anySatisfy(d -> assertThat(d).contains("[-overall-] {+fully+}"))
        .anySatisfy(d -> assertThat(d).contains("[-serious-]"))
        .anySatisfy(d -> assertThat(d).contains("lawlessness").contains("blindness"));
  }

  @Test
  void disasterFiguresAreComparedToo() {
    assertThat(about("buildings destroyed").topic()).contains("Seaford");
  }

  @Test
  void runningTalliesOfNoStatedTimeAreUpdatesNotConflicts() {
    // The wire's unattributed evacuated and missing counts, a day before the local report's.
    assertThat(report.conflicts()).noneMatch(c -> c.topic().contains("evacuated")
        || c.topic().contains("missing"));
  }

  @Test
  void compatibleFiguresAreNotConflicts() {
    // "dozens" injured and 48 treated agree; 2,000 at the security building is another crowd.
    assertThat(report.conflicts()).noneMatch(c -> c.topic().contains("injured"));
    assertThat(report.conflicts()).allSatisfy(c -> assertThat(c.positions())
        .noneMatch(p -> p.value().contains("2,000")));
    assertThat(report.conflicts()).filteredOn(c -> c.kind() == ConflictKind.NUMERIC).hasSize(6);
  }
}
