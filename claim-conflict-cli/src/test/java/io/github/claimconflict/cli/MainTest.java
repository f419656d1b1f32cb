package io.github.claimconflict.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
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
  void aLineWithoutIdIsNamedByItsFileAndLine() throws IOException {
    assertThat(run("scan", jsonl(A, "{\"text\":\"x\"}").toString(), "--format", "json"))
        .isZero();
    assertThat(new ObjectMapper().readTree(out.toString()).get("articles"))
        .extracting(a -> a.get("id").asText()).containsExactly("a", "articles:2");
  }

  @Test
  void aBadDateIsAWarningAndTheArticleIsKeptUndated() throws IOException {
    assertThat(run("scan", jsonl("{\"id\":\"a\",\"published\":\"5 May\",\"text\":\"x\"}")
        .toString(), "--format", "json")).isZero();
    assertThat(err.toString()).contains("warning: ").contains("articles.jsonl:1")
        .contains("'published' is not a date we can read ('5 May')");
    JsonNode article = new ObjectMapper().readTree(out.toString()).get("articles").get(0);
    assertThat(article.get("id").asText()).isEqualTo("a");
    assertThat(article.get("published").isNull()).isTrue();
  }

  @Test
  void manyBadDatesAreCountedNotAllPrinted() throws IOException {
    String[] lines = new String[30];
    for (int i = 0; i < lines.length; i++) {
      lines[i] = "{\"id\":\"a" + i + "\",\"published\":\"soon\",\"text\":\"x\"}";
    }
    assertThat(run("scan", jsonl(lines).toString())).isZero();
    assertThat(err.toString().lines().filter(l -> l.contains("is not a date"))).hasSize(20);
    assertThat(err.toString()).contains("and 10 more warnings like these");
  }

  @Test
  void anArticleWithoutTextIsSkippedAndWarnedAbout() throws IOException {
    assertThat(run("scan", jsonl(A, "{\"id\":\"empty\",\"text\":\"\"}").toString(), "--format",
        "json")).isZero();
    assertThat(err.toString()).contains("skipped article 'empty' (" + dir.resolve("articles.jsonl")
        + ":2): no text");
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
    assertThat(err.toString()).contains("folder has no articles");
  }

  @Test
  void outputIsWrittenWholeAndNotAtAllOnError() throws IOException {
    Path report = dir.resolve("report.json");
    assertThat(run("scan", jsonl(A, B).toString(), "--format", "json", "--output",
        report.toString())).isZero();
    assertThat(new ObjectMapper().readTree(report.toFile()).get("conflicts")).hasSize(1);
    assertThat(out.toString()).isEmpty();
    if (report.getFileSystem().supportedFileAttributeViews().contains("posix")) {
      // As any file the user writes (under their umask), not private as a temporary file.
      Path plain = Files.createFile(dir.resolve("plain.txt"));
      assertThat(Files.getPosixFilePermissions(report))
          .isEqualTo(Files.getPosixFilePermissions(plain));
    }

    Path notWritten = dir.resolve("never.json");
    assertThat(run("scan", dir.resolve("missing").toString(), "--output", notWritten.toString()))
        .isEqualTo(2);
    assertThat(notWritten).doesNotExist();
    try (var files = Files.list(dir)) {
      assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".tmp"));
    }
  }

  @Test
  void anOutputFolderThatDoesNotExistIsExitTwoNamingThePathGiven() throws IOException {
    Path target = dir.resolve("no/such/dir/report.txt");
    assertThat(run("scan", jsonl(A).toString(), "--output", target.toString())).isEqualTo(2);
    assertThat(err.toString()).contains("cannot write " + target + ": no such folder: "
        + dir.resolve("no/such/dir")).doesNotContain(".tmp");
  }

  @Test
  void anOutputThatIsAFolderIsExitTwoNamingIt() throws IOException {
    assertThat(run("scan", jsonl(A).toString(), "--output", dir.toString())).isEqualTo(2);
    assertThat(err.toString()).contains("cannot write " + dir + ": it is a folder");
  }

  @Test
  void standardInputIsReadWithADash() {
    String feed = A + "\n" + B + "\n";
    int code = Main.run(new String[] {"scan", "-", "--format", "json"},
        new ByteArrayInputStream(feed.getBytes(StandardCharsets.UTF_8)), new PrintWriter(out),
        new PrintWriter(err));
    assertThat(code).isZero();
    assertThat(out.toString()).contains("\"conflicts\"").contains("\"a\"").contains("\"b\"");
  }

  @Test
  void aMixedFolderScansWithSkipInvalidAndListsExactlyWhatWasSkippedAndWhy() throws Exception {
    Path mixed = dir.resolve("mixed");
    copy(Path.of("claim-conflict-cli/src/test/resources/io/github/claimconflict/cli/mixed"), mixed);
    Files.writeString(mixed.resolve(".DS_Store"), "x");

    assertThat(run("scan", mixed.toString())).isEqualTo(2);
    assertThat(err.toString()).contains(mixed + "/broken.json:1: malformed JSON");

    err.getBuffer().setLength(0);
    assertThat(run("scan", mixed.toString(), "--skip-invalid", "--format", "json")).isZero();
    assertThat(err.toString()).contains(mixed + "/: read 6 files (1 .csv, 1 .html, 2 .json, "
        + "1 .jsonl, 1 .txt); ignored 2 (1 .pdf, 1 hidden)");
    JsonNode root = new ObjectMapper().readTree(out.toString());
    assertThat(root.get("articles")).extracting(a -> a.get("id").asText()).containsExactly(
        "3f2a9c41", "late-1", "pages/valley-herald", "riverside-1", "riverside-2", "wire copy 1");
    JsonNode skipped = root.get("skipped");
    assertThat(skipped).hasSize(2);
    assertThat(skipped.get(0).get("file").asText()).isEqualTo(mixed + "/broken.json");
    assertThat(skipped.get(0).get("line").asInt()).isEqualTo(1);
    assertThat(skipped.get(0).get("reason").asText()).startsWith("malformed JSON")
        .endsWith("(the rest of the file is not read)");
    assertThat(skipped.get(1).get("id").asText()).isEqualTo(mixed + "/more/late.jsonl:2");
    assertThat(skipped.get(1).get("reason").asText())
        .startsWith("malformed JSON: Unexpected end-of-input");
    assertThat(root.get("events")).hasSize(1);
    assertThat(root.get("conflicts")).extracting(c -> c.get("kind").asText())
        .contains("numeric", "spelling", "quote");
  }

  @Test
  void badInputOptionsAreExitTwo() throws IOException {
    assertThat(run("scan", jsonl(A).toString(), "--field", "body=text")).isEqualTo(2);
    assertThat(err.toString()).contains("--field takes NAME=COLUMN");
    assertThat(run("scan", jsonl(A).toString(), "--encoding", "klingon-8")).isEqualTo(2);
    assertThat(err.toString()).contains("unknown encoding 'klingon-8'");
  }

  @Test
  void writesASelfContainedHtmlReport() throws IOException {
    Path report = dir.resolve("report.html");
    assertThat(run("scan", "fixtures", "--format", "html", "--output", report.toString()))
        .isZero();
    String html = Files.readString(report);
    assertThat(html).startsWith("<!DOCTYPE html>").contains("id=\"C1\"").contains("<svg")
        .doesNotContain("src=\"http").doesNotContain("<link");
  }

  private static void copy(Path from, Path to) throws IOException {
    try (var paths = Files.walk(from)) {
      for (Path p : paths.sorted().toList()) {
        Path target = to.resolve(from.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(target);
        } else {
          Files.copy(p, target);
        }
      }
    }
  }

  @Test
  void badOptionsAreExitTwo() throws IOException {
    assertThat(run("scan", jsonl(A).toString(), "--min-confidence", "2")).isEqualTo(2);
    assertThat(err.toString()).contains("--min-confidence");
    assertThat(run("scan", "--no-such-option", "x")).isEqualTo(2);
    assertThat(run("scan")).isEqualTo(2);
  }
}
