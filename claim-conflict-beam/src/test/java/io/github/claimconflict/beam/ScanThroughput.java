package io.github.claimconflict.beam;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.claimconflict.Article;
import io.github.claimconflict.ConflictDetector;
import io.github.claimconflict.bench.RealTextCorpus;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.apache.beam.runners.direct.DirectOptions;
import org.apache.beam.runners.direct.DirectRunner;
import org.apache.beam.sdk.Pipeline;
import org.apache.beam.sdk.options.PipelineOptions;
import org.apache.beam.sdk.options.PipelineOptionsFactory;
import org.apache.beam.sdk.transforms.Count;
import org.apache.beam.sdk.transforms.Create;

/**
 * Articles per second of the in-process scan and of the Beam transform on the same corpus, both
 * with two workers: {@code java -cp ... io.github.claimconflict.beam.ScanThroughput [articles]
 * [days] [direct|flink]} (real-text corpus where the texts are cached, else it says so and
 * stops). {@code flink} runs the transform on embedded Flink with two slots, which needs the
 * Flink runner on the class path (the jar built with {@code -Pflink}). With
 * {@code -Dclaimconflict.bench.jsonl=FILE} it also writes the corpus as JSON Lines, for timing
 * the command ({@link ScanPipeline}) on the same articles.
 */
public final class ScanThroughput {

  private ScanThroughput() {}

  public static void main(String[] args) throws Exception {
    int count = args.length > 0 ? Integer.parseInt(args[0]) : 2000;
    int days = args.length > 1 ? Integer.parseInt(args[1]) : 90;
    RealTextCorpus corpus = RealTextCorpus.load().orElseThrow(() -> new IllegalStateException(
        "no cached texts: set -Dclaimconflict.bench.texts=DIR"));
    List<Article> articles = corpus.articles(count, 42, days);
    boolean flink = args.length > 2 && args[2].equals("flink");
    System.out.println(corpus.description() + "; " + articles.size() + " articles over " + days
        + " days");
    String jsonl = System.getProperty("claimconflict.bench.jsonl");
    if (jsonl != null) {
      ObjectMapper mapper = new ObjectMapper();
      List<String> lines = new ArrayList<>();
      for (Article a : articles) {
        ObjectNode line = mapper.createObjectNode().put("id", a.id()).put("text", a.text());
        a.source().ifPresent(s -> line.put("source", s));
        a.published().ifPresent(d -> line.put("published", d.toString()));
        lines.add(line.toString());
      }
      Files.write(Path.of(jsonl), lines);
    }
    for (int round = 0; round < 2; round++) { // the first round warms up
      ExecutorService pool = Executors.newFixedThreadPool(2);
      long c0 = cpu();
      long t0 = System.nanoTime();
      int conflicts = ConflictDetector.builder().executor(pool).build().scan(articles)
          .conflicts().size();
      double inProcess = seconds(t0);
      double inProcessCpu = (cpu() - c0) / 1e9;
      pool.shutdown();

      PipelineOptions options;
      if (flink) {
        // By name, so that the DirectRunner-only class path still compiles and runs this class.
        options = PipelineOptionsFactory.fromArgs("--runner=FlinkRunner", "--flinkMaster=[local]",
            "--parallelism=2").create();
      } else {
        DirectOptions direct = PipelineOptionsFactory.create().as(DirectOptions.class);
        direct.setRunner(DirectRunner.class);
        direct.setTargetParallelism(2);
        options = direct;
      }
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
          + " CPU s, %d conflicts); Beam %s, 2 workers: %.1f s wall, %.1f s CPU (%.1f"
          + " articles/s, %.1f per CPU s)%n", round, inProcess, inProcessCpu,
          articles.size() / inProcess, articles.size() / inProcessCpu, conflicts,
          flink ? "FlinkRunner (local)" : "DirectRunner", beam, beamCpu,
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
