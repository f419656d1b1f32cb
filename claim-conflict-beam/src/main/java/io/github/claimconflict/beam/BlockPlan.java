package io.github.claimconflict.beam;

import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

/**
 * Cuts a corpus into blocks of consecutive days, from how many articles each day has: the first
 * step of forming events at scale. The library's scoper then runs on each block alone.
 *
 * <p>A block ends where no article is dated for more than {@code gapDays} days: the scoper never
 * joins events that far apart, so such a cut changes no event (unless an article's text places its
 * story that long before its publication date). A block that reaches
 * {@code maxArticles} also ends at the next day, so that no worker holds more than about that
 * many articles; a story running across that cut is then reported as two events, which is the
 * price of a bounded worker. A corpus of at most {@code maxArticles} is one block, undated
 * articles included, and so gives exactly the library's report. In a larger corpus the undated
 * articles (no publication date, no dateline) are blocks of their own, by a hash of their id.
 */
final class BlockPlan {

  /** The day key of an article with no date; undated blocks are numbered from -1 down. */
  static final long UNDATED = Long.MIN_VALUE;

  private final NavigableMap<Long, Long> blockFrom; // first day of each block -> block number
  private final boolean single;
  private final long undatedBlocks;

  private BlockPlan(NavigableMap<Long, Long> blockFrom, boolean single, long undatedBlocks) {
    this.blockFrom = blockFrom;
    this.single = single;
    this.undatedBlocks = undatedBlocks;
  }

  /**
   * The plan for articles counted per day (epoch day; {@link #UNDATED} for undated articles).
   */
  static BlockPlan of(Map<Long, Long> perDay, int maxArticles, int gapDays) {
    long total = perDay.values().stream().mapToLong(Long::longValue).sum();
    TreeMap<Long, Long> from = new TreeMap<>();
    if (total <= maxArticles) {
      return new BlockPlan(from, true, 1);
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
      previous = d;
    }
    long undated = perDay.getOrDefault(UNDATED, 0L);
    return new BlockPlan(from, false, Math.max(1, (undated + maxArticles - 1) / maxArticles));
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
