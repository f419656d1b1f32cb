package io.github.claimconflict.beam;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.claimconflict.Article;
import io.github.claimconflict.ConflictDetector;
import io.github.claimconflict.report.ScanReport;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.beam.sdk.options.PipelineOptionsFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command: JSON Lines in, one event a line out, as the library reports them. */
class ScanPipelineTest {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  @Test
  void readsArticlesWritesOneEventALine(@TempDir Path dir) throws Exception {
    List<Article> fixtures = Corpora.fixtures();
    List<String> lines = new ArrayList<>();
    for (Article a : fixtures) {
      lines.add(MAPPER.createObjectNode().put("id", a.id()).put("text", a.text()).toString());
    }
    lines.add(MAPPER.createObjectNode().put("id", "blank").put("text", " ").toString());
    Files.write(dir.resolve("articles.jsonl"), lines);
    ScanPipeline.Options options = PipelineOptionsFactory.fromArgs(
        "--input=" + dir.resolve("articles*.jsonl"), "--output=" + dir.resolve("out/events"),
        "--runner=DirectRunner").as(ScanPipeline.Options.class);
    ScanPipeline.build(options).run().waitUntilFinish();

    List<JsonNode> events = read(dir.resolve("out"), "events-0");
    ScanReport expected = ConflictDetector.withDefaults().scan(fixtures);
    assertThat(events).hasSize(expected.events().size());
    assertThat(events.stream().mapToInt(e -> e.path("conflicts").size()).sum())
        .isEqualTo(expected.conflicts().size());
    assertThat(events).allSatisfy(e -> assertThat(e.path("schema").asText())
        .isEqualTo(ScanReport.SCHEMA));
    assertThat(read(dir.resolve("out"), "events-skipped")).singleElement()
        .satisfies(s -> assertThat(s.path("id").asText()).isEqualTo("blank"));
  }

  @Test
  void aLineHasTheCommandLinesFields() {
    Article a = JsonLines.parse("{\"id\":\"x\",\"text\":\"Some text.\",\"source\":\"Wire\","
        + "\"published\":\"2024-03-10T08:00:00Z\",\"url\":\"https://example.org/x\"}").orElseThrow();
    assertThat(a.published()).contains(LocalDate.of(2024, 3, 10));
    assertThat(a.source()).contains("Wire");
    assertThat(JsonLines.parse("   ")).isEmpty();
    assertThatThrownBy(() -> JsonLines.parse("{\"id\":\"x\"}"))
        .hasMessageContaining("string id and text");
  }

  private static List<JsonNode> read(Path dir, String prefix) throws Exception {
    List<JsonNode> out = new ArrayList<>();
    try (Stream<Path> files = Files.list(dir)) {
      for (Path f : files.filter(p -> p.getFileName().toString().startsWith(prefix)).toList()) {
        for (String line : Files.readAllLines(f)) {
          if (!line.isBlank()) {
            out.add(MAPPER.readTree(line));
          }
        }
      }
    }
    return out;
  }
}
