package io.github.claimconflict.beam;

import io.github.claimconflict.Article;
import io.github.claimconflict.ConflictDetector;
import io.github.claimconflict.bench.RealTextCorpus;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.apache.beam.runners.direct.DirectOptions;
import org.apache.beam.runners.direct.DirectRunner;
import org.apache.beam.sdk.Pipeline;
import org.apache.beam.sdk.options.PipelineOptionsFactory;
import org.apache.beam.sdk.transforms.Count;
import org.apache.beam.sdk.transforms.Create;

/**
 * Articles per second of the in-process scan and of the Beam transform on the same corpus, both
 * with two workers: {@code java -cp ... io.github.claimconflict.beam.ScanThroughput [articles]
 * [days]} (real-text corpus where the texts are cached, else it says so and stops).
 */
public final class ScanThroughput {

  private ScanThroughput() {}

  public static void main(String[] args) throws Exception {
    int count = args.length > 0 ? Integer.parseInt(args[0]) : 2000;
    int days = args.length > 1 ? Integer.parseInt(args[1]) : 90;
    RealTextCorpus corpus = RealTextCorpus.load().orElseThrow(() -> new IllegalStateException(
        "no cached texts: set -Dclaimconflict.bench.texts=DIR"));
    List<Article> articles = corpus.articles(count, 42, days);
    System.out.println(corpus.description() + "; " + articles.size() + " articles over " + days
        + " days");
    for (int round = 0; round < 2; round++) { // the first round warms up
      ExecutorService pool = Executors.newFixedThreadPool(2);
      long c0 = cpu();
      long t0 = System.nanoTime();
      int conflicts = ConflictDetector.builder().executor(pool).build().detect(articles)
          .conflicts().size();
      double inProcess = seconds(t0);
      double inProcessCpu = (cpu() - c0) / 1e9;
      pool.shutdown();

      DirectOptions options = PipelineOptionsFactory.create().as(DirectOptions.class);
      options.setRunner(DirectRunner.class);
      options.setTargetParallelism(2);
      Pipeline p = Pipeline.create(options);
      p.apply(Create.of(articles).withCoder(ArticleCoder.of()))
          .apply(ConflictScan.create().withMaxBlockArticles(
              Integer.getInteger("claimconflict.beam.block", ConflictScan.DEFAULT_MAX_BLOCK_ARTICLES)))
          .get(ConflictScan.EVENTS).apply(Count.globally());
      long c1 = cpu();
      long t1 = System.nanoTime();
      p.run().waitUntilFinish();
      double beam = seconds(t1);
      double beamCpu = (cpu() - c1) / 1e9;
      System.out.printf("round %d: in process %.1f s wall, %.1f s CPU (%.1f articles/s, %.1f per"
          + " CPU s, %d conflicts); Beam DirectRunner, 2 threads: %.1f s wall, %.1f s CPU (%.1f"
          + " articles/s, %.1f per CPU s)%n", round, inProcess, inProcessCpu,
          articles.size() / inProcess, articles.size() / inProcessCpu, conflicts, beam, beamCpu,
          articles.size() / beam, articles.size() / beamCpu);
    }
  }

  /** CPU time of the whole process, all threads, in nanoseconds. */
  private static long cpu() {
    return ((com.sun.management.OperatingSystemMXBean)
        java.lang.management.ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
  }

  private static double seconds(long from) {
    return (System.nanoTime() - from) / 1e9;
  }
}
