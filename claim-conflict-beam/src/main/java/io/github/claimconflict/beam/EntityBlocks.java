package io.github.claimconflict.beam;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.beam.sdk.coders.AtomicCoder;

/**
 * Cuts a block of days that holds more articles than one worker should scope into parts by the
 * names its articles share, so that a part holds whole stories rather than whole days.
 *
 * <p>Two articles are linked when they share a name key (a word of a name, its transliteration
 * folded) and are at most {@code gapDays} apart, the longest pause the plan by days trusts; the
 * parts are the connected articles, packed in date order into parts of at most {@code
 * maxArticles}. The scoper joins articles only through names they share (or near-copies, which
 * share them too), so a story is never cut, with three exceptions it cannot see from here: a name
 * common around an article is no link for it (as in the scoper: in at least {@value
 * #COMMON_ARTICLES} articles and {@value #COMMON_SHARE} of those within the window), two spellings
 * of a one-word name the scoper reads as one, and articles naming nothing. A linked group larger
 * than {@code maxArticles} is cut at day boundaries, as the plan by days does. Undated articles
 * link among themselves only, and a group of them is cut where it reaches the cap: linked to
 * every day that shares a name, they would join a block's stories into one (the fourth
 * exception: an undated article is scoped apart from the dated story it tells).
 */
final class EntityBlocks {

  /** As the scoper's: a name this frequent near an article identifies nothing for it. */
  static final int COMMON_ARTICLES = 25;
  static final double COMMON_SHARE = 0.2;

  /**
   * One article of the block: its id, its day (epoch day), the keys of its names, and the keys
   * of their endings, which stand for a name only where another article names it alone.
   */
  record Keyed(String id, long day, List<String> names, List<String> endings) {
    Keyed {
      names = List.copyOf(names);
      endings = List.copyOf(endings);
    }
  }

  /** Field by field, as the other coders. */
  static final class KeyedCoder extends AtomicCoder<Keyed> {
    static final KeyedCoder INSTANCE = new KeyedCoder();
    private static final long serialVersionUID = 1L;

    @Override
    public void encode(Keyed k, OutputStream stream) throws IOException {
      DataOutputStream out = Wire.out(stream);
      Wire.string(out, k.id());
      out.writeLong(k.day());
      Wire.list(out, k.names(), Wire::string);
      Wire.list(out, k.endings(), Wire::string);
      out.flush();
    }

    @Override
    public Keyed decode(InputStream stream) throws IOException {
      DataInputStream in = Wire.in(stream);
      return new Keyed(Wire.string(in), in.readLong(), Wire.list(in, Wire::string),
          Wire.list(in, Wire::string));
    }

    @Override
    public void verifyDeterministic() {}

    private Object readResolve() {
      return INSTANCE;
    }
  }

  private EntityBlocks() {}

  /**
   * The part of each article id, numbered from 0 in date order.
   *
   * @param articles the block's articles (an id given twice takes the part of its first)
   * @param maxArticles the most articles a part holds, unless one day alone holds more
   * @param windowDays the scoper's window, within which a common name is no link
   * @param gapDays the longest gap across which a shared name links two articles
   */
  static Map<String, Integer> parts(List<Keyed> articles, int maxArticles, int windowDays,
      int gapDays) {
    List<Keyed> sorted = new ArrayList<>(articles);
    sorted.sort(Comparator.comparingLong(Keyed::day).thenComparing(Keyed::id));
    int n = sorted.size();
    long[] days = sorted.stream().mapToLong(Keyed::day).toArray();
    Map<String, List<Integer>> postings = new TreeMap<>();
    for (int i = 0; i < n; i++) {
      for (String k : sorted.get(i).names()) {
        postings.computeIfAbsent(k, x -> new ArrayList<>()).add(i);
      }
    }
    // As in the scope stage, "Maya Tin Lwin" is "Tin Lwin" where an article names Tin Lwin alone.
    for (int i = 0; i < n; i++) {
      for (String k : sorted.get(i).endings()) {
        List<Integer> p = postings.get(k);
        if (p != null) {
          p.add(i);
        }
      }
    }
    postings.values().forEach(p -> p.sort(Comparator.naturalOrder())); // in day order
    int[] parent = new int[n];
    for (int i = 0; i < n; i++) {
      parent[i] = i;
    }
    for (List<Integer> p : postings.values()) {
      // Only the articles for which the name is no common one link.
      long[] at = p.stream().mapToLong(i -> days[i]).toArray();
      int previous = -1;
      for (int x = 0; x < p.size(); x++) {
        int i = p.get(x);
        boolean undated = days[i] == BlockPlan.UNDATED;
        if (!undated && p.size() >= COMMON_ARTICLES) {
          long lo = days[i] - windowDays;
          long hi = days[i] + windowDays;
          int here = count(at, lo, hi);
          if (here >= COMMON_ARTICLES && here > COMMON_SHARE * count(days, lo, hi)) {
            continue;
          }
        }
        // Undated articles come first: they link among themselves, never to dated ones.
        if (previous >= 0 && (undated
            || days[previous] != BlockPlan.UNDATED && days[i] - days[previous] <= gapDays)) {
          union(parent, previous, i);
        }
        previous = i;
      }
    }
    // The linked groups, in order of their first article.
    Map<Integer, List<Integer>> groups = new TreeMap<>();
    Map<Integer, Integer> firstOf = new HashMap<>();
    for (int i = 0; i < n; i++) {
      int root = find(parent, i);
      int first = firstOf.computeIfAbsent(root, r -> groups.size());
      groups.computeIfAbsent(first, f -> new ArrayList<>()).add(i);
    }
    Map<String, Integer> out = new HashMap<>();
    int part = 0;
    int inPart = 0;
    for (List<Integer> g : groups.values()) {
      if (inPart > 0 && inPart + g.size() > maxArticles) {
        part++;
        inPart = 0;
      }
      if (g.size() <= maxArticles) {
        for (int i : g) {
          out.putIfAbsent(sorted.get(i).id(), part);
        }
        inPart += g.size();
        continue;
      }
      // Larger than a part: cut at day boundaries, each part running past the cap to its day's end.
      for (int x = 0; x < g.size(); x++) {
        int i = g.get(x);
        if (inPart >= maxArticles
            && (days[i] != days[g.get(x - 1)] || days[i] == BlockPlan.UNDATED)) {
          part++;
          inPart = 0;
        }
        out.putIfAbsent(sorted.get(i).id(), part);
        inPart++;
      }
      part++;
      inPart = 0;
    }
    return out;
  }

  private static int find(int[] parent, int i) {
    while (parent[i] != i) {
      parent[i] = parent[parent[i]];
      i = parent[i];
    }
    return i;
  }

  private static void union(int[] parent, int a, int b) {
    int x = find(parent, a);
    int y = find(parent, b);
    if (x != y) {
      parent[Math.max(x, y)] = Math.min(x, y);
    }
  }

  /** The number of sorted values within [lo, hi]. */
  private static int count(long[] sorted, long lo, long hi) {
    return lowerBound(sorted, hi + 1) - lowerBound(sorted, lo);
  }

  private static int lowerBound(long[] a, long key) {
    int l = 0;
    int h = a.length;
    while (l < h) {
      int m = (l + h) >>> 1;
      if (a[m] < key) {
        l = m + 1;
      } else {
        h = m;
      }
    }
    return l;
  }
}
