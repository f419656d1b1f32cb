package io.github.claimconflict.scope.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class PairCountsTest {

  @Test
  void countsEveryPairAsAMapWould() {
    Random random = new Random(7);
    PairCounts counts = new PairCounts();
    Map<Long, Integer> expected = new TreeMap<>();
    for (int k = 0; k < 20_000; k++) {
      int a = random.nextInt(300);
      int b = random.nextInt(300);
      if (a == b) {
        continue;
      }
      long key = PairCounts.key(a, b);
      counts.increment(key);
      expected.merge(key, 1, Integer::sum);
    }
    long[] pairs = counts.pairs();
    assertArrayEquals(expected.keySet().stream().mapToLong(Long::longValue).toArray(), pairs);
    for (long p : pairs) {
      assertEquals(expected.get(p), counts.countOf(p));
      assertEquals(Math.min(PairCounts.first(p), PairCounts.second(p)), PairCounts.first(p));
    }
    assertEquals(0, counts.countOf(PairCounts.key(1000, 1001)));
  }
}
