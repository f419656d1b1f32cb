package io.github.claimconflict.bench;

import com.sun.management.GarbageCollectionNotificationInfo;
import io.github.claimconflict.Article;
import io.github.claimconflict.ConflictDetector;
import io.github.claimconflict.ScanProgress;
import io.github.claimconflict.report.Conflict;
import io.github.claimconflict.report.JsonReport;
import io.github.claimconflict.report.ScanConsumer;
import io.github.claimconflict.report.ScanReport;
import io.github.claimconflict.report.ScannedArticle;
import io.github.claimconflict.scope.Event;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.List;
import java.util.Locale;
import javax.management.NotificationEmitter;
import javax.management.openmbean.CompositeData;

/**
 * One cold scan in a fresh JVM, as a user's process would run it: builds the corpus, holds it as
 * {@link CompactArticles} (UTF-8 bytes, each article made anew when the scan asks), scans it
 * while streaming its JSON report to nowhere, and prints one {@code RESULT} line for
 * {@link PerformanceReport}: bytes, claims, events, timings and the heap. Corpora of at most
 * 2,000 articles are scanned a second time, warm. An {@code OUT_OF_MEMORY} line says in which
 * phase the heap ran out.
 */
public final class ScanRun {

  private ScanRun() {}

  /** A report writer that times itself: the JSON time inside a streamed scan. */
  private static final class Timed implements ScanConsumer {
    private final ScanConsumer to;
    long nanos;
    ScanReport head;

    Timed(ScanConsumer to) {
      this.to = to;
    }

    @Override
    public void scanned(ScanReport withoutConflicts) {
      long t = System.nanoTime();
      head = withoutConflicts;
      phase = "comparing and writing the JSON report";
      to.scanned(withoutConflicts);
      nanos += System.nanoTime() - t;
    }

    @Override
    public void conflicts(Event event, List<Conflict> conflicts) {
      long t = System.nanoTime();
      to.conflicts(event, conflicts);
      nanos += System.nanoTime() - t;
    }

    @Override
    public void finished() {
      long t = System.nanoTime();
      to.finished();
      nanos += System.nanoTime() - t;
    }
  }

  /**
   * The largest heap left after a collection during the scan: an upper bound of its live heap
   * (a young collection leaves the old generation's garbage), where the pools' peaks add up
   * moments apart and can exceed the heap.
   */
  private static volatile long largestAfterCollection;

  private static void watchCollections() {
    // A collection reports every pool, the class metadata and compiled code among them.
    java.util.Set<String> heap = new java.util.HashSet<>();
    ManagementFactory.getMemoryPoolMXBeans().stream()
        .filter(p -> p.getType() == MemoryType.HEAP).forEach(p -> heap.add(p.getName()));
    for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
      if (gc instanceof NotificationEmitter emitter) {
        emitter.addNotificationListener((n, handback) -> {
          if (n.getType().equals(GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION)) {
            long after = GarbageCollectionNotificationInfo.from((CompositeData) n.getUserData())
                .getGcInfo().getMemoryUsageAfterGc().entrySet().stream()
                .filter(e -> heap.contains(e.getKey())).mapToLong(e -> e.getValue().getUsed())
                .sum();
            synchronized (ScanRun.class) {
              largestAfterCollection = Math.max(largestAfterCollection, after);
            }
          }
        }, null, null);
      }
    }
  }

  /** The phase the run is in, for the out-of-memory line. */
  private static volatile String phase = "building the corpus";

  public static void main(String[] args) throws IOException {
    int count = Integer.parseInt(args[0]);
    watchHeap(count);
    try {
      BenchCorpus corpus = BenchCorpus.of(count);
      long bytes = corpus.bytes();
      boolean real = corpus.real();
      // Held as a file-backed list would hold them: the scan reaches articles by place and
      // keeps none, so the heap it needs is this list and its own state.
      List<Article> articles = new CompactArticles(corpus.articles());
      corpus = null;
      long corpusHeap = settledHeap();
      List<MemoryPoolMXBean> pools = ManagementFactory.getMemoryPoolMXBeans().stream()
          .filter(p -> p.getType() == MemoryType.HEAP).toList();
      pools.forEach(MemoryPoolMXBean::resetPeakUsage);
      largestAfterCollection = 0;
      watchCollections();
      phase = "scanning";
      long c0 = cpuNanos();
      long t0 = System.nanoTime();
      // Streamed as a user's report is: each event's conflicts written, then let go.
      Timed json = new Timed(JsonReport.streaming(OutputStream.nullOutputStream(), true));
      ConflictDetector.builder().build().scan(articles, ScanProgress.NONE, json);
      long t1 = System.nanoTime();
      long c1 = cpuNanos();
      double jsonSeconds = json.nanos / 1e9; // overlapped with comparing, not added to it
      long peak = pools.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
      long afterGc = largestAfterCollection;
      ScanReport report = json.head;
      long claims = report.articles().stream().mapToLong(ScannedArticle::claims).sum();
      int largest = report.events().stream().mapToInt(e -> e.articles().size()).max().orElse(0);
      List<Event> events = report.events();
      double warm = Double.NaN;
      if (count <= 2_000) {
        phase = "scanning again, warm";
        report = null;
        json = null;
        long w0 = System.nanoTime();
        ConflictDetector.withDefaults().scan(articles);
        warm = (System.nanoTime() - w0) / 1e9;
      }
      System.out.printf(Locale.ROOT,
          "RESULT articles=%d bytes=%d claims=%d events=%d largest=%d scan=%.3f cpu=%.3f "
              + "json=%.3f warm=%.3f peak=%d afterGc=%d corpusHeap=%d cores=%d real=%b%n",
          count, bytes, claims, events.size(), largest, (t1 - t0) / 1e9, (c1 - c0) / 1e9,
          jsonSeconds, warm,
          peak, afterGc, corpusHeap, Runtime.getRuntime().availableProcessors(), real);
    } catch (OutOfMemoryError e) {
      System.out.println("OUT_OF_MEMORY articles=" + count + " phase=" + phase.replace(' ', '_'));
    }
  }

  /**
   * Ends the run as out of memory when the old generation stays full after collections: a JVM
   * whose heap is too small can collect for many minutes before it throws.
   */
  private static void watchHeap(int count) {
    List<MemoryPoolMXBean> old = ManagementFactory.getMemoryPoolMXBeans().stream()
        .filter(p -> p.getType() == MemoryType.HEAP && p.isCollectionUsageThresholdSupported()
            && p.getName().contains("Old"))
        .toList();
    long max = Runtime.getRuntime().maxMemory();
    Thread watch = new Thread(() -> {
      int full = 0;
      while (true) {
        try {
          Thread.sleep(500);
        } catch (InterruptedException e) {
          return;
        }
        long afterCollection = old.stream().mapToLong(p -> p.getCollectionUsage().getUsed()).sum();
        full = afterCollection > max * 0.95 ? full + 1 : 0;
        if (full >= 20) { // ten seconds of a heap that collections no longer free
          System.out.println("OUT_OF_MEMORY articles=" + count + " phase="
              + phase.replace(' ', '_') + " (heap still full after collections)");
          System.out.flush();
          Runtime.getRuntime().halt(3);
        }
      }
    }, "heap-watch");
    watch.setDaemon(true);
    watch.start();
  }

  /**
   * The process's CPU time: on a shared machine, MB per CPU second says what a core does when
   * the wall clock is stretched by other work.
   */
  private static long cpuNanos() {
    return ManagementFactory.getOperatingSystemMXBean()
        instanceof com.sun.management.OperatingSystemMXBean os ? os.getProcessCpuTime() : -1;
  }

  /** The heap in use once garbage is collected: here, the corpus itself. */
  private static long settledHeap() {
    for (int i = 0; i < 3; i++) {
      System.gc();
    }
    return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
  }
}
