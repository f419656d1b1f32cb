package io.github.claimconflict.beam;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.claimconflict.Article;
import io.github.claimconflict.ConflictDetector;
import io.github.claimconflict.Seeds;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.beam.runners.flink.FlinkPipelineOptions;
import org.apache.beam.runners.flink.FlinkRunner;
import org.apache.beam.sdk.options.PipelineOptionsFactory;
import org.junit.jupiter.api.Test;

/**
 * On a real engine: embedded Flink ({@code --flinkMaster=[local]}, the job on two task
 * slots), the transform reports what {@link ConflictDetector} reports. Elements cross Flink's
 * network stack between slots, so the coders are exercised as on a cluster.
 */
class FlinkRunnerTest {

  static FlinkPipelineOptions flinkLocal() {
    FlinkPipelineOptions options = PipelineOptionsFactory.create().as(FlinkPipelineOptions.class);
    options.setRunner(FlinkRunner.class);
    options.setFlinkMaster("[local]");
    options.setParallelism(2);
    return options;
  }

  @Test
  void theFixturesAndSeedsGiveTheLibrarysReportOnFlink() throws Exception {
    // One pipeline for both corpora (ids kept apart): a Flink job costs seconds to start.
    List<Article> articles = new ArrayList<>(Corpora.fixtures());
    if (Files.isDirectory(Seeds.DIR)) {
      articles.addAll(Seeds.withMetadata());
    }
    assertThat(ConflictDetector.withDefaults().scan(articles).conflicts()).isNotEmpty();
    ConflictScanTest.assertSameAsLibrary(articles, flinkLocal());
  }

  @Test
  void blocksScannedOnTwoSlotsChangeNoConflict() throws Exception {
    // The fixtures on two days three weeks apart, one block a day: the blocks are scanned in
    // parallel on Flink's slots, and the conflicts are those of one scan of everything.
    List<Article> articles = new ArrayList<>();
    for (Article a : Corpora.fixtures()) {
      articles.add(new Article(a.id(), a.source(),
          Optional.of(LocalDate.of(2024, 1, 1 + 21 * (articles.size() % 2))), a.title(), a.url(),
          a.text()));
    }
    ConflictScanTest.Output blocked = ConflictScanTest.run(articles,
        ConflictScan.create().withMaxBlockArticles(1), flinkLocal());
    assertThat(blocked.events()).extracting(e -> e.event().id())
        .anySatisfy(id -> assertThat(id).startsWith("b1/"));
    assertThat(ConflictScanTest.found(blocked))
        .isEqualTo(ConflictScanTest.found(ConflictDetector.withDefaults().scan(articles)))
        .isNotEmpty();
  }
}
