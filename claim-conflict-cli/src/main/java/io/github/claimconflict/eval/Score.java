package io.github.claimconflict.eval;

import static java.util.Objects.requireNonNull;

import io.github.claimconflict.report.ConflictKind;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * How one report did against one cluster's gold.
 *
 * @param byKind the counts per kind of conflict
 * @param missed the must items no conflict matched
 * @param violated the traps a conflict fell into, each with the first conflict that did
 * @param unexpected the conflicts that match no item
 */
public record Score(
    Map<ConflictKind, Tally> byKind, List<GoldItem> missed, List<Violation> violated,
    List<ReportConflict> unexpected) {

  public Score {
    byKind = new EnumMap<>(byKind);
    missed = List.copyOf(missed);
    violated = List.copyOf(violated);
    unexpected = List.copyOf(unexpected);
  }

  /** A trap and the conflict that fell into it. */
  public record Violation(GoldItem trap, ReportConflict conflict) {
    public Violation {
      requireNonNull(trap, "trap");
      requireNonNull(conflict, "conflict");
    }
  }

  /** The counts of all kinds together. */
  public Tally total() {
    return byKind.values().stream().reduce(Tally.ZERO, Tally::plus);
  }

  /** The counts of one kind. */
  public Tally of(ConflictKind kind) {
    return byKind.getOrDefault(kind, Tally.ZERO);
  }
}
