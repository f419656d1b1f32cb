package io.github.claimconflict.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.claimconflict.Article;
import io.github.claimconflict.ConflictDetector;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class HtmlReportTest {

  private static Article article(String id, String url, String text) {
    return new Article(id, Optional.of("Outlet <b>" + id + "</b>"),
        Optional.of(LocalDate.of(2024, 5, 2)), Optional.of("Title of " + id),
        Optional.of(url), text);
  }

  private static final List<Article> ARTICLES = List.of(
      article("a <script>alert(1)</script>", "https://example.org/a?x=1&y=\"2\"",
          "Some 5,000 people gathered in Riverton on Sunday, police said. "
              + "\"We will <never> give up the fight for the old harbour,\" said Mara Velt."),
      article("b", "javascript:alert(1)",
          "The rally in Riverton drew about 4,000 people, organisers said. "
              + "\"We will always give up the fight for the old harbour,\" said Mara Velt."));

  private static final ScanReport REPORT = ConflictDetector.withDefaults().scan(ARTICLES);

  @Test
  void escapesEverythingFromTheInput() {
    String html = HtmlReport.write(REPORT, ARTICLES);
    assertThat(html).doesNotContain("<script>alert").doesNotContain("<b>b</b>")
        .doesNotContain("<never>").doesNotContain("href=\"javascript:")
        .contains("a &lt;script&gt;alert(1)&lt;/script&gt;")
        .contains("href=\"https://example.org/a?x=1&amp;y=&quot;2&quot;\"");
    Document doc = Jsoup.parse(html);
    // One script only, ours, and no element the input could have smuggled in.
    assertThat(doc.select("script")).hasSize(1);
    assertThat(doc.select("b:contains(b)")).isEmpty();
  }

  @Test
  void showsEveryConflictWithItsPositionsEvidenceAndExplanation() {
    assertThat(REPORT.conflicts()).extracting(Conflict::kind)
        .contains(ConflictKind.NUMERIC, ConflictKind.QUOTE);
    Document doc = Jsoup.parse(HtmlReport.write(REPORT, ARTICLES));
    for (Conflict c : REPORT.conflicts()) {
      Element e = doc.getElementById(c.id());
      assertThat(e).as(c.id()).isNotNull();
      assertThat(e.attr("data-kind")).isEqualTo(c.kind().label());
      assertThat(e.select(".position")).hasSize(c.positions().size());
      assertThat(e.select(".why").text()).isEqualTo(c.explanation());
      for (Position p : c.positions()) {
        assertThat(e.text()).contains(p.value());
      }
      assertThat(e.select("mark")).isNotEmpty();
      if (c.kind() == ConflictKind.NUMERIC) {
        assertThat(e.select("svg rect, svg circle")).hasSize(c.positions().size());
      } else {
        assertThat(e.select("svg")).isEmpty();
      }
      if (c.kind() == ConflictKind.QUOTE) {
        String del = e.select(".diff del").text();
        String ins = e.select(".diff ins").text();
        assertThat(List.of(del, ins)).containsExactlyInAnyOrder("always", "never");
        assertThat(c.diff().orElseThrow()).contains("[-" + del + "-]").contains("{+" + ins + "+}");
      }
    }
  }

  @Test
  void theClaimHighlightedIsTheEvidenceAsWritten() {
    Document doc = Jsoup.parse(HtmlReport.write(REPORT, ARTICLES));
    Conflict numeric = REPORT.conflicts().stream()
        .filter(c -> c.kind() == ConflictKind.NUMERIC).findFirst().orElseThrow();
    List<String> marks = doc.getElementById(numeric.id()).select("mark").eachText();
    assertThat(marks).containsExactlyInAnyOrder("Some 5,000 people", "about 4,000 people");
  }

  @Test
  void onlyWebAddressesBecomeLinks() {
    Document doc = Jsoup.parse(HtmlReport.write(REPORT, ARTICLES));
    assertThat(doc.select("a[href]")).isNotEmpty()
        .allSatisfy(a -> assertThat(a.attr("href")).startsWith("https://example.org/a"));
  }

  @Test
  void theSameReportGivesTheSameBytes() {
    List<Article> reversed = List.of(ARTICLES.get(1), ARTICLES.get(0));
    assertThat(HtmlReport.write(ConflictDetector.withDefaults().scan(reversed), ARTICLES))
        .isEqualTo(HtmlReport.write(REPORT, ARTICLES));
  }

  @Test
  void anEmptyScanIsAPageToo() {
    String html = HtmlReport.write(ConflictDetector.withDefaults().scan(List.of()));
    assertThat(Jsoup.parse(html).select(".summary").text()).startsWith("0 conflicts in 0 events");
  }

  @Test
  void ticksAreRoundAndCoverTheRange() {
    assertThat(HtmlReport.NumberLine.ticks(3800, 5250, true)).containsExactly(3500, 4000, 4500,
        5000, 5500);
    assertThat(HtmlReport.NumberLine.ticks(4, 5, true)).containsExactly(4, 5);
    assertThat(HtmlReport.NumberLine.ticks(0.95, 7.35, false)).containsExactly(0, 2, 4, 6, 8);
  }
}
