package io.github.claimconflict.claim;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

/**
 * What a figure measures: people at a rally, injured, the vote threshold, a party's vote share.
 * Figures are only compared with figures of the same measure.
 *
 * @param id a stable key, such as {@code "injured"}
 * @param label the words a report uses for it, such as {@code "people injured"}
 * @param perSubject whether the figure belongs to a subject (a party's vote share, a person's age)
 *     and is only comparable with figures about the same subject
 * @param running whether the figure is a running tally (dead, injured, missing, arrested) that
 *     grows as reports come in: one source's later figure is an update, not a disagreement
 */
public record Measure(String id, String label, boolean perSubject, boolean running) {

  /**
   * A measure that is not a running tally.
   *
   * @param id a stable key
   * @param label the words a report uses for it
   * @param perSubject whether the figure belongs to a subject
   */
  public Measure(String id, String label, boolean perSubject) {
    this(id, label, perSubject, false);
  }

  /**
   * The same measure, counted as a running tally.
   *
   * @return this measure with {@code running} true
   */
  public Measure tally() {
    return new Measure(id, label, perSubject, true);
  }

  /**
   * Checks the id.
   *
   * @param id a stable key, not blank
   * @param label the words a report uses for it
   * @param perSubject whether the figure belongs to a subject
   * @param running whether the figure is a running tally
   */
  public Measure {
    requireNonNull(id, "id");
    requireNonNull(label, "label");
    checkArgument(!id.isBlank(), "measure id must not be blank");
  }
}
