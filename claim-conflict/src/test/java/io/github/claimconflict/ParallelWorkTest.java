package io.github.claimconflict;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class ParallelWorkTest {

  private static final List<Integer> ITEMS = IntStream.range(0, 500).boxed().toList();

  @Test
  void handsResultsOverInOrderEvenWhenEarlyItemsAreSlow() throws InterruptedException {
    ExecutorService pool = Executors.newFixedThreadPool(3);
    try {
      List<Integer> seen = Collections.synchronizedList(new ArrayList<>());
      AtomicInteger inSink = new AtomicInteger();
      ParallelWork.on(pool).forEachOrdered(ITEMS, i -> {
        if (i % 97 == 0) {
          sleep(20); // a large event among small ones
        }
        return i * 2;
      }, r -> {
        assertThat(inSink.incrementAndGet()).isEqualTo(1); // one thread at a time
        seen.add(r);
        inSink.decrementAndGet();
      });
      assertThat(seen).isEqualTo(ITEMS.stream().map(i -> i * 2).toList());
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void worksWhenTheExecutorRunsNothing() {
    List<Integer> seen = new ArrayList<>();
    ParallelWork.on(r -> { }).forEachOrdered(ITEMS, i -> i + 1, seen::add);
    assertThat(seen).isEqualTo(ITEMS.stream().map(i -> i + 1).toList());
  }

  @Test
  void rethrowsTheFirstFailure() {
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      assertThatThrownBy(() -> ParallelWork.on(pool).forEachOrdered(ITEMS, i -> {
        if (i == 300) {
          throw new IllegalArgumentException("item 300");
        }
        return i;
      }, r -> { })).hasMessage("item 300");
    } finally {
      pool.shutdownNow();
    }
  }

  private static void sleep(long ms) {
    try {
      Thread.sleep(ms);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
