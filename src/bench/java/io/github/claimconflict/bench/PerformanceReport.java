package io.github.claimconflict.bench;

import io.github.claimconflict.Article;
import io.github.claimconflict.ConflictDetector;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * Runs the JMH benchmarks and prints one table: extraction MB/s per core, per kind and as a ratio
 * to the floor; end-to-end scans of 1k, 10k and 100k generated articles with wall time,
 * articles/s, MB/s and peak heap. Run with {@code mvn -B -P bench verify}.
 */
public final class PerformanceReport {

  private PerformanceReport() {}

  public static void main(String[] args) throws RunnerException {
    double corpusMb = CorpusGenerator.bytes(ExtractionBenchmark.corpus()) / 1e6;
    Collection<RunResult> results = new Runner(new OptionsBuilder()
        .include(ExtractionBenchmark.class.getSimpleName())
        .include(ScanBenchmark.class.getSimpleName())
        .build()).run();
    Map<String, Double> extraction = new HashMap<>();
    Map<String, Double> scanSeconds = new HashMap<>();
    for (RunResult r : results) {
      String name = r.getParams().getBenchmark();
      String method = name.substring(name.lastIndexOf('.') + 1);
      double score = r.getPrimaryResult().getScore();
      if (name.contains("ExtractionBenchmark")) {
        extraction.put(method, score * corpusMb);
      } else {
        scanSeconds.put(r.getParams().getParam("articles"), score);
      }
    }
    double floor = extraction.getOrDefault("floorDecodeAndRegex", Double.NaN);
    System.out.println();
    System.out.printf(Locale.ROOT, "Machine: %d cores, %s %s, max heap %d MB%n",
        Runtime.getRuntime().availableProcessors(), System.getProperty("java.vm.name"),
        System.getProperty("java.version"), Runtime.getRuntime().maxMemory() >> 20);
    System.out.println();
    System.out.println("| extraction, one core | MB/s | floor / this |");
    System.out.println("|---|---|---|");
    for (String k : List.of("floorDecode", "floorDecodeAndRegex", "quantities", "names", "quotes",
        "allKinds")) {
      double mbs = extraction.getOrDefault(k, Double.NaN);
      System.out.printf(Locale.ROOT, "| %s | %.1f | %.1f |%n", k, mbs, floor / mbs);
    }
    System.out.println();
    System.out.println("| scan | MB | wall s | articles/s | MB/s | peak heap MB |");
    System.out.println("|---|---|---|---|---|---|");
    for (String n : List.of("1000", "10000", "100000")) {
      List<Article> corpus = new CorpusGenerator(ExtractionBenchmark.SEED)
          .articles(Integer.parseInt(n));
      double mb = CorpusGenerator.bytes(corpus) / 1e6;
      String peak;
      try {
        peak = String.valueOf(peakHeapOfScan(corpus) >> 20);
      } catch (OutOfMemoryError e) {
        peak = "out of memory at " + (Runtime.getRuntime().maxMemory() >> 20);
      }
      double s = scanSeconds.getOrDefault(n, Double.NaN);
      System.out.printf(Locale.ROOT, "| %s articles | %.0f | %.1f | %.0f | %.1f | %s |%n", n, mb,
          s, Integer.parseInt(n) / s, mb / s, peak);
    }
  }

  /** The heap's peak use during one scan in this JVM, corpus included. */
  private static long peakHeapOfScan(List<Article> corpus) {
    System.gc();
    List<MemoryPoolMXBean> pools = ManagementFactory.getMemoryPoolMXBeans().stream()
        .filter(p -> p.getType() == MemoryType.HEAP).toList();
    pools.forEach(MemoryPoolMXBean::resetPeakUsage);
    ConflictDetector.scan(corpus);
    return pools.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
  }
}
