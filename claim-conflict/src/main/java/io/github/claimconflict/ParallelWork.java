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
    runOnWorkers(executor, Math.min(workers, chunks), work, done);
    rethrow(failure.get());
    @SuppressWarnings("unchecked")
    List<R> results = (List<R>) Collections.unmodifiableList(Arrays.asList(out));
    return results;
  }

  /**
   * {@code f} applied to each item in parallel, each result handed to {@code sink} in the items'
   * order as soon as it and those before it are done, so that the sink (a report writer) works
   * while later items are still computed. The sink is called by one thread at a time. Workers
   * stay at most a few chunks ahead of the sink, so results waiting for a slow item stay few
   * and the heap holds only the items in flight. The first failure is rethrown.
   */
  <T, R> void forEachOrdered(List<T> items, Function<? super T, ? extends R> f,
      java.util.function.Consumer<? super R> sink) {
    int n = items.size();
    if (n == 0) {
      return;
    }
    int chunk = Math.max(1, Math.min(MAX_CHUNK / 8, n / (workers * CHUNKS_PER_WORKER)));
    int chunks = (n + chunk - 1) / chunk;
    int ahead = 2 * workers; // chunks a worker may start beyond the first not yet handed over
    Object[] out = new Object[n];
    boolean[] ready = new boolean[n];
    Object lock = new Object();
    int[] emitted = {0}; // items handed to the sink; guarded by lock
    boolean[] emitting = {false};
    AtomicInteger next = new AtomicInteger();
    CountDownLatch done = new CountDownLatch(chunks);
    AtomicReference<Throwable> failure = new AtomicReference<>();
    Runnable work = () -> {
      for (int c = next.getAndIncrement(); c < chunks; c = next.getAndIncrement()) {
        try {
          synchronized (lock) {
            while (failure.get() == null && c * chunk - emitted[0] >= ahead * chunk) {
              lock.wait();
            }
          }
          if (failure.get() == null) {
            for (int i = c * chunk, end = Math.min(n, i + chunk); i < end; i++) {
              R r = f.apply(items.get(i));
              synchronized (lock) {
                out[i] = r;
                ready[i] = true;
              }
            }
            drain(out, ready, emitted, emitting, lock, sink);
          }
        } catch (Throwable t) {
          failure.compareAndSet(null, t);
          synchronized (lock) {
            lock.notifyAll();
          }
        } finally {
          done.countDown();
        }
      }
    };
    runOnWorkers(executor, Math.min(workers, chunks), work, done);
    Throwable t = failure.get();
    if (t == null) {
      try {
        drain(out, ready, emitted, emitting, lock, sink); // the last results, if a race left any
      } catch (Throwable e) {
        t = e;
      }
    }
    rethrow(t);
  }

  /**
   * Runs {@code work} on up to {@code threads - 1} of the executor's threads and on the caller's,
   * then waits for {@code done}: only chunks a running helper has claimed are left by then. An
   * interrupt while waiting is kept for the caller, never lost.
   */
  private static void runOnWorkers(Executor executor, int threads, Runnable work,
      CountDownLatch done) {
    for (int h = threads - 1; h > 0; h--) {
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
        done.await();
        break;
      } catch (InterruptedException e) {
        interrupted = true;
      }
    }
    if (interrupted) {
      Thread.currentThread().interrupt();
    }
  }

  /** Rethrows a worker's failure as it was, or wrapped when it is checked. */
  private static void rethrow(Throwable t) {
    if (t instanceof RuntimeException r) {
      throw r;
    }
    if (t instanceof Error e) {
      throw e;
    }
    if (t != null) {
      throw new IllegalStateException(t);
    }
  }

  /**
   * Hands over the results that are ready in order. One thread drains at a time; a thread that
   * finds another draining leaves its results to it, and the drainer looks again before it stops.
   */
  @SuppressWarnings("unchecked")
  private static <R> void drain(Object[] out, boolean[] ready, int[] emitted, boolean[] emitting,
      Object lock, java.util.function.Consumer<? super R> sink) {
    while (true) {
      Object r;
      synchronized (lock) {
        if (emitting[0] || emitted[0] == out.length || !ready[emitted[0]]) {
          return;
        }
        emitting[0] = true;
        r = out[emitted[0]];
        out[emitted[0]] = null; // handed over: the heap lets go of it
      }
      try {
        sink.accept((R) r);
      } finally {
        synchronized (lock) {
          emitted[0]++;
          emitting[0] = false;
          lock.notifyAll();
        }
      }
    }
  }
}
