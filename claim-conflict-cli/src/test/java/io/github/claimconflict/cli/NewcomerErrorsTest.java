package io.github.claimconflict.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The mistakes a first user makes: each said in one line, naming what and where. */
class NewcomerErrorsTest {

  @TempDir Path dir;

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    return Main.run(args, new PrintWriter(out), new PrintWriter(err));
  }

  private static final String A = "{\"id\":\"a\",\"text\":\"Some 5,000 people gathered in "
      + "Dunmere on Sunday.\"}";
  private static final String B = "{\"id\":\"b\",\"text\":\"The rally in Dunmere drew about 4,000 "
      + "people.\"}";

  @Test
  void anArticleWithoutTextIsSkippedWithItsFileAndLine() throws IOException {
    Path f = dir.resolve("feed.jsonl");
    Files.writeString(f, A + "\n{\"id\":\"empty\",\"text\":\"  \"}\n" + B + "\n");
    assertThat(run("scan", f.toString(), "--format", "json")).isZero();
    JsonNode skipped = new ObjectMapper().readTree(out.toString()).path("skipped");
    assertThat(skipped).hasSize(1);
    assertThat(skipped.get(0).path("id").asText()).isEqualTo("empty");
    assertThat(skipped.get(0).path("file").asText()).isEqualTo(f.toString());
    assertThat(skipped.get(0).path("line").asInt()).isEqualTo(2);
    assertThat(err.toString()).contains("skipped article 'empty' (" + f + ":2): ");
  }

  @Test
  void theTextReportPlacesASkippedArticleOnceOnly() throws IOException {
    Path page = dir.resolve("menu.html");
    Files.writeString(page, "<html><body><nav>Home | World</nav></body></html>");
    Path bad = dir.resolve("rows.csv");
    Files.writeString(bad, "id,text\nr1,\"Some 5,000 people gathered in Dunmere.\"\nr2\n");
    assertThat(run("scan", page.toString(), bad.toString(), "--skip-invalid")).isZero();
    assertThat(out.toString()).contains("  skipped menu (" + page + "): ")
        // input that could not be read is named by its place already: not twice
        .contains("  skipped " + bad + ":3: the row has 1 field, the header 2\n");
  }

  @Test
  void anUnknownOptionIsOneLineAndAPointerToHelp() {
    assertThat(run("scan", "fixtures", "--tolerence", "0.1")).isEqualTo(2);
    assertThat(err.toString()).startsWith("claim-conflict: Unknown option: '--tolerence'")
        .contains("--tolerance").contains("Run 'claim-conflict scan --help' for its options.")
        .doesNotContain("Usage:");
    assertThat(out.toString()).isEmpty();
  }

  @Test
  void anUnknownCommandIsNamed() {
    assertThat(run("sacn", "fixtures")).isEqualTo(2);
    assertThat(err.toString())
        .startsWith("claim-conflict: unknown command 'sacn': try 'scan', 'claims' or 'eval'")
        .contains("Run 'claim-conflict --help' for the commands.");
  }

  @Test
  void noCommandShowsTheUsage() {
    assertThat(run()).isEqualTo(2);
    assertThat(err.toString()).startsWith("claim-conflict: missing command").contains("Usage:");
  }

  @Test
  void evalWithNoTextFoundIsAnErrorNotAScoreOfNothing() throws IOException {
    Path cases = dir.resolve("cases.json");
    Files.writeString(cases, "{\"clusters\": [{\"id\": \"c1\", \"event\": \"a rally\", "
        + "\"excerpts\": [{\"id\": \"x1\", \"outlet\": \"Wire\", \"date\": null, \"url\": null, "
        + "\"cache_file\": \"texts/x1.txt\"}], \"checker_gold\": {\"must\": [], "
        + "\"must_not\": [], \"optional\": [], \"min_confidence\": 0.5}}]}");
    Path empty = Files.createDirectory(dir.resolve("elsewhere"));
    assertThat(run("eval", cases.toString(), "--texts", empty.toString())).isEqualTo(2);
    assertThat(err.toString()).contains("no text of " + cases + " could be read under --texts "
        + empty).contains("x1.txt");
    assertThat(out.toString()).isEmpty();

    Files.createDirectory(dir.resolve("texts"));
    Files.writeString(dir.resolve("texts/x1.txt"), "Some 5,000 people gathered in Dunmere.");
    err.getBuffer().setLength(0);
    assertThat(run("eval", cases.toString(), "--texts", dir.toString())).isZero();
    assertThat(out.toString()).startsWith("1 clusters, 1 texts scanned");
  }

  @Test
  void claimsReadsInputAsScanDoes() throws IOException {
    Path latin = dir.resolve("latin.txt");
    Files.write(latin, "The caf\u00e9 in Dunmere served about 4,000 people."
        .getBytes(Charset.forName("windows-1252")));
    assertThat(run("claims", latin.toString())).isEqualTo(2);
    assertThat(err.toString()).contains("latin.txt: not valid UTF-8");
    assertThat(run("claims", latin.toString(), "--encoding", "windows-1252")).isZero();
    assertThat(out.toString()).contains("4,000");

    Path feed = dir.resolve("feed.jsonl");
    Files.writeString(feed, A + "\n{\"id\": broken\n" + B + "\n");
    out.getBuffer().setLength(0);
    assertThat(run("claims", feed.toString(), "--skip-invalid", "--kind", "figure")).isZero();
    assertThat(err.toString()).contains("skipped " + feed + ":2: malformed JSON");
    assertThat(out.toString()).contains("5,000").contains("4,000");
  }
}
