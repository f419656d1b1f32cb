package io.github.claimconflict.scope.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.claimconflict.scope.Dependency;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class SourceDependenceTest {

  /**
   * Fingerprints of many articles: each has runs of its own, a few stock runs that many share,
   * and some pairs copy each other in part, from under the five runs a dependence needs to far
   * over the twenty that make one by themselves.
   */
  private static Map<String, int[]> feed() {
    Random random = new Random(11);
    int[] stock = IntStream.range(0, 40).map(i -> random.nextInt()).toArray();
    Map<String, int[]> out = new LinkedHashMap<>();
    int[] previous = null;
    for (int a = 0; a < 400; a++) {
      int length = 20 + random.nextInt(200);
      int[] runs = new int[length];
      for (int k = 0; k < length; k++) {
        runs[k] = random.nextInt();
      }
      for (int k = 0; k < 3; k++) {
        runs[random.nextInt(length)] = stock[random.nextInt(stock.length)];
      }
      if (previous != null && a % 3 == 0) {
        int copied = Math.min(length, Math.min(previous.length, random.nextInt(40)));
        System.arraycopy(previous, 0, runs, 0, copied);
      }
      out.put(String.format("a%03d", a), IntStream.of(runs).sorted().distinct().toArray());
      previous = runs;
    }
    return out;
  }

  @Test
  void aScanTakenInManySlicesFindsThePairsOneSliceFinds() {
    Map<String, int[]> feed = feed();
    List<Dependency> whole = SourceDependence.find(feed, Integer.MAX_VALUE);
    // Copies of every size were planted: some pairs depend, some share too little.
    assertThat(whole).hasSizeBetween(20, 200);
    int postings = feed.values().stream().mapToInt(f -> f.length).sum();
    for (int slice : new int[] {postings / 2, postings / 7, 1_000}) {
      assertThat(SourceDependence.find(feed, slice)).as("slices of %s postings", slice)
          .isEqualTo(whole);
    }
  }

  @Test
  void copiesArePairsOfArticlesThatShareManyRuns() {
    int[] shared = IntStream.range(0, 30).map(i -> i * 7919).toArray();
    int[] own = IntStream.range(0, 30).map(i -> -1 - i).toArray();
    int[] a = IntStream.concat(Arrays.stream(shared), Arrays.stream(own)).sorted().toArray();
    int[] b = Arrays.stream(shared).map(h -> h).sorted().toArray();
    int[] c = IntStream.range(1_000_000, 1_000_060).toArray();
    List<Dependency> found = SourceDependence.find(Map.of("a", a, "b", b, "c", c));
    assertThat(found).extracting(Dependency::first, Dependency::second)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("a", "b"));
  }
}
