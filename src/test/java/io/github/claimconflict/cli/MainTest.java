package io.github.claimconflict.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MainTest {

  @TempDir Path dir;

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    return Main.run(args, new PrintWriter(out), new PrintWriter(err));
  }

  private Path jsonl(String... lines) throws IOException {
    Path f = dir.resolve("articles.jsonl");
    Files.writeString(f, String.join("\n", lines) + "\n");
    return f;
  }

  private static final String A = "{\"id\":\"a\",\"published\":\"2024-05-02\",\"text\":"
      + "\"Some 5,000 people gathered in Riverton on Sunday.\",\"extra\":1}";
  private static final String B = "{\"id\":\"b\",\"published\":\"2024-05-02\",\"text\":"
      + "\"The rally in Riverton drew about 4,000 people.\"}";

  @Test
  void scansTheFixturesFolderAsText() {
    assertThat(run("scan", "fixtures")).isZero();
    assertThat(out.toString()).contains("claim-conflict: 10 articles scanned")
        .contains("numeric").contains("vote threshold").contains("why:");
  }

  @Test
  void writesTheJsonSchema() throws IOException {
    assertThat(run("scan", jsonl(A, B).toString(), "--format", "json")).isZero();
    JsonNode root = new ObjectMapper().readTree(out.toString());
    assertThat(root.get("schema").asText()).isEqualTo("claim-conflict/report/v1");
    assertThat(root.get("articles")).hasSize(2);
    JsonNode conflict = root.get("conflicts").get(0);
    assertThat(conflict.get("kind").asText()).isEqualTo("numeric");
    assertThat(conflict.get("diff").isNull()).isTrue();
    JsonNode position = conflict.get("positions").get(0);
    assertThat(position.get("unit").asText()).isEqualTo("count");
    assertThat(position.get("low").isNumber()).isTrue();
    JsonNode evidence = position.get("evidence").get(0);
    assertThat(evidence.get("article").asText()).isIn("a", "b");
    assertThat(evidence.get("end").asInt()).isGreaterThan(evidence.get("start").asInt());
  }

  @Test
  void failOnConflictExitsWithOne() throws IOException {
    assertThat(run("scan", jsonl(A, B).toString(), "--fail-on-conflict")).isEqualTo(1);
  }

  @Test
  void aMissingFileIsExitTwoNamingIt() {
    assertThat(run("scan", dir.resolve("nope.jsonl").toString())).isEqualTo(2);
    assertThat(err.toString()).contains("nope.jsonl").contains("no such file");
  }

  @Test
  void aMalformedJsonLineIsExitTwoNamingTheLine() throws IOException {
    Path f = jsonl(A, B, "{\"id\": \"c\", \"text\": ");
    assertThat(run("scan", f.toString())).isEqualTo(2);
    assertThat(err.toString()).contains("articles.jsonl:3").contains("malformed JSON");
  }

  @Test
  void duplicateIdsAreExitTwoNamingBothLines() throws IOException {
    assertThat(run("scan", jsonl(A, B, A).toString())).isEqualTo(2);
    assertThat(err.toString()).contains("articles.jsonl:3").contains("duplicate article id 'a'")
        .contains("articles.jsonl:1");
  }

  @Test
  void aLineWithoutIdIsExitTwo() throws IOException {
    assertThat(run("scan", jsonl(A, "{\"text\":\"x\"}").toString())).isEqualTo(2);
    assertThat(err.toString()).contains("articles.jsonl:2").contains("missing 'id'");
  }

  @Test
  void aBadDateIsExitTwo() throws IOException {
    assertThat(run("scan", jsonl("{\"id\":\"a\",\"published\":\"5 May\",\"text\":\"x\"}")
        .toString())).isEqualTo(2);
    assertThat(err.toString()).contains("articles.jsonl:1").contains("'published'");
  }

  @Test
  void anArticleWithoutTextIsSkippedAndWarnedAbout() throws IOException {
    assertThat(run("scan", jsonl(A, "{\"id\":\"empty\",\"text\":\"\"}").toString(), "--format",
        "json")).isZero();
    assertThat(err.toString()).contains("skipped article 'empty': no text");
    JsonNode skipped = new ObjectMapper().readTree(out.toString()).get("skipped");
    assertThat(skipped.get(0).get("id").asText()).isEqualTo("empty");
    assertThat(skipped.get(0).get("reason").asText()).isEqualTo("no text");
  }

  @Test
  void aFileThatIsNotUtf8IsExitTwoNamingIt() throws IOException {
    Path bad = dir.resolve("latin1.txt");
    Files.write(bad, "Caf\u00e9 owners said 30 people came.".getBytes(StandardCharsets.ISO_8859_1));
    assertThat(run("scan", bad.toString())).isEqualTo(2);
    assertThat(err.toString()).contains("latin1.txt").contains("not valid UTF-8");
  }

  @Test
  void aPathThatIsNotARegularFileIsExitTwoAndNeverBlocks() throws Exception {
    Path fifo = dir.resolve("feed.jsonl");
    Process mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
    org.junit.jupiter.api.Assumptions.assumeTrue(mkfifo.waitFor() == 0, "mkfifo is not available");
    assertThat(run("scan", fifo.toString())).isEqualTo(2);
    assertThat(err.toString()).contains("feed.jsonl").contains("not a regular file");
  }

  @Test
  void anEmptyFolderIsExitTwo() {
    assertThat(run("scan", dir.toString())).isEqualTo(2);
    assertThat(err.toString()).contains("no .txt files");
  }

  @Test
  void outputIsWrittenWholeAndNotAtAllOnError() throws IOException {
    Path report = dir.resolve("report.json");
    assertThat(run("scan", jsonl(A, B).toString(), "--format", "json", "--output",
        report.toString())).isZero();
    assertThat(new ObjectMapper().readTree(report.toFile()).get("conflicts")).hasSize(1);
    assertThat(out.toString()).isEmpty();

    Path notWritten = dir.resolve("never.json");
    assertThat(run("scan", dir.resolve("missing").toString(), "--output", notWritten.toString()))
        .isEqualTo(2);
    assertThat(notWritten).doesNotExist();
    try (var files = Files.list(dir)) {
      assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".tmp"));
    }
  }

  @Test
  void anOutputFolderThatDoesNotExistIsExitTwo() throws IOException {
    Path target = dir.resolve("no/such/dir/report.txt");
    assertThat(run("scan", jsonl(A).toString(), "--output", target.toString())).isEqualTo(2);
    assertThat(err.toString()).contains("cannot write");
  }

  @Test
  void badOptionsAreExitTwo() throws IOException {
    assertThat(run("scan", jsonl(A).toString(), "--min-confidence", "2")).isEqualTo(2);
    assertThat(err.toString()).contains("--min-confidence");
    assertThat(run("scan", "--no-such-option", "x")).isEqualTo(2);
    assertThat(run("scan")).isEqualTo(2);
  }
}
