package io.github.claimconflict.bench;

import io.github.claimconflict.Article;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

/**
 * The corpus every benchmark reads: real text replicated ({@link RealTextCorpus}) where the seeds
 * are beside the project, else {@link CorpusGenerator}'s synthetic text, labelled as such.
 *
 * @param label where the text comes from, printed beside every figure
 * @param real whether it is real news text
 */
record BenchCorpus(String label, boolean real, List<Article> articles) {

  static final long SEED = 1;
  /** Days the events' dates are drawn from (365); 0 keeps every replicated event apart. */
  static final String DAYS_PROPERTY = "claimconflict.bench.days";

  static BenchCorpus of(int count) {
    Optional<RealTextCorpus> real = RealTextCorpus.load();
    if (real.isPresent()) {
      int days = property(DAYS_PROPERTY, 365);
      return new BenchCorpus(real.get().description() + "; events dated over "
          + (days > 0 ? days + " days" : "their own days, " + RealTextCorpus.APART + " days apart"), true,
          real.get().articles(count, SEED, days));
    }
    return new BenchCorpus("SYNTHETIC text (CorpusGenerator): " + RealTextCorpus.SEEDS
        + " is absent, so no real text could be replicated; synthetic text carries about half"
        + " the claims per KB of real news and overstates throughput", false,
        new CorpusGenerator(SEED).articles(count));
  }

  /** The corpus's size in UTF-8 bytes. */
  long bytes() {
    long n = 0;
    for (Article a : articles) {
      n += a.text().getBytes(StandardCharsets.UTF_8).length;
    }
    return n;
  }

  /** An integer system property, for quick runs with smaller corpora. */
  static int property(String name, int fallback) {
    return Integer.parseInt(System.getProperty(name, String.valueOf(fallback)).trim());
  }
}
