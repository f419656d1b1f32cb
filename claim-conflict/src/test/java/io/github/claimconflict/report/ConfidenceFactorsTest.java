package io.github.claimconflict.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.claimconflict.Article;
import io.github.claimconflict.ConflictDetector;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

/** Every conflict says what its confidence is made of, in the JSON and on the HTML page. */
class ConfidenceFactorsTest {

  private static List<Article> fixtures() throws IOException {
    List<Article> out = new ArrayList<>();
    try (Stream<Path> files = Files.list(Path.of("fixtures"))) {
      for (Path f : files.sorted().toList()) {
        String name = f.getFileName().toString();
        out.add(Article.of(name.substring(0, name.length() - 4), Files.readString(f)));
      }
    }
    return out;
  }

  @Test
  void factorsMakeTheConfidence() throws IOException {
    ScanReport report = ConflictDetector.withDefaults().scan(fixtures());
    assertThat(report.conflicts()).extracting(Conflict::kind)
        .contains(ConflictKind.NUMERIC, ConflictKind.SPELLING, ConflictKind.QUOTE);
    for (Conflict c : report.conflicts()) {
      assertThat(c.factors()).as(c.id()).isNotEmpty();
      double made = c.kind() == ConflictKind.NUMERIC
          ? c.factors().stream().mapToDouble(ConfidenceFactor::value).reduce(1, (x, y) -> x * y)
          : c.factors().stream().mapToDouble(ConfidenceFactor::value).sum();
      assertThat(made).as(c.id()).isCloseTo(c.confidence(), within(0.005));
      assertThat(c.factors()).allSatisfy(f -> assertThat(f.meaning()).isNotBlank());
    }
    assertThat(report.conflicts().stream().filter(c -> c.kind() == ConflictKind.NUMERIC)
        .findFirst().orElseThrow().factors()).extracting(ConfidenceFactor::name)
        .containsExactly("gap", "specificity", "context");
  }

  @Test
  void theJsonAndThePageShowThem() throws IOException {
    List<Article> articles = fixtures();
    ScanReport report = ConflictDetector.withDefaults().scan(articles);
    JsonNode json = new ObjectMapper().readTree(JsonReport.write(report));
    JsonNode first = json.path("conflicts").get(0);
    assertThat(first.path("factors").size()).isEqualTo(report.conflicts().get(0).factors().size());
    assertThat(first.path("factors").get(0).path("meaning").asText()).isNotBlank();
    var page = Jsoup.parse(HtmlReport.write(report, articles));
    for (Conflict c : report.conflicts()) {
      assertThat(page.getElementById(c.id()).select(".factors").text())
          .startsWith("confidence from").contains(c.factors().get(0).name());
    }
  }
}
