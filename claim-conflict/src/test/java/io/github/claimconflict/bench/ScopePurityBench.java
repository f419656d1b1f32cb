package io.github.claimconflict.bench;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.claimconflict.Article;
import io.github.claimconflict.ConflictDetector;
import io.github.claimconflict.report.ScanReport;
import io.github.claimconflict.scope.Event;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * How well the scope stage recovers a real-text corpus's replicated events: pairwise precision
 * and recall of co-membership. Run on demand: {@code -Dclaimconflict.bench.purity=2000,10000}.
 */
class ScopePurityBench {

  @Test
  void pairwisePrecisionAndRecall() {
    String sizes = System.getProperty("claimconflict.bench.purity");
    assumeTrue(sizes != null, "set -Dclaimconflict.bench.purity=2000,10000 to measure");
    Optional<RealTextCorpus> corpus = RealTextCorpus.load();
    assumeTrue(corpus.isPresent(), "the seeds are absent");
    for (String s : sizes.split(",")) {
      int n = Integer.parseInt(s.strip());
      List<Article> articles = corpus.get().articles(n, 42);
      long start = System.nanoTime();
      ScanReport report = ConflictDetector.withDefaults().scan(articles);
      long ms = (System.nanoTime() - start) / 1_000_000;
      Map<String, Integer> truthSize = new HashMap<>();
      articles.forEach(a -> truthSize.merge(truth(a.id()), 1, Integer::sum));
      long truePairs = 0;
      long predicted = 0;
      long both = 0;
      int largest = 0;
      for (Event e : report.events()) {
        int k = e.articles().size();
        largest = Math.max(largest, k);
        predicted += (long) k * (k - 1) / 2;
        Map<String, Integer> by = new HashMap<>();
        e.articles().forEach(id -> by.merge(truth(id), 1, Integer::sum));
        for (int c : by.values()) {
          both += (long) c * (c - 1) / 2;
        }
      }
      dumpImpure(report, articles);
      for (int c : truthSize.values()) {
        truePairs += (long) c * (c - 1) / 2;
      }
      System.out.printf(Locale.ROOT,
          "purity n=%d events=%d (true %d) largest=%d precision=%.3f recall=%.3f %d ms%n", n,
          report.events().size(), truthSize.size(), largest,
          predicted == 0 ? 1.0 : both / (double) predicted,
          truePairs == 0 ? 1.0 : both / (double) truePairs, ms);
    }
  }

  /**
   * With {@code -Dclaimconflict.bench.dump=N}, prints the N largest impure events: each article's
   * true event, date and opening, to see what joined them.
   */
  private static void dumpImpure(ScanReport report, List<Article> articles) {
    int limit = Integer.getInteger("claimconflict.bench.dump", 0);
    if (limit <= 0) {
      return;
    }
    Map<String, Article> byId = new HashMap<>();
    articles.forEach(a -> byId.put(a.id(), a));
    report.events().stream()
        .filter(e -> e.articles().stream().map(ScopePurityBench::truth).distinct().count() > 1)
        .sorted(java.util.Comparator.comparingInt((Event e) -> -e.articles().size())
            .thenComparing(Event::id))
        .limit(limit)
        .forEach(e -> {
          System.out.println("IMPURE " + e.id() + " " + e.label());
          e.joined().forEach(j -> {
            Article a = byId.get(j.article());
            String head = a.text().substring(0, Math.min(90, a.text().length()))
                .replace('\n', ' ');
            System.out.println("   " + j.article() + " " + j.date().orElse(null) + " " + j.datedBy()
                + " " + j.similarity() + " " + j.shared() + " | " + head);
          });
        });
  }

  private static String truth(String id) {
    return id.substring(0, id.indexOf('-'));
  }
}
