package io.github.claimconflict.robust;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.claimconflict.Article;
import io.github.claimconflict.claim.Evidence;
import io.github.claimconflict.report.Conflict;
import io.github.claimconflict.report.Position;
import io.github.claimconflict.report.ScanReport;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The guarantees every scan keeps, whatever its input, checked on one report. */
final class Invariants {

  private Invariants() {}

  static void check(List<Article> input, ScanReport report) {
    Set<String> ids = new HashSet<>();
    input.forEach(a -> ids.add(a.id()));
    Set<String> accounted = new HashSet<>();
    report.articles().forEach(a -> assertThat(accounted.add(a.id())).as("once: " + a.id()).isTrue());
    report.skipped().forEach(s -> assertThat(accounted.add(s.id())).as("once: " + s.id()).isTrue());
    assertThat(accounted).as("every article scanned or skipped").isEqualTo(ids);

    Map<String, String> texts = new HashMap<>();
    input.forEach(a -> texts.put(a.id(), a.text()));
    for (Conflict c : report.conflicts()) {
      assertThat(c.confidence()).isBetween(0.0, 1.0);
      assertThat(c.positions()).hasSizeGreaterThanOrEqualTo(2);
      for (Position p : c.positions()) {
        assertThat(p.support()).isBetween(1, p.articles().size());
        for (Evidence e : p.evidence()) {
          String text = texts.get(e.articleId());
          assertThat(e.end()).isLessThanOrEqualTo(text.length());
          String words = text.substring(e.start(), e.end());
          assertThat(e.sentence().substring(e.start() - e.sentenceStart(),
              e.end() - e.sentenceStart())).isEqualTo(words);
          assertThat(text.substring(e.sentenceStart(), e.sentenceStart() + e.sentence().length()))
              .isEqualTo(e.sentence());
        }
      }
    }
  }
}
