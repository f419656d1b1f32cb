package io.github.claimconflict.report;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Optional;

/**
 * A disagreement between sources about one thing in one event.
 *
 * @param id a short id, unique in a report ("C1")
 * @param kind what kind of disagreement
 * @param event the id of the event it belongs to
 * @param topic what it is about, for a reader
 * @param confidence how sure the library is that this is a real disagreement, from 0 to 1
 * @param explanation why, in plain words, with the values compared
 * @param diff for quotes, the word-level difference; empty for other kinds
 * @param positions the sides, two or more
 * @param factors what the confidence is made of; empty where the comparator does not say
 */
public record Conflict(
    String id,
    ConflictKind kind,
    String event,
    String topic,
    double confidence,
    String explanation,
    Optional<String> diff,
    List<Position> positions,
    List<ConfidenceFactor> factors) {

  /**
   * Copies the lists.
   *
   * @param id a short id, unique in a report ("C1")
   * @param kind what kind of disagreement
   * @param event the id of the event it belongs to
   * @param topic what it is about, for a reader
   * @param confidence how sure the library is that this is a real disagreement, from 0 to 1
   * @param explanation why, in plain words, with the values compared
   * @param diff for quotes, the word-level difference; empty for other kinds
   * @param positions the sides, two or more
   * @param factors what the confidence is made of; empty where the comparator does not say
   * @throws IllegalArgumentException if confidence is outside [0, 1] or there are fewer than two
   *     positions
   */
  public Conflict {
    requireNonNull(id, "id");
    requireNonNull(kind, "kind");
    requireNonNull(event, "event");
    requireNonNull(topic, "topic");
    requireNonNull(explanation, "explanation");
    requireNonNull(diff, "diff");
    checkArgument(confidence >= 0 && confidence <= 1, "confidence %s outside [0, 1]", confidence);
    positions = ImmutableList.copyOf(positions);
    factors = ImmutableList.copyOf(factors);
    checkArgument(positions.size() >= 2, "a conflict needs two positions, got %s", positions.size());
  }

  /**
   * A conflict that does not say what its confidence is made of: its factors are empty.
   *
   * @param id a short id, unique in a report ("C1")
   * @param kind what kind of disagreement
   * @param event the id of the event it belongs to
   * @param topic what it is about, for a reader
   * @param confidence how sure the library is that this is a real disagreement, from 0 to 1
   * @param explanation why, in plain words, with the values compared
   * @param diff for quotes, the word-level difference; empty for other kinds
   * @param positions the sides, two or more
   */
  public Conflict(String id, ConflictKind kind, String event, String topic, double confidence,
      String explanation, Optional<String> diff, List<Position> positions) {
    this(id, kind, event, topic, confidence, explanation, diff, positions, List.of());
  }
}
