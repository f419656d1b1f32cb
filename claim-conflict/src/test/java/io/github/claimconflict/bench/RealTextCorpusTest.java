package io.github.claimconflict.bench;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.claimconflict.Article;
import io.github.claimconflict.ConflictDetector;
import io.github.claimconflict.Seeds;
import io.github.claimconflict.bench.RealTextCorpus.Template;
import io.github.claimconflict.report.ConflictKind;
import io.github.claimconflict.report.ScanReport;
import io.github.claimconflict.report.ScannedArticle;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class RealTextCorpusTest {

  /** Two invented outlets on one invented event. */
  private static final RealTextCorpus INVENTED = RealTextCorpus.of(List.of(List.of(
      new Template("Some 4,000 people marched through Quarrytown on March 3 in 2019, and "
          + "Odelia Brannstrom spoke to 12.5 percent of them. Police detained 7.", Optional.empty()),
      new Template("Police in Quarrytown said 4,000 marched. Odelia Brannstrom addressed the "
          + "crowd; police said they detained 7 people.", Optional.empty()),
      new Template("About 3,500 people joined the march in Quarrytown, where Brannstrom spoke.",
          Optional.empty()))));

  @Test
  void theSameSeedWritesTheSameCorpus() {
    assertThat(INVENTED.articles(40, 5)).isEqualTo(INVENTED.articles(40, 5));
    assertThat(INVENTED.articles(40, 5)).isNotEqualTo(INVENTED.articles(40, 6));
  }

  @Test
  void eachReplicaRenamesTheEventsNamesAndScalesItsFiguresAlike() {
    List<Article> corpus = INVENTED.articles(30, 1);
    assertThat(corpus).hasSize(30);
    Map<String, List<Article>> events = corpus.stream()
        .collect(Collectors.groupingBy(a -> a.id().substring(0, 8)));
    assertThat(events.size()).isGreaterThanOrEqualTo(10);
    for (List<Article> event : events.values()) {
      assertThat(event.size()).isBetween(1, 3); // the cluster has three articles
      for (Article a : event) {
        assertThat(a.text()).doesNotContain("Quarrytown").doesNotContain("Brannstrom")
            .doesNotContain("4,000").doesNotContain("3,500");
        if (!a.text().startsWith("About")) {
          // Capitalized only where a sentence starts: everyday words; small counts stay too.
          assertThat(a.text()).contains("Police", " 7", "marched");
        }
        assertThat(a.published()).isPresent();
      }
    }
    // "March 3" is a date, not a figure; the year moves by one to four.
    assertThat(corpus).filteredOn(a -> a.text().startsWith("Some"))
        .allSatisfy(a -> assertThat(a.text()).contains("on March 3 in 20")
            .containsPattern("in 20(1[5-8]|2[0-3]), and"));
    // Both articles that said 4,000 say the same new figure in one event.
    assertThat(events.values()).anySatisfy(event -> {
      List<String> figures = event.stream()
          .filter(a -> !a.text().startsWith("About"))
          .map(a -> a.text().replaceAll("(?s).*?(\\d,\\d00).*", "$1")).toList();
      assertThat(figures).hasSize(2);
      assertThat(figures.get(0)).isEqualTo(figures.get(1));
    });
  }

  @Test
  void eventsCanBeKeptApartInTime() {
    List<Article> corpus = INVENTED.articles(30, 1, 0);
    for (Article a : corpus) {
      int event = Integer.parseInt(a.id().substring(2, 8));
      LocalDate own = LocalDate.of(2021, 1, 1).plusDays((long) RealTextCorpus.APART * event);
      assertThat(a.published().orElseThrow()).isBetween(own, own.plusDays(1));
    }
    // No two replicated events can be joined: at least as many events as were written.
    assertThat(ConflictDetector.withDefaults().scan(corpus).events().size()).isGreaterThanOrEqualTo(
        (int) corpus.stream().map(a -> a.id().substring(0, 8)).distinct().count());
    assertThat(INVENTED.articles(30, 1, 365)).isEqualTo(INVENTED.articles(30, 1));
    assertThat(corpus).extracting(Article::text)
        .isEqualTo(INVENTED.articles(30, 1).stream().map(Article::text).toList());
  }

  @Test
  void outletsSometimesSpellANameTheirOwnWay() {
    assertThat(RealTextCorpus.transliterate("Jeenbekov", new Random(1)))
        .isNotEqualTo("Jeenbekov").startsWith("J");
    for (int seed = 0; seed < 50; seed++) { // a capital whose lower case is longer
      assertThat(RealTextCorpus.transliterate("\u0130zmirov", new Random(seed)))
          .isNotEqualTo("\u0130zmirov").startsWith("\u0130");
    }
    assertThat(RealTextCorpus.rename("Quarrytown", 3)).isNotEqualTo("Quarrytown")
        .hasSize("Quarrytown".length()).startsWith("Q");
    Map<String, Set<String>> surnames = new TreeMap<>();
    Pattern surname = Pattern.compile("(?:where|\\p{L}+) (\\p{L}+) (?:spoke|addressed)");
    for (Article a : INVENTED.articles(600, 2)) {
      Matcher m = surname.matcher(a.text());
      assertThat(m.find()).as(a.text()).isTrue();
      surnames.computeIfAbsent(a.id().substring(0, 8), k -> new TreeSet<>()).add(m.group(1));
    }
    // Every event its own name, and within some events outlets that spell it their own way.
    assertThat(surnames.values().stream().flatMap(Set::stream).distinct().count())
        .isGreaterThan(100);
    long varied = surnames.values().stream().filter(s -> s.size() > 1).count();
    assertThat(varied).isBetween(surnames.size() / 20L, surnames.size() / 2L);
  }

  @Test
  void realReplicasKeepTheClaimDensityOfRealNewsAndTheirConflicts() {
    Seeds.assumePresent();
    RealTextCorpus real = RealTextCorpus.load().orElseThrow();
    List<String> texts = real.originals();
    List<Article> originals = IntStream.range(0, texts.size())
        .mapToObj(i -> Article.of("o" + i, texts.get(i))).toList();
    List<Article> replicas = real.articles(300, 9);
    assertThat(replicas).isEqualTo(real.articles(300, 9));
    double original = claimsPerKb(ConflictDetector.withDefaults().scan(originals), originals);
    ScanReport scan = ConflictDetector.withDefaults().scan(replicas);
    double replicated = claimsPerKb(scan, replicas);
    assertThat(replicated).isBetween(original * 0.8, original * 1.2);
    assertThat(scan.events()).hasSizeGreaterThan(300 / 12);
    assertThat(scan.conflicts()).extracting(c -> c.kind())
        .contains(ConflictKind.NUMERIC, ConflictKind.SPELLING, ConflictKind.QUOTE);
  }

  private static double claimsPerKb(ScanReport scan, List<Article> articles) {
    long bytes = articles.stream()
        .mapToLong(a -> a.text().getBytes(StandardCharsets.UTF_8).length).sum();
    return scan.articles().stream().mapToInt(ScannedArticle::claims).sum() * 1000.0 / bytes;
  }
}
