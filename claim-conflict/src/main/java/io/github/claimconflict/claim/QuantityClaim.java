package io.github.claimconflict.claim;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A figure an article states, with what it measures and the context that decides what it can be
 * compared with.
 *
 * @param evidence where the figure stands
 * @param surface the figure as written, hedge included ("around 5,000")
 * @param quantity the interval the figure stands for
 * @param measure what it measures, or empty when the words around it do not say
 * @param subjects the names the figure is about (a party, a person), nearest first
 * @param distribution whether a figure about several subjects is per subject or their sum
 * @param places the place words named in the figure's sentence, normalized to lower case
 * @param days the days of the week named in the figure's sentence, normalized to lower case
 * @param anchor a phrase that puts the figure at another time than the article's event ("last
 *     year", "in 2017"), or empty
 * @param claimant who the article says states the figure ("police", "organisers"), or empty
 */
public record QuantityClaim(
    Evidence evidence,
    String surface,
    Quantity quantity,
    Optional<Measure> measure,
    List<String> subjects,
    Distribution distribution,
    Set<String> places,
    Set<String> days,
    Optional<String> anchor,
    Optional<String> claimant)
    implements Claim {

  /**
   * Checks that no component is null and copies the collections.
   *
   * @param evidence where the figure stands
   * @param surface the figure as written
   * @param quantity the interval it stands for
   * @param measure what it measures, or empty
   * @param subjects what it is about
   * @param distribution per subject or their sum
   * @param places the place words of its sentence
   * @param days the days of the week of its sentence
   * @param anchor a phrase that puts it at another time, or empty
   * @param claimant who states it, or empty
   */
  public QuantityClaim {
    requireNonNull(evidence, "evidence");
    requireNonNull(surface, "surface");
    requireNonNull(quantity, "quantity");
    requireNonNull(measure, "measure");
    requireNonNull(distribution, "distribution");
    requireNonNull(anchor, "anchor");
    requireNonNull(claimant, "claimant");
    subjects = ImmutableList.copyOf(subjects);
    places = ImmutableSet.copyOf(places);
    days = ImmutableSet.copyOf(days);
  }
}
