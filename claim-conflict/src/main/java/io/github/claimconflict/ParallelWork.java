package io.github.claimconflict;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;

/**
 * Maps a list in parallel on an {@link Executor}, keeping the input's order. The caller claims
 * chunks like any helper, so the work finishes even when the executor runs none of the helpers
 * (saturated, single-threaded, or the caller is one of its threads).
 */
final class ParallelWork {

  private static final int CORES = Runtime.getRuntime().availableProcessors();

  /** Chunks per worker: enough to even out articles and events of very different sizes. */
  private static final int CHUNKS_PER_WORKER = 8;
  /** At most this many items a chunk, so the last chunks of a large scan end close together. */
  private static final int MAX_CHUNK = 64;

  private final Executor executor;
  private final int workers;

  private ParallelWork(Executor executor, int workers) {
    this.executor = executor;
    this.workers = Math.max(1, workers);
  }

  /** On the caller's executor, with as many workers as it has threads (else as cores). */
  static ParallelWork on(Executor executor) {
    int threads = CORES;
    if (executor instanceof ForkJoinPool f) {
      threads = f.getParallelism();
    } else if (executor instanceof ThreadPoolExecutor t) {
      threads = t.getMaximumPoolSize();
    }
    return new ParallelWork(executor, threads);
  }

  /** On the library's own pool: the caller and one daemon thread per further core. */
  static ParallelWork allCores() {
    return new ParallelWork(DefaultPool.POOL, CORES);
  }

  /** Created on first use, so a detector that never scans in parallel starts no threads. */
  private static final class DefaultPool {
    static final ExecutorService POOL = Executors.newFixedThreadPool(Math.max(1, CORES - 1),
        new ThreadFactory() {
          private final AtomicInteger n = new AtomicInteger();

          @Override
          public Thread newThread(Runnable r) {
            Thread t = new Thread(r, "claim-conflict-" + n.incrementAndGet());
            t.setDaemon(true); // a scan's helpers never keep a program alive
            return t;
          }
        });
  }

  /** {@code f} applied to each item, in the items' order; the first failure is rethrown. */
  <T, R> List<R> map(List<T> items, Function<? super T, ? extends R> f) {
    int n = items.size();
    Object[] out = new Object[n];
    if (n == 0) {
      return List.of();
    }
    int chunk = Math.max(1, Math.min(MAX_CHUNK, n / (workers * CHUNKS_PER_WORKER)));
    int chunks = (n + chunk - 1) / chunk;
    AtomicInteger next = new AtomicInteger();
    CountDownLatch done = new CountDownLatch(chunks);
    AtomicReference<Throwable> failure = new AtomicReference<>();
    Runnable work = () -> {
      for (int c = next.getAndIncrement(); c < chunks; c = next.getAndIncrement()) {
        try {
          if (failure.get() == null) {
            for (int i = c * chunk, end = Math.min(n, i + chunk); i < end; i++) {
              out[i] = f.apply(items.get(i));
            }
          }
        } catch (Throwable t) {
          failure.compareAndSet(null, t);
        } finally {
          done.countDown();
        }
      }
    };
    for (int h = Math.min(workers, chunks) - 1; h > 0; h--) {
      try {
        executor.execute(work);
      } catch (RejectedExecutionException e) {
        break; // the caller does the rest
      }
    }
    work.run();
    boolean interrupted = false;
    while (true) {
      try {
        done.await(); // only chunks a running helper has claimed are left
        break;
      } catch (InterruptedException e) {
        interrupted = true;
      }
    }
    if (interrupted) {
      Thread.currentThread().interrupt();
    }
    Throwable t = failure.get();
    if (t instanceof RuntimeException r) {
      throw r;
    }
    if (t instanceof Error e) {
      throw e;
    }
    if (t != null) {
      throw new IllegalStateException(t);
    }
    @SuppressWarnings("unchecked")
    List<R> results = (List<R>) Collections.unmodifiableList(Arrays.asList(out));
    return results;
  }
}
