package io.github.claimconflict.compare;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import io.github.claimconflict.report.ConfidenceFactor;
import io.github.claimconflict.report.ConflictKind;
import io.github.claimconflict.report.Position;
import java.util.List;
import java.util.Optional;

/**
 * A disagreement a comparator found, before the report numbers it: see {@link
 * io.github.claimconflict.report.Conflict} for the meaning of each field.
 */
public record Finding(
    ConflictKind kind,
    String topic,
    double confidence,
    String explanation,
    Optional<String> diff,
    List<Position> positions,
    List<ConfidenceFactor> factors) {

  /**
   * Copies the lists.
   *
   * @param kind what kind of disagreement
   * @param topic what it is about, for a reader
   * @param confidence how sure the comparator is that this is a real disagreement, from 0 to 1
   * @param explanation why, in plain words, with the values compared
   * @param diff for quotes, the word-level difference; empty for other kinds
   * @param positions the sides
   * @param factors what the confidence is made of; empty where the comparator does not say
   * @throws IllegalArgumentException if confidence is outside [0, 1]
   */
  public Finding {
    requireNonNull(kind, "kind");
    requireNonNull(topic, "topic");
    requireNonNull(explanation, "explanation");
    requireNonNull(diff, "diff");
    checkArgument(confidence >= 0 && confidence <= 1, "confidence %s outside [0, 1]", confidence);
    positions = ImmutableList.copyOf(positions);
    factors = ImmutableList.copyOf(factors);
  }

  /**
   * A finding that does not say what its confidence is made of.
   *
   * @param kind what kind of disagreement
   * @param topic what it is about, for a reader
   * @param confidence how sure the comparator is that this is a real disagreement, from 0 to 1
   * @param explanation why, in plain words, with the values compared
   * @param diff for quotes, the word-level difference; empty for other kinds
   * @param positions the sides
   */
  public Finding(ConflictKind kind, String topic, double confidence, String explanation,
      Optional<String> diff, List<Position> positions) {
    this(kind, topic, confidence, explanation, diff, positions, List.of());
  }
}
