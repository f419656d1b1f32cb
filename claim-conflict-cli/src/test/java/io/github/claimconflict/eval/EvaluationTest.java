package io.github.claimconflict.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.claimconflict.ConflictDetector;
import io.github.claimconflict.report.ConflictKind;
import io.github.claimconflict.report.JsonReport;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The evaluation over the project's own fixtures: per cluster, mixed, and with a missing text. */
class EvaluationTest {

  private static final Path CASES = Path.of("claim-conflict-cli/src/test/resources/eval/fixture-cases.json");
  private static final Path ROOT = Path.of(".");

  private static Evaluation evaluation() {
    return new Evaluation(ConflictDetector.builder().build(), Set.of());
  }

  @Test
  void scoresEachClusterOnItsOwnScan() throws IOException {
    EvalCases cases = EvalCases.read(CASES);
    Evaluation.Result r = evaluation().separately(cases, ROOT);
    assertThat(r.mixed()).isFalse();
    Evaluation.ClusterResult quake = r.clusters().get(0);
    assertThat(quake.texts()).isEqualTo(2);
    assertThat(quake.missing()).singleElement().asString()
        .startsWith("quake-gone (").contains("no-such-article.txt").contains("no such file");
    assertThat(quake.score().missed()).extracting(GoldItem::id).containsExactly("QK-S1");
    // The evacuated counts of two days are an update, not a conflict.
    assertThat(quake.score().violated()).isEmpty();
    assertThat(r.clusters().get(1).score().missed()).isEmpty();
    assertThat(r.clusters().get(1).score().violated()).extracting(v -> v.trap().id())
        .containsExactly("HB-T1");
    // The scorer sees what the detector reports: the same counts as scoring its own JSON.
    var scan = ConflictDetector.builder().build().scan(List.of(
        io.github.claimconflict.Article.of("quake-wire", Files.readString(
            Path.of("fixtures/quake-wire.txt"))),
        io.github.claimconflict.Article.of("quake-local", Files.readString(
            Path.of("fixtures/quake-local.txt")))));
    var direct = GoldScorer.score(cases.clusters().get(0).gold(),
        ReportConflict.listOf(new ObjectMapper().readTree(JsonReport.write(scan))), Set.of());
    assertThat(quake.score().total().found()).isEqualTo(direct.total().found());
  }

  @Test
  void mixedFeedScoresEachClusterAndCountsCrossEventConflicts() throws IOException {
    EvalCases cases = EvalCases.read(CASES);
    Evaluation.Result r = evaluation().mixed(cases, ROOT);
    assertThat(r.mixed()).isTrue();
    assertThat(r.clusters()).hasSize(2);
    assertThat(r.crossEvent()).isEmpty();
    String text = EvalReport.text(r, true);
    assertThat(text).contains("all together as one feed", "missing text: quake quake-gone",
        "quake missed QK-S1 (spelling)", "harbour violated HB-T1 by ");
    assertThat(text.strip().lines().reduce((a, b) -> b).orElseThrow())
        .matches("found \\d+/3 must, violated \\d+/3 traps, \\d+ unexpected, 0 cross-event");
  }

  @Test
  void onlyOneKind() throws IOException {
    Evaluation.Result r = new Evaluation(ConflictDetector.builder().build(),
        Set.of(ConflictKind.SPELLING)).separately(EvalCases.read(CASES), ROOT);
    assertThat(r.total().must()).isEqualTo(1);
    assertThat(r.total().traps()).isZero();
  }

  @Test
  void jsonForScripts() throws IOException {
    String json = EvalReport.json(evaluation().separately(EvalCases.read(CASES), ROOT));
    var tree = new ObjectMapper().readTree(json);
    assertThat(tree.path("schema").asText()).isEqualTo("claim-conflict/eval/v1");
    assertThat(tree.path("total").path("all").path("must").asInt()).isEqualTo(3);
    assertThat(tree.path("clusters").get(0).path("missed").get(0).path("id").asText())
        .isEqualTo("QK-S1");
  }

  @Test
  void malformedCasesAreNamed() {
    assertThatThrownBy(() -> EvalCases.parse(new ObjectMapper().readTree(
        "{\"clusters\": [{\"id\": \"c1\", \"excerpts\": [{\"id\": \"x1\"}]}]}"), "f.json"))
        .hasMessage("f.json: cluster c1: excerpt x1: missing text field 'cache_file'");
    assertThatThrownBy(() -> EvalCases.parse(new ObjectMapper().readTree("[]"), "f.json"))
        .hasMessageContaining("'clusters' list");
  }
}
