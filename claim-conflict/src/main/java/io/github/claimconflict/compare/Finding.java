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

  public Finding {
    requireNonNull(kind, "kind");
    requireNonNull(topic, "topic");
    requireNonNull(explanation, "explanation");
    requireNonNull(diff, "diff");
    checkArgument(confidence >= 0 && confidence <= 1, "confidence %s outside [0, 1]", confidence);
    positions = ImmutableList.copyOf(positions);
    factors = ImmutableList.copyOf(factors);
  }

  /** A finding that does not say what its confidence is made of. */
  public Finding(ConflictKind kind, String topic, double confidence, String explanation,
      Optional<String> diff, List<Position> positions) {
    this(kind, topic, confidence, explanation, diff, positions, List.of());
  }
}
