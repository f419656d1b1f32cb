package io.github.claimconflict.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.github.claimconflict.Article;
import io.github.claimconflict.ConflictDetector;
import io.github.claimconflict.Seeds;
import io.github.claimconflict.bench.CorpusGenerator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The streamed report against the tree the report used to be built as: the pretty bytes must not
 * change, and the compact form must carry the same JSON.
 */
class JsonReportTest {

  private static final ObjectMapper PRETTY =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  /** How the report was written before it was streamed: the whole tree, then a whole string. */
  private static String viaTree(ScanReport report) throws IOException {
    return PRETTY.writeValueAsString(JsonReport.tree(report)) + "\n";
  }

  private static List<Article> fixtures() throws IOException {
    List<Article> articles = new ArrayList<>();
    try (Stream<Path> files = Files.list(Path.of("fixtures"))) {
      for (Path f : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
        String name = f.getFileName().toString();
        articles.add(Article.of(name.substring(0, name.length() - 4), Files.readString(f)));
      }
    }
    return articles;
  }

  private static void assertSameAsTree(ScanReport report) throws IOException {
    String expected = viaTree(report);
    assertThat(JsonReport.write(report)).isEqualTo(expected);
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    JsonReport.write(report, bytes, true);
    assertThat(bytes.toByteArray()).isEqualTo(expected.getBytes(StandardCharsets.UTF_8));

    StringWriter compact = new StringWriter();
    JsonReport.write(report, compact, false);
    String c = compact.toString();
    assertThat(c).endsWith("\n");
    assertThat(c.substring(0, c.length() - 1)).doesNotContain("\n");
    assertThat(PRETTY.readTree(c)).isEqualTo(PRETTY.readTree(expected));
    assertThat(c.length()).isLessThan(expected.length());
  }

  @Test
  void theFixturesReportIsByteIdenticalToTheTree() throws IOException {
    ScanReport report = ConflictDetector.withDefaults().scan(fixtures());
    assertThat(report.conflicts()).isNotEmpty();
    assertSameAsTree(report);
  }

  @Test
  void theSeedsReportIsByteIdenticalToTheTree() throws IOException {
    ScanReport report = ConflictDetector.withDefaults().scan(Seeds.withMetadata());
    assertThat(report.conflicts()).isNotEmpty();
    assertSameAsTree(report);
  }

  @Test
  void aGeneratedCorpusReportIsByteIdenticalToTheTree() throws IOException {
    ScanReport report = ConflictDetector.withDefaults().scan(new CorpusGenerator(3).articles(120));
    assertThat(report.dependencies()).isNotEmpty();
    assertSameAsTree(report);
  }

  @Test
  void anEmptyScanAndASkippedArticleAreWrittenAsBefore() throws IOException {
    assertSameAsTree(ConflictDetector.withDefaults().scan(List.of()));
    assertSameAsTree(ConflictDetector.withDefaults().scan(List.of(Article.of("blank", " "))));
  }

  @Test
  void theWriterIsLeftOpenForTheCaller() throws IOException {
    StringWriter out = new StringWriter();
    ScanReport report = ConflictDetector.withDefaults().scan(List.of(Article.of("blank", " ")));
    JsonReport.write(report, out, false);
    JsonReport.write(report, out, false);
    assertThat(out.toString().lines()).hasSize(2);
  }
}
