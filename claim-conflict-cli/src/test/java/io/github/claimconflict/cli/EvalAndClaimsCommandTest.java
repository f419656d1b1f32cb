package io.github.claimconflict.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The eval and claims subcommands, end to end on the project's fixtures. */
class EvalAndClaimsCommandTest {

  private static final String CASES = "claim-conflict-cli/src/test/resources/eval/fixture-cases.json";

  @TempDir Path dir;

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    return Main.run(args, new PrintWriter(out), new PrintWriter(err));
  }

  @Test
  void evalEndsWithTheReferenceScorersLine() {
    assertThat(run("eval", CASES, "--verbose")).isZero();
    List<String> lines = out.toString().strip().lines().toList();
    assertThat(lines.get(0)).isEqualTo("2 clusters, 4 texts scanned (1 missing), each cluster "
        + "on its own");
    assertThat(out.toString()).contains("quake missed QK-S1 (spelling): text Seaford  vs  text "
        + "Seafort").contains("total").contains("numeric");
    assertThat(lines.get(lines.size() - 1))
        .matches("found \\d+/3 must, violated \\d+/3 traps, \\d+ unexpected");
  }

  @Test
  void evalMixedCountsCrossEventConflicts() {
    assertThat(run("eval", CASES, "--mixed", "--only", "numeric")).isZero();
    assertThat(out.toString().strip()).endsWith(", 0 cross-event")
        .contains("found 2/2 must, violated 1/3 traps");
  }

  @Test
  void evalJson() throws IOException {
    assertThat(run("eval", CASES, "--format", "json")).isZero();
    JsonNode tree = new ObjectMapper().readTree(out.toString());
    assertThat(tree.path("clusters")).hasSize(2);
    assertThat(tree.path("clusters").get(0).path("missing")).hasSize(1);
  }

  @Test
  void evalRejectsBadInput() throws IOException {
    assertThat(run("eval", dir.resolve("none.json").toString())).isEqualTo(2);
    assertThat(err.toString()).contains("none.json: no such file");
    Path bad = dir.resolve("bad.json");
    Files.writeString(bad, "{\"clusters\": [{\"id\": \"c\", \"excerpts\": [],\n \"checker_gold\": ");
    assertThat(run("eval", bad.toString())).isEqualTo(2);
    assertThat(err.toString()).contains("bad.json: malformed JSON at line 2");
    assertThat(run("eval", CASES, "--only", "colour")).isEqualTo(2);
    assertThat(err.toString()).contains("--only takes numeric, spelling or quote, got 'colour'");
  }

  @Test
  void claimsListsEveryClaimWithItsContext() {
    assertThat(run("claims", "fixtures/quake-local.txt", "fixtures/quake-wire.txt")).isZero();
    assertThat(out.toString())
        .contains("quake-local  (event E1)")
        .containsPattern("figure \"about 8,000 people\"  = 7,600–8,400; measure: people "
            + "evacuated; places: marren; claimant: Local officials in Marren")
        .contains("name   \"Seaford\"");
  }

  @Test
  void claimsAsJsonLinesWithExactOffsets() throws IOException {
    assertThat(run("claims", "fixtures/quake-wire.txt", "--format", "jsonl", "--kind", "figure"))
        .isZero();
    String text = Files.readString(Path.of("fixtures/quake-wire.txt"));
    List<String> lines = out.toString().strip().lines().toList();
    assertThat(lines).isNotEmpty();
    for (String line : lines) {
      JsonNode n = new ObjectMapper().readTree(line);
      assertThat(n.path("kind").asText()).isEqualTo("figure");
      assertThat(text.substring(n.path("start").asInt(), n.path("end").asInt()))
          .isEqualTo(n.path("text").asText());
      assertThat(n.has("measure")).isTrue();
      assertThat(n.path("compared").asBoolean()).isEqualTo(!n.path("measure").isNull());
    }
  }

  @Test
  void claimsListsFiguresThatAreNeverCompared() throws IOException {
    Path f = dir.resolve("odd.txt");
    Files.writeString(f, "The committee met 14 times in a windowless room.\n");
    assertThat(run("claims", f.toString())).isZero();
    assertThat(out.toString()).contains("\"14 times\"").contains("measure: none, never compared");
  }
}
