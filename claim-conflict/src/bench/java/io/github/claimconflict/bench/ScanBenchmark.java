package io.github.claimconflict.bench;

import io.github.claimconflict.Article;
import io.github.claimconflict.ConflictDetector;
import io.github.claimconflict.report.ScanReport;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The whole {@code scan} in steady state: warm, in process, on every core, over the benchmark
 * corpus ({@link BenchCorpus}). Cold whole-JVM runs of larger corpora, with their heap, are
 * {@link ScanRun}'s.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 3, time = 3)
@Fork(value = 1, jvmArgsAppend = {"-Xmx2g"})
public class ScanBenchmark {

  @Param({"1000"})
  public int articles;

  private List<Article> corpus;

  @Setup(Level.Trial)
  public void setup() {
    corpus = BenchCorpus.of(articles).articles();
  }

  @Benchmark
  public ScanReport scan() {
    return ConflictDetector.withDefaults().scan(corpus);
  }
}
