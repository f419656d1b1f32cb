package io.github.claimconflict.eval;

import io.github.claimconflict.report.ConflictKind;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Scores a report's conflicts against a cluster's gold, counting as the development set's
 * reference scorer does:
 *
 * <ul>
 *   <li>conflicts below the gold's minimum confidence are not looked at;
 *   <li>a must item is found when any conflict matches it;
 *   <li>a trap is violated when any conflict matches it;
 *   <li>a conflict is unexpected when it matches no must item, no trap and no optional item.
 * </ul>
 *
 * <p>With a set of kinds, only items and conflicts of those kinds count. Conflicts of a kind the
 * library does not know are counted as unexpected in no kind.
 */
public final class GoldScorer {

  private GoldScorer() {}

  /** Scores every conflict of a report of one cluster. */
  public static Score score(Gold gold, List<ReportConflict> conflicts, Set<ConflictKind> kinds) {
    return score(gold, conflicts, kinds, c -> true);
  }

  /**
   * Scores a report against one cluster's gold, where only some conflicts may count as the
   * cluster's unexpected ones (in a mixed feed, those whose articles are all the cluster's).
   *
   * @param conflicts the conflicts that may match the gold
   * @param kinds the kinds to count; empty for all
   * @param own which unmatched conflicts are this cluster's unexpected ones
   */
  public static Score score(Gold gold, List<ReportConflict> conflicts, Set<ConflictKind> kinds,
      Predicate<ReportConflict> own) {
    List<ReportConflict> looked = conflicts.stream()
        .filter(c -> c.confidence() >= gold.minConfidence()).toList();
    Map<ConflictKind, int[]> counts = new EnumMap<>(ConflictKind.class);
    Predicate<String> selected = k -> kinds.isEmpty() || kind(k).map(kinds::contains).orElse(false);
    Set<Integer> used = new HashSet<>();
    List<GoldItem> missed = new ArrayList<>();
    for (GoldItem it : gold.must()) {
      if (!selected.test(it.kind())) {
        continue;
      }
      List<Integer> hits = hits(it, looked);
      used.addAll(hits);
      int[] n = counts(counts, it.kind());
      n[1]++;
      if (hits.isEmpty()) {
        missed.add(it);
      } else {
        n[0]++;
      }
    }
    List<Score.Violation> violated = new ArrayList<>();
    for (GoldItem it : gold.mustNot()) {
      if (!selected.test(it.kind())) {
        continue;
      }
      List<Integer> hits = hits(it, looked);
      int[] n = counts(counts, it.kind());
      n[3]++;
      if (!hits.isEmpty()) {
        n[2]++;
        violated.add(new Score.Violation(it, looked.get(hits.get(0))));
        used.addAll(hits);
      }
    }
    for (GoldItem it : gold.optional()) {
      if (selected.test(it.kind())) {
        used.addAll(hits(it, looked));
      }
    }
    List<ReportConflict> unexpected = new ArrayList<>();
    for (int i = 0; i < looked.size(); i++) {
      ReportConflict c = looked.get(i);
      if (!used.contains(i) && selected.test(c.kind()) && own.test(c)) {
        unexpected.add(c);
        kind(c.kind()).ifPresent(k -> counts.computeIfAbsent(k, x -> new int[5])[4]++);
      }
    }
    Map<ConflictKind, Tally> byKind = new EnumMap<>(ConflictKind.class);
    counts.forEach((k, n) -> byKind.put(k, new Tally(n[0], n[1], n[2], n[3], n[4])));
    return new Score(byKind, missed, violated, unexpected);
  }

  private static int[] counts(Map<ConflictKind, int[]> counts, String kind) {
    return counts.computeIfAbsent(kind(kind).orElseThrow(
        () -> new IllegalArgumentException("unknown kind of gold item: " + kind)),
        k -> new int[5]);
  }

  private static List<Integer> hits(GoldItem it, List<ReportConflict> conflicts) {
    List<Integer> out = new ArrayList<>();
    for (int i = 0; i < conflicts.size(); i++) {
      if (it.matches(conflicts.get(i))) {
        out.add(i);
      }
    }
    return out;
  }

  /** The kind a report's label names, if the library knows it. */
  static Optional<ConflictKind> kind(String label) {
    for (ConflictKind k : ConflictKind.values()) {
      if (k.label().equals(label.toLowerCase(Locale.ROOT))) {
        return Optional.of(k);
      }
    }
    return Optional.empty();
  }
}
