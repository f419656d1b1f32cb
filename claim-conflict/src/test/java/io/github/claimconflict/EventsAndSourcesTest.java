package io.github.claimconflict;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.claimconflict.extract.Boilerplate;
import io.github.claimconflict.extract.QuantityExtractor;
import io.github.claimconflict.report.Conflict;
import io.github.claimconflict.report.ScanReport;
import io.github.claimconflict.scope.ScopeKeys;
import io.github.claimconflict.scope.Event;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Events that share places and people (two Kyrgyz elections a year apart, two marches in one city
 * a week apart), with publication dates and with only the datelines in their text; and sources
 * that copy each other.
 */
class EventsAndSourcesTest {

  private static List<Article> fixtures(boolean withDates) throws IOException {
    List<Article> out = new ArrayList<>();
    try (Stream<Path> files = Files.list(Path.of("fixtures"))) {
      for (Path f : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
        String name = f.getFileName().toString();
        String id = name.substring(0, name.length() - 4);
        String text = Files.readString(f);
        out.add(withDates
            ? Article.of(id, ScopeKeys.dateline(text).orElseThrow(), text)
            : Article.of(id, text));
      }
    }
    return out;
  }

  private static List<List<String>> events(ScanReport r) {
    return r.events().stream().map(Event::articles).toList();
  }

  @Test
  void separatesElectionsAYearApartAndMarchesAWeekApartWithPublicationDates()
      throws IOException {
    assertThat(events(ConflictDetector.withDefaults().scan(fixtures(true))))
        .containsExactlyInAnyOrder(
        List.of("kg2020-outlet-b", "kg2020-outlet-c", "kg2020-outlet-d", "kg2020-wire"),
        List.of("kg2021-vote"),
        List.of("harbour-march-a", "harbour-march-b"),
        List.of("harbour-march-c"),
        List.of("quake-local", "quake-wire"));
  }

  @Test
  void separatesThemTooFromTheDatelinesAloneAsAFolderOfTextFilesHasThem() throws IOException {
    assertThat(events(ConflictDetector.withDefaults().scan(fixtures(false))))
        .isEqualTo(events(ConflictDetector.withDefaults().scan(fixtures(true))));
  }

  @Test
  void figuresOfTheSecondMarchAreNotComparedWithTheFirst() throws IOException {
    ScanReport r = ConflictDetector.withDefaults().scan(fixtures(false));
    assertThat(r.conflicts()).noneMatch(c -> c.positions().stream()
        .anyMatch(p -> p.articles().contains("harbour-march-c")));
  }

  @Test
  void undatedArticlesFormTheirOwnEventByTheEntitiesTheyShare() {
    Article a = Article.of("a", "Birimdik and Mekenim Kyrgyzstan led the count in Bishkek, "
        + "where Sooronbai Jeenbekov voted.");
    Article b = Article.of("b", "Birmidik and Meknim Kyrgyzstan came first, officials in Bishkek "
        + "said, and Suronbai Jinbekov praised the vote.");
    Article c = Article.of("c", "In Port Alder, Mayor Ellen Voss opened the harbour festival.");
    assertThat(events(ConflictDetector.withDefaults().scan(List.of(a, b, c))))
        .containsExactlyInAnyOrder(List.of("a", "b"), List.of("c"));
  }

  @Test
  void copiesAreReportedAndCountedOnce() {
    String shared = "The electoral commission annulled the vote on Tuesday after a night of "
        + "protests in which crowds stormed the parliament building, set fire to offices and "
        + "freed a jailed former leader from a security service prison in the capital. ";
    Article wire = Article.of("wire", shared + "Some 5,000 people gathered in Riverton square.");
    Article copy = Article.of("copy", "Riverton - " + shared
        + "About 5,000 people gathered in Riverton square, the report said.");
    Article other = Article.of("other", "About 2,000 people gathered in Riverton square before "
        + "the commission met, local reporters said.");
    ScanReport r = ConflictDetector.withDefaults().scan(List.of(wire, copy, other));
    assertThat(r.dependencies()).singleElement().satisfies(d -> {
      assertThat(List.of(d.first(), d.second())).containsExactly("copy", "wire");
      assertThat(d.shared()).isGreaterThan(0.5);
    });
    Conflict crowd = r.conflicts().stream().filter(c -> c.topic().contains("gathering"))
        .findFirst().orElseThrow();
    assertThat(crowd.positions()).anySatisfy(p -> {
      assertThat(p.articles()).containsExactly("copy", "wire");
      assertThat(p.support()).isEqualTo(1);
    });
    assertThat(crowd.explanation()).contains("copy and wire share passages and count as one");
  }

  @Test
  void aSharedQuoteIsNotCopying() {
    String quote = "\"We will stay in the square until the vote is annulled and the commission "
        + "resigns, whatever the police do to us tonight,\"";
    Article a = Article.of("a", quote + " said Ryskeldi Mombekov to a crowd in Riverton.");
    Article b = Article.of("b", "Opposition candidate Ryskeldi Mombekov told supporters: " + quote);
    assertThat(ConflictDetector.withDefaults().scan(List.of(a, b)).dependencies()).isEmpty();
  }

  @Test
  void relatedLinksCookieNoticesAndFollowUsYieldNoClaims() {
    String text = String.join("\n",
        "Harbour vote delayed",
        "PORT ALDER, May 2, 2024 -",
        "The council delayed the harbour vote on Thursday.",
        "About 300 people watched from the gallery.",
        "Related",
        "Harbour closure plan faces new delay",
        "The council said the plan needs more study.",
        "1 May 2024",
        "Oil hits $91 a barrel as markets fall",
        "Rocket on collision course with the Moon",
        "Five things to know about the harbour plan",
        "Follow us on social media",
        "We use cookies to improve your experience. 12 partners use them.");
    assertThat(new QuantityExtractor().extract(Article.of("t", text)))
        .extracting(c -> c.surface()).containsExactly("About 300 people");
    assertThat(Boilerplate.of(text).covers(text.indexOf("Oil hits"), text.indexOf("Oil hits") + 5))
        .isTrue();
  }

  @Test
  void aCreditGluedToTheEndOfAParagraphTakesOnlyItsTailWithIt() {
    String text = String.join("\n",
        "Harbour reopens after the storm",
        "",
        "Port Alder lies 300 km (190 miles) north of Varna and is quiet this week, with the harbour"
            + " walls patched and the ferries back. Crews worked through the night to clear the"
            + " quays.A ferry at the quay: Ferries returned on Monday\u00a9 Alder Post Ferries"
            + " returned on Monday",
        "We use cookies to improve your experience. 12 partners use them.");
    assertThat(new QuantityExtractor().extract(Article.of("t", text)))
        .extracting(c -> c.surface()).containsExactly("300 km", "190 miles");
    Boilerplate b = Boilerplate.of(text);
    assertThat(b.covers(text.indexOf("Ferries returned"), text.indexOf("Ferries returned") + 5))
        .isTrue();
    assertThat(b.covers(text.indexOf("12 partners"), text.indexOf("12 partners") + 5)).isTrue();
  }
}
