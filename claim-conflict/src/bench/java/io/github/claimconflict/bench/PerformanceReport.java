package io.github.claimconflict.bench;

import io.github.claimconflict.Article;
import io.github.claimconflict.extract.ClaimExtractor;
import io.github.claimconflict.extract.NameExtractor;
import io.github.claimconflict.extract.QuantityExtractor;
import io.github.claimconflict.extract.QuoteExtractor;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * Runs the benchmarks on the real-text corpus ({@link BenchCorpus}) and prints the tables:
 * extraction MB/s on one core per kind beside the floor on the same bytes; the whole scan in
 * steady state (JMH, in process); and cold whole-JVM scans of 1k, 10k and 100k articles in a
 * bounded heap ({@link ScanRun}), with the largest heap left after a collection. Claims per KB are given beside each figure.
 * Run with {@code mvn -B -P bench verify}. System properties (pass them to Maven with -D):
 *
 * <ul>
 *   <li>{@value RealTextCorpus#TEXTS_PROPERTY}: the cached development-set texts (default
 *       {@code eval/dev-news/cache});
 *   <li>{@value ExtractionBenchmark#ARTICLES_PROPERTY}: articles of the extraction corpus (400);
 *   <li>{@value BenchCorpus#DAYS_PROPERTY}: days the events are dated over (365; 0 keeps every
 *       replicated event apart, to measure the scan without the scope stage's merges);
 *   <li>{@value #STEADY}: articles of the steady-state scan (1000);
 *   <li>{@value #SIZES}: the cold scans' sizes, comma-separated (1000,10000,100000);
 *   <li>{@value #HEAP}: their maximum heap (1g); {@value #TIMEOUT}: seconds each may take (1800: 100,000 articles take several minutes on two cores);
 *   <li>{@value #QUICK}: {@code true} for one short JMH iteration of each, to try the build.
 * </ul>
 */
public final class PerformanceReport {

  static final String STEADY = "claimconflict.bench.steady";
  static final String SIZES = "claimconflict.bench.sizes";
  static final String HEAP = "claimconflict.bench.heap";
  static final String TIMEOUT = "claimconflict.bench.timeout";
  static final String QUICK = "claimconflict.bench.quick";

  private PerformanceReport() {}

  public static void main(String[] args) throws RunnerException, IOException,
      InterruptedException {
    BenchCorpus extractionCorpus = ExtractionBenchmark.corpus();
    double corpusMb = extractionCorpus.bytes() / 1e6;
    int steadyArticles = BenchCorpus.property(STEADY, 1000);
    BenchCorpus steadyCorpus = BenchCorpus.of(steadyArticles);
    List<String> forwarded = forwardedProperties();
    ChainedOptionsBuilder options = new OptionsBuilder()
        .include(ExtractionBenchmark.class.getSimpleName())
        .include(ScanBenchmark.class.getSimpleName())
        .param("articles", String.valueOf(steadyArticles))
        .jvmArgsAppend(forwarded.toArray(String[]::new));
    if (Boolean.getBoolean(QUICK)) {
      options.warmupIterations(1).measurementIterations(1)
          .warmupTime(TimeValue.seconds(1)).measurementTime(TimeValue.seconds(1));
    }
    Collection<RunResult> results = new Runner(options.build()).run();
    Map<String, Double> extraction = new HashMap<>();
    double steadySeconds = Double.NaN;
    for (RunResult r : results) {
      String name = r.getParams().getBenchmark();
      String method = name.substring(name.lastIndexOf('.') + 1);
      double score = r.getPrimaryResult().getScore();
      if (name.contains("ExtractionBenchmark")) {
        extraction.put(method, score * corpusMb);
      } else {
        steadySeconds = score;
      }
    }
    int cores = Runtime.getRuntime().availableProcessors();
    System.out.println();
    System.out.printf(Locale.ROOT, "Date %s; machine: %d cores, %s %s%n",
        LocalDate.now(ZoneOffset.UTC), cores, System.getProperty("java.vm.name"),
        System.getProperty("java.version"));
    System.out.println("Corpus: " + extractionCorpus.label() + "; replicated, seed "
        + BenchCorpus.SEED);
    System.out.println();

    Map<String, Long> claims = claimsPerKind(extractionCorpus.articles());
    double kb = extractionCorpus.bytes() / 1000.0;
    double floor = extraction.getOrDefault("floorDecodeAndRegex", Double.NaN);
    System.out.printf(Locale.ROOT, "| extraction, one core, %d articles (%.1f MB) | MB/s | "
        + "floor / this | claims per KB |%n", extractionCorpus.articles().size(), corpusMb);
    System.out.println("|---|---|---|---|");
    for (String k : List.of("floorDecode", "floorDecodeAndRegex", "quantities", "names", "quotes",
        "allKinds")) {
      double mbs = extraction.getOrDefault(k, Double.NaN);
      Long n = claims.get(k);
      System.out.printf(Locale.ROOT, "| %s | %.2f | %.1f | %s |%n", k, mbs, floor / mbs,
          n == null ? "-" : String.format(Locale.ROOT, "%.1f", n / kb));
    }
    System.out.println();

    double steadyMb = steadyCorpus.bytes() / 1e6;
    System.out.println("| scan, steady state (JMH, warm, in process) | MB | s per scan "
        + "| MB/s per core | articles/s | claims per KB |");
    System.out.println("|---|---|---|---|---|---|");
    System.out.printf(Locale.ROOT, "| %d articles | %.1f | %.3f | %.2f | %.0f | %.1f |%n",
        steadyArticles, steadyMb, steadySeconds, steadyMb / steadySeconds / cores,
        steadyArticles / steadySeconds,
        claimsPerKind(steadyCorpus.articles()).get("allKinds") / (steadyMb * 1000));
    System.out.println();

    String heap = System.getProperty(HEAP, "1g");
    int timeout = BenchCorpus.property(TIMEOUT, 1800);
    System.out.println("| scan, cold whole JVM, -Xmx" + heap + " | MB | claims per KB "
        + "| events (largest) | scan s | MB/s per core | MB per CPU s | articles/s "
        + "| warm MB/s per core | JSON s, streamed within the scan "
        + "| largest heap after a collection MB | of it corpus MB "
        + "| scan heap per article KB |");
    System.out.println("|---|---|---|---|---|---|---|---|---|---|---|---|---|");
    for (String size : System.getProperty(SIZES, "1000,10000,100000").split(",")) {
      int n = Integer.parseInt(size.trim());
      System.out.println(coldRow(n, heap, timeout, forwarded));
    }
  }

  /** The system properties the forked JVMs need to build the same corpus. */
  private static List<String> forwardedProperties() {
    List<String> out = new ArrayList<>();
    for (String p : List.of(RealTextCorpus.TEXTS_PROPERTY,
        ExtractionBenchmark.ARTICLES_PROPERTY, BenchCorpus.DAYS_PROPERTY)) {
      String v = System.getProperty(p);
      if (v != null) {
        out.add("-D" + p + "=" + v);
      }
    }
    return out;
  }

  /** Claims per kind (and all kinds) over the extraction corpus, once, untimed. */
  private static Map<String, Long> claimsPerKind(List<Article> corpus) {
    Map<String, ClaimExtractor<?>> kinds = new LinkedHashMap<>();
    kinds.put("quantities", new QuantityExtractor());
    kinds.put("names", new NameExtractor());
    kinds.put("quotes", new QuoteExtractor());
    Map<String, Long> out = new HashMap<>();
    long all = 0;
    for (Map.Entry<String, ClaimExtractor<?>> k : kinds.entrySet()) {
      long n = corpus.stream().mapToLong(a -> k.getValue().extract(a).size()).sum();
      out.put(k.getKey(), n);
      all += n;
    }
    out.put("allKinds", all);
    return out;
  }

  /** One cold scan in its own JVM, as a table row; out of memory and time-outs say so. */
  private static String coldRow(int n, String heap, int timeout, List<String> forwarded)
      throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx" + heap));
    command.addAll(forwarded);
    command.addAll(List.of("-cp", System.getProperty("java.class.path"),
        ScanRun.class.getName(), String.valueOf(n)));
    Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
    List<String> lines = new ArrayList<>();
    Thread reader = new Thread(() -> {
      try (BufferedReader r = new BufferedReader(
          new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
        for (String line = r.readLine(); line != null; line = r.readLine()) {
          synchronized (lines) {
            lines.add(line);
          }
        }
      } catch (IOException e) {
        // the process was ended: what it printed so far is kept
      }
    });
    reader.start();
    if (!p.waitFor(timeout, TimeUnit.SECONDS)) {
      p.destroyForcibly().waitFor();
      reader.join();
      return String.format(Locale.ROOT, "| %d articles | not finished in %d s (-Xmx%s) |", n,
          timeout, heap);
    }
    reader.join();
    Map<String, String> v = new HashMap<>();
    for (String line : lines) {
      if (line.startsWith("OUT_OF_MEMORY")) {
        return String.format(Locale.ROOT, "| %d articles | out of memory in -Xmx%s while %s |",
            n, heap, line.substring(line.indexOf("phase=") + 6).replace('_', ' '));
      }
      if (line.startsWith("RESULT ")) {
        for (String kv : line.substring(7).split(" ")) {
          v.put(kv.substring(0, kv.indexOf('=')), kv.substring(kv.indexOf('=') + 1));
        }
      }
    }
    if (v.isEmpty()) {
      return String.format(Locale.ROOT, "| %d articles | failed: %s |", n,
          String.join(" / ", lines.subList(Math.max(0, lines.size() - 3), lines.size())));
    }
    double mb = Long.parseLong(v.get("bytes")) / 1e6;
    double scan = Double.parseDouble(v.get("scan"));
    double warm = Double.parseDouble(v.get("warm"));
    int c = Integer.parseInt(v.get("cores"));
    long peak = Long.parseLong(v.get("afterGc"));
    long corpus = Long.parseLong(v.get("corpusHeap"));
    return String.format(Locale.ROOT,
        "| %d articles%s | %.1f | %.1f | %s (%s) | %.2f | %.2f | %.2f | %.0f | %s | %.2f | %d | %d "
            + "| %.1f |",
        n, Boolean.parseBoolean(v.get("real")) ? "" : " (SYNTHETIC)", mb,
        Long.parseLong(v.get("claims")) / (mb * 1000), v.get("events"), v.get("largest"), scan,
        mb / scan / c, mb / Double.parseDouble(v.get("cpu")), n / scan,
        Double.isNaN(warm) ? "-" : String.format(Locale.ROOT, "%.2f", mb / warm / c),
        Double.parseDouble(v.get("json")), peak >> 20, corpus >> 20,
        (peak - corpus) / 1024.0 / n);
  }
}
