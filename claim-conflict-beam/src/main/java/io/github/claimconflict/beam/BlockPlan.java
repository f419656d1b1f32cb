package io.github.claimconflict.beam;

import java.util.HashMap;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

/**
 * Cuts a corpus into blocks of consecutive days, from how many articles each day has: the first
 * step of forming events at scale. A block no larger than a worker's cap is scoped whole; a larger
 * one is cut by names first ({@link EntityBlocks}).
 *
 * <p>A block ends where no article is dated for more than {@code gapDays} days: the scoper never
 * joins events that far apart, so such a cut changes no event (unless an article's text places its
 * story that long before its publication date). A block that reaches {@code maxArticles} also
 * ends at the next day, which bounds what the plan by names holds (ids and name keys, no texts); a
 * story running across that cut is then reported as two events. A corpus of at most {@code
 * wholeArticles} (a worker's cap) is one block, undated articles included. In a larger corpus the undated articles
 * (no publication date, no dateline) are blocks of their own, by a hash of their id.
 */
final class BlockPlan {

  /** The day key of an article with no date; undated blocks are numbered from -1 down. */
  static final long UNDATED = Long.MIN_VALUE;

  private final NavigableMap<Long, Long> blockFrom; // first day of each block -> block number
  private final Map<Long, Long> sizes; // block number -> its articles (undated: the most likely)
  private final boolean single;
  private final long undatedBlocks;

  private BlockPlan(NavigableMap<Long, Long> blockFrom, Map<Long, Long> sizes, boolean single,
      long undatedBlocks) {
    this.blockFrom = blockFrom;
    this.sizes = sizes;
    this.single = single;
    this.undatedBlocks = undatedBlocks;
  }

  /**
   * The plan for articles counted per day (epoch day; {@link #UNDATED} for undated articles): one
   * block where they are at most {@code wholeArticles}, else blocks cut at pauses and where a
   * block reaches {@code maxArticles}.
   */
  static BlockPlan of(Map<Long, Long> perDay, long wholeArticles, long maxArticles,
      int gapDays) {
    long total = perDay.values().stream().mapToLong(Long::longValue).sum();
    TreeMap<Long, Long> from = new TreeMap<>();
    Map<Long, Long> sizes = new HashMap<>();
    if (total <= wholeArticles) {
      sizes.put(0L, total);
      return new BlockPlan(from, sizes, true, 1);
    }
    long block = 0;
    long inBlock = 0;
    Long previous = null;
    for (Map.Entry<Long, Long> day : new TreeMap<>(perDay).entrySet()) {
      long d = day.getKey();
      if (d == UNDATED) {
        continue;
      }
      if (previous == null || d - previous > gapDays || inBlock >= maxArticles) {
        from.put(d, block++);
        inBlock = 0;
      }
      inBlock += day.getValue();
      sizes.merge(block - 1, day.getValue(), Long::sum);
      previous = d;
    }
    long undated = perDay.getOrDefault(UNDATED, 0L);
    long undatedBlocks = Math.max(1, (undated + maxArticles - 1) / maxArticles);
    for (long b = 1; b <= undatedBlocks; b++) {
      sizes.put(-b, (undated + undatedBlocks - 1) / undatedBlocks);
    }
    return new BlockPlan(from, sizes, false, undatedBlocks);
  }

  /** How many articles the block holds (for an undated one, its share of the undated). */
  long size(long block) {
    return sizes.getOrDefault(block, 0L);
  }

  /** The block of an article dated {@code epochDay} ({@link #UNDATED} if undated), with its id. */
  long blockOf(long epochDay, String articleId) {
    if (single) {
      return 0;
    }
    if (epochDay == UNDATED) {
      return -1 - Math.floorMod(articleId.hashCode(), undatedBlocks);
    }
    Map.Entry<Long, Long> e = blockFrom.floorEntry(epochDay);
    return e == null ? 0 : e.getValue();
  }
}
