package io.github.claimconflict.robust;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.claimconflict.Article;
import io.github.claimconflict.ConflictDetector;
import io.github.claimconflict.report.JsonReport;
import io.github.claimconflict.report.ScanReport;
import io.github.claimconflict.report.TextReport;
import java.util.ArrayList;
import java.util.List;

/**
 * A coverage-guided fuzz target over the whole scan. In every build it runs its seed corpus
 * ({@code src/test/resources/.../ScanFuzzTestInputs/fuzzScan}); to fuzz, run
 * {@code JAZZER_FUZZ=1 mvn -B test -Dtest=ScanFuzzTest} (ten minutes, see {@code maxDuration}).
 * Any exception, or a broken {@link Invariants} guarantee, is a finding.
 */
class ScanFuzzTest {

  @FuzzTest(maxDuration = "10m")
  void fuzzScan(FuzzedDataProvider data) {
    int count = data.consumeInt(1, 4);
    List<Article> articles = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      String text = i == count - 1 ? data.consumeRemainingAsString() : data.consumeString(3000);
      articles.add(Article.of("a" + i, text));
    }
    ScanReport report = ConflictDetector.withDefaults().scan(articles);
    Invariants.check(articles, report);
    JsonReport.write(report);
    TextReport.write(report);
  }
}
