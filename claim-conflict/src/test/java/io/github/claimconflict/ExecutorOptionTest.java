package io.github.claimconflict;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.claimconflict.bench.CorpusGenerator;
import io.github.claimconflict.report.JsonReport;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The caller's executor runs the scan's parallel work; any executor gives the same report. */
class ExecutorOptionTest {

  private static List<Article> corpus;
  private static String expected;

  @BeforeAll
  static void scanOnce() {
    corpus = new CorpusGenerator(11).articles(120);
    expected = JsonReport.write(ConflictDetector.withDefaults().scan(corpus));
  }

  private static ExecutorService pool;

  @AfterAll
  static void stop() {
    if (pool != null) {
      pool.shutdownNow();
    }
  }

  /** The names of the threads the scan read articles on, seen through its progress callback. */
  private static Set<String> readingThreads(ConflictDetector detector) {
    Set<String> threads = ConcurrentHashMap.newKeySet();
    String report = JsonReport.write(detector.scan(corpus,
        (done, total) -> threads.add(Thread.currentThread().getName())));
    assertThat(report).isEqualTo(expected);
    return threads;
  }

  @Test
  void theDefaultUsesNoThreadOfTheCommonPool() {
    assertThat(readingThreads(ConflictDetector.builder().build()))
        .noneMatch(t -> t.startsWith("ForkJoinPool.commonPool"));
  }

  @Test
  void aGivenExecutorRunsTheWorkBesideTheCaller() {
    pool = Executors.newFixedThreadPool(3, r -> new Thread(r, "callers-pool"));
    AtomicInteger tasks = new AtomicInteger();
    ConflictDetector detector = ConflictDetector.builder().executor(r -> {
      tasks.incrementAndGet();
      pool.execute(r);
    }).build();
    Set<String> threads = readingThreads(detector);
    assertThat(tasks).hasPositiveValue();
    assertThat(threads).allMatch(t -> t.equals("callers-pool")
        || t.equals(Thread.currentThread().getName()));
  }

  @Test
  void anExecutorThatRunsNothingOrRefusesEverythingLeavesTheWorkToTheCaller() {
    List<Runnable> neverRun = Collections.synchronizedList(new ArrayList<>());
    assertThat(readingThreads(ConflictDetector.builder().executor(neverRun::add).build()))
        .containsExactly(Thread.currentThread().getName());
    assertThat(neverRun).isNotEmpty();
    assertThat(readingThreads(ConflictDetector.builder().executor(r -> {
      throw new RejectedExecutionException("full");
    }).build())).containsExactly(Thread.currentThread().getName());
  }

  @Test
  void aDirectExecutorScansOnTheCallersThread() {
    assertThat(readingThreads(ConflictDetector.builder().executor(Runnable::run).build()))
        .containsExactly(Thread.currentThread().getName());
  }
}
