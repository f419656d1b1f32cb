package io.github.claimconflict.bench;

import io.github.claimconflict.Article;
import io.github.claimconflict.ConflictDetector;
import io.github.claimconflict.report.Conflict;
import io.github.claimconflict.report.ScanConsumer;
import io.github.claimconflict.report.ScanReport;
import io.github.claimconflict.scope.Event;
import java.util.List;
import java.util.Locale;

/**
 * The live heap of a scan at its two fullest moments before comparing, measured after full
 * collections in a fresh JVM: once every article is read (a large scan then holds each article's
 * names and fingerprint, until its events are known) and once the events are known. Prints one
 * {@code LIVE} line with both, beyond the corpus, in KB an article. Run it as {@link ScanRun} is,
 * with the article count as argument; the collections make it slow, so it is no benchmark of time.
 */
public final class LiveHeapRun {

  private LiveHeapRun() {}

  public static void main(String[] args) {
    int count = Integer.parseInt(args[0]);
    BenchCorpus corpus = BenchCorpus.of(count);
    boolean real = corpus.real();
    List<Article> articles = new CompactArticles(corpus.articles()); // as ScanRun holds them
    corpus = null;
    long held = used();
    long[] read = {0};
    long[] scoped = {0};
    ConflictDetector.withDefaults().scan(articles, (done, total) -> {
      if (done == total) {
        read[0] = used();
      }
    }, new ScanConsumer() {
      @Override
      public void scanned(ScanReport withoutConflicts) {
        scoped[0] = used();
      }

      @Override
      public void conflicts(Event event, List<Conflict> conflicts) {}
    });
    System.out.println(String.format(Locale.ROOT,
        "LIVE articles=%d corpus=%.1fMB allRead=%.1fMB (%.2f KB/article beyond the corpus)"
            + " eventsKnown=%.1fMB (%.2f KB/article) real=%s",
        count, held / 1e6, read[0] / 1e6, (read[0] - held) / 1e3 / count, scoped[0] / 1e6,
        (scoped[0] - held) / 1e3 / count, real));
  }

  /** The heap in use after full collections: what is live, give or take. */
  private static long used() {
    for (int i = 0; i < 3; i++) {
      System.gc();
    }
    Runtime r = Runtime.getRuntime();
    return r.totalMemory() - r.freeMemory();
  }
}
