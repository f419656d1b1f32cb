package io.github.claimconflict.bench;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.claimconflict.Article;
import io.github.claimconflict.ConflictDetector;
import io.github.claimconflict.report.ConflictKind;
import io.github.claimconflict.report.ScanReport;
import java.util.List;
import org.junit.jupiter.api.Test;

class CorpusGeneratorTest {

  @Test
  void theSameSeedWritesTheSameCorpus() {
    assertThat(new CorpusGenerator(42).articles(50))
        .isEqualTo(new CorpusGenerator(42).articles(50));
    assertThat(new CorpusGenerator(42).articles(50))
        .isNotEqualTo(new CorpusGenerator(43).articles(50));
  }

  @Test
  void itsCoverageHasManyEventsAndEveryKindOfConflict() {
    List<Article> corpus = new CorpusGenerator(7).articles(400);
    ScanReport report = ConflictDetector.withDefaults().scan(corpus);
    assertThat(report.events()).hasSizeGreaterThan(50);
    assertThat(report.conflicts()).extracting(c -> c.kind())
        .contains(ConflictKind.NUMERIC, ConflictKind.SPELLING, ConflictKind.QUOTE);
  }
}
