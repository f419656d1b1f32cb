package io.github.claimconflict.scope.internal;

import io.github.claimconflict.Article;
import io.github.claimconflict.extract.Shingles;
import io.github.claimconflict.scope.Dependency;
import io.github.claimconflict.text.UnionFind;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds articles that copy each other or a common wire: they share long passages word for word.
 * Each article's text (boilerplate left out) is cut into overlapping runs of {@value #SHINGLE}
 * words, hashed with Guava's Murmur3, leaving out runs wholly inside a quotation; two articles depend on each other when they share at least
 * {@value #MIN_SHARED} runs (a passage of some 25 words), or a fifth of the smaller one's. Their
 * agreement is then one voice, not two.
 */
public final class SourceDependence {

  static final int SHINGLE = Shingles.LENGTH;
  static final int MIN_SHARED = 20;
  static final double MIN_SHARE = 0.2;
  /** A run found in more articles than this is a stock phrase, not a copied passage. */
  static final int MAX_POSTINGS = 50;

  private SourceDependence() {}

  /**
   * The dependent pairs among the articles, ordered by id.
   *
   * @param articles the articles
   * @return the pairs that share passages, ordered by first id then second
   */
  public static List<Dependency> find(List<Article> articles) {
    Map<String, int[]> fingerprints = new HashMap<>();
    articles.forEach(a -> fingerprints.put(a.id(), Shingles.fingerprint(a.text())));
    return find(fingerprints);
  }

  /**
   * The dependent pairs among articles given by their {@link Shingles#fingerprint}s, ordered by id.
   * Candidates come from an index of shared runs, so articles that share none are never compared.
   *
   * @param fingerprints for each article id, its fingerprint
   * @return the pairs that share passages, ordered by first id then second
   */
  public static List<Dependency> find(Map<String, int[]> fingerprints) {
    return find(fingerprints, MAX_SLICE);
  }

  /** As {@link #find(Map)}, with at most {@code maxSlice} postings held at once. */
  static List<Dependency> find(Map<String, int[]> fingerprints, int maxSlice) {
    List<String> ids = new ArrayList<>(fingerprints.keySet());
    ids.sort(Comparator.naturalOrder());
    // Every (run, article) as one long, sorted: the articles sharing a run lie together, in
    // index order, at eight bytes a posting instead of a map of boxed lists. A large scan takes
    // the runs' hashes in slices, so that the postings held at once stay bounded.
    long total = 0;
    for (String id : ids) {
      total += fingerprints.get(id).length;
    }
    int slices = (int) Math.max(1, (total + maxSlice - 1) / maxSlice);
    long width = ((1L << 32) + slices - 1) / slices;
    // A pair depends only if it shares at least MIN_COUNTED runs. A scan of many slices first
    // counts its pairs in a sketch of saturating counters that never fall below a pair's count,
    // then counts exactly only the pairs whose counter reached that: the same pairs, without
    // holding the millions that share a stock phrase or two.
    byte[] sketch = slices > 1 ? new byte[sketchSize(total)] : null;
    if (sketch != null) {
      int mask = sketch.length - 1;
      for (int s = 0; s < slices; s++) {
        countShared(slice(ids, fingerprints, s, width), pair -> {
          int at = sketchSlot(pair, mask);
          if (sketch[at] < MIN_COUNTED) {
            sketch[at]++;
          }
        });
      }
    }
    PairCounts sharedCounts = new PairCounts();
    for (int s = 0; s < slices; s++) {
      countShared(slice(ids, fingerprints, s, width), pair -> {
        if (sketch == null || sketch[sketchSlot(pair, sketch.length - 1)] >= MIN_COUNTED) {
          sharedCounts.increment(pair);
        }
      });
    }
    List<Dependency> out = new ArrayList<>();
    for (long pair : sharedCounts.pairs()) {
      int i = PairCounts.first(pair);
      int j = PairCounts.second(pair);
      int shared = sharedCounts.countOf(pair);
      int smaller = Math.min(fingerprints.get(ids.get(i)).length,
          fingerprints.get(ids.get(j)).length);
      double share = shared / (double) smaller;
      if (shared >= MIN_SHARED || (share >= MIN_SHARE && shared >= SHINGLE)) {
        out.add(new Dependency(ids.get(i), ids.get(j), Math.round(share * 1000) / 1000.0));
      }
    }
    // One comparator, not a chain: each lambda is linked on its first run.
    out.sort((x, y) -> {
      int c = x.first().compareTo(y.first());
      return c != 0 ? c : x.second().compareTo(y.second());
    });
    return out;
  }

  /** Postings held at once by {@link #find(Map)}: 32 MB of longs. */
  private static final int MAX_SLICE = 1 << 22;

  /** Runs two articles must share to depend, by either test of {@link #find(Map)}. */
  static final int MIN_COUNTED = Math.min(MIN_SHARED, SHINGLE);

  /** The postings of slice {@code s}: each (run, article) whose run's hash falls in it, sorted. */
  private static long[] slice(List<String> ids, Map<String, int[]> fingerprints, int s,
      long width) {
    long lo = Integer.MIN_VALUE + s * width;
    long hi = lo + width; // exclusive
    int size = 0;
    for (String id : ids) {
      for (int h : fingerprints.get(id)) {
        size += h >= lo && h < hi ? 1 : 0;
      }
    }
    long[] postings = new long[size];
    int p = 0;
    for (int i = 0; i < ids.size(); i++) {
      for (int h : fingerprints.get(ids.get(i))) {
        if (h >= lo && h < hi) {
          postings[p++] = ((long) h << 32) | i;
        }
      }
    }
    Arrays.sort(postings);
    return postings;
  }

  /** A counter a posting's worth of bytes, within 4 KB and 64 MB. */
  /** Gives {@code id} the next index if it has none. */
  private static void indexed(Map<String, Integer> index, List<String> all, String id) {
    if (!index.containsKey(id)) {
      index.put(id, all.size());
      all.add(id);
    }
  }

  private static int sketchSize(long postings) {
    long size = Long.highestOneBit(Math.max(1L << 12, Math.min(postings, 1L << 26)) * 2 - 1);
    return (int) size;
  }

  private static int sketchSlot(long pair, int mask) {
    long h = pair * 0x9E3779B97F4A7C15L;
    return (int) (h ^ (h >>> 32)) & mask;
  }

  /** Takes a pair of article indexes, as {@link PairCounts#key}. */
  private interface PairVisitor {
    void visit(long pair);
  }

  /** Visits the pairs of articles of each run found in two to {@link #MAX_POSTINGS} articles. */
  private static void countShared(long[] postings, PairVisitor sharedCounts) {
    for (int from = 0; from < postings.length; ) {
      int to = from + 1;
      while (to < postings.length && (postings[to] >> 32) == (postings[from] >> 32)) {
        to++;
      }
      if (to - from >= 2 && to - from <= MAX_POSTINGS) {
        for (int x = from; x < to; x++) {
          for (int y = x + 1; y < to; y++) {
            sharedCounts.visit(PairCounts.key((int) postings[x], (int) postings[y]));
          }
        }
      }
      from = to;
    }
  }

  /**
   * For each article id, the id of its group of dependent articles: articles linked by copying,
   * directly or through others, share a group, which counts as one independent source.
   *
   * @param ids the article ids
   * @param dependencies the pairs found by {@link #find}
   * @return for every id given or in a dependency, the smallest id of its group
   */
  public static Map<String, String> groups(Iterable<String> ids, List<Dependency> dependencies) {
    // Loops, not lambdas: each lambda is linked on its first run, a small scan's start-up cost.
    Map<String, Integer> index = new HashMap<>();
    List<String> all = new ArrayList<>();
    for (String id : ids) {
      indexed(index, all, id);
    }
    for (Dependency d : dependencies) {
      indexed(index, all, d.first());
      indexed(index, all, d.second());
    }
    UnionFind sets = new UnionFind(all.size());
    for (Dependency d : dependencies) {
      sets.union(index.get(d.first()), index.get(d.second()));
    }
    // Each group goes by its smallest id.
    Map<Integer, String> name = new HashMap<>();
    for (int i = 0; i < all.size(); i++) {
      String had = name.get(sets.find(i));
      if (had == null || all.get(i).compareTo(had) < 0) {
        name.put(sets.find(i), all.get(i));
      }
    }
    Map<String, String> out = new HashMap<>();
    for (int i = 0; i < all.size(); i++) {
      out.put(all.get(i), name.get(sets.find(i)));
    }
    return out;
  }
}
