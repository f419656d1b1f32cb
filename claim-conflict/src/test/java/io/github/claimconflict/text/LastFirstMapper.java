package io.github.claimconflict.text;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;

/**
 * A mapper for tests of parallel stages: each item on a pool thread, the last submitted first, so
 * that a stage whose result depended on the order of its work would show it.
 */
public final class LastFirstMapper implements Mapper, AutoCloseable {

  private final ExecutorService pool = Executors.newFixedThreadPool(3);

  @Override
  public <T, R> List<R> map(List<T> items, Function<? super T, ? extends R> f) {
    List<Future<R>> futures = new ArrayList<>();
    for (int i = items.size() - 1; i >= 0; i--) {
      T item = items.get(i);
      futures.add(0, pool.submit(() -> f.apply(item)));
    }
    List<R> out = new ArrayList<>();
    for (Future<R> r : futures) {
      try {
        out.add(r.get());
      } catch (Exception e) {
        throw new IllegalStateException(e);
      }
    }
    return out;
  }

  @Override
  public void close() {
    pool.shutdownNow();
  }
}
