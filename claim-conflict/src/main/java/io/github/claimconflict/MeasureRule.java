package io.github.claimconflict;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import io.github.claimconflict.claim.Measure;
import io.github.claimconflict.claim.Units;
import io.github.claimconflict.extract.MeasureLexicon;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A measure the scan should recognise beyond its own (crowds, injured, dead, detained, seats, vote
 * shares, thresholds, turnout, sentences, ages, lengths and others of election, protest and
 * disaster coverage): which figures are of it, by their unit, the noun they count and the cue
 * phrases near them. A figure takes the measure whose cue stands nearest to it in its clause,
 * among the measures its unit and noun allow. Given to {@link ConflictDetector.Builder#measures};
 * a rule with the id of a built-in measure replaces it.
 *
 * <pre>{@code
 * MeasureRule vaccinated = MeasureRule
 *     .counting(new Measure("vaccinated", "people vaccinated", false))
 *     .people().cues("vaccinated", "received a vaccine").build();
 * ConflictDetector detector = ConflictDetector.builder().measures(List.of(vaccinated)).build();
 * }</pre>
 *
 * @param measure the measure a matching figure gets
 * @param units the canonical units a figure must have (see {@link Units}), at least one
 * @param nouns the counted nouns allowed; a figure that counts another noun does not match
 * @param nounRequired whether the figure must count one of {@code nouns}
 * @param nounSuffices whether counting one of {@code nouns} is enough without a cue ("30 seats")
 * @param countsTotals whether the total of a comparison ("out of 16 parties") takes this measure
 * @param cues the cue phrases, lower case, words separated by single spaces
 */
public record MeasureRule(Measure measure, Set<String> units, Set<String> nouns,
    boolean nounRequired, boolean nounSuffices, boolean countsTotals, List<String> cues) {

  /**
   * Copies the sets and list, keeping their order.
   *
   * @param measure the measure a matching figure gets
   * @param units the canonical units a figure must have, at least one
   * @param nouns the counted nouns allowed
   * @param nounRequired whether the figure must count one of {@code nouns}
   * @param nounSuffices whether counting one of {@code nouns} is enough without a cue
   * @param countsTotals whether the total of a comparison takes this measure
   * @param cues the cue phrases, lower case
   * @throws IllegalArgumentException if there is no unit or a cue is blank
   */
  public MeasureRule {
    requireNonNull(measure, "measure");
    units = Collections.unmodifiableSet(new LinkedHashSet<>(units));
    nouns = Collections.unmodifiableSet(new LinkedHashSet<>(nouns));
    cues = List.copyOf(cues);
    checkArgument(!units.isEmpty(), "measure %s has no unit", measure.id());
    for (String cue : cues) {
      checkArgument(!cue.isBlank(), "blank cue for measure %s", measure.id());
    }
  }

  /**
   * Starts a rule for figures counted in plain numbers ("2,000 people").
   *
   * @param measure the measure a matching figure gets
   * @return a builder
   */
  public static Builder counting(Measure measure) {
    return new Builder(measure).units(Units.COUNT);
  }

  /**
   * Starts a rule for figures in the given canonical units, such as {@link Units#KILOMETRE}.
   *
   * @param measure the measure a matching figure gets
   * @param units the canonical units
   * @return a builder
   */
  public static Builder in(Measure measure, String... units) {
    return new Builder(measure).units(units);
  }

  /** The same rule as the lexicon's entry the reader of figures uses. */
  MeasureLexicon.Entry toEntry() {
    MeasureLexicon.EntryBuilder b = MeasureLexicon.Entry.in(measure,
        units.toArray(String[]::new));
    if (nounRequired) {
      b.requiresNoun(nouns);
    } else {
      b.nouns(nouns);
    }
    if (nounSuffices) {
      b.nounSuffices();
    }
    if (countsTotals) {
      b.countsTotals();
    }
    return b.cues(cues.toArray(String[]::new)).build();
  }

  /** Builds a {@link MeasureRule}. */
  public static final class Builder {
    private final Measure measure;
    private final List<String> units = new ArrayList<>();
    private final Set<String> nouns = new LinkedHashSet<>();
    private final List<String> cues = new ArrayList<>();
    private boolean nounRequired;
    private boolean nounSuffices;
    private boolean countsTotals;

    private Builder(Measure measure) {
      this.measure = requireNonNull(measure, "measure");
    }

    /**
     * Adds canonical units a figure may have.
     *
     * @param units the units
     * @return this builder
     */
    public Builder units(String... units) {
      this.units.addAll(Arrays.asList(units));
      return this;
    }

    /**
     * Adds nouns the figure may count; a figure counting another noun is not of this measure.
     *
     * @param nouns the nouns, lower case
     * @return this builder
     */
    public Builder nouns(String... nouns) {
      this.nouns.addAll(Arrays.asList(nouns));
      return this;
    }

    /**
     * Adds the nouns the scan reads as counts of people ("people", "protesters", "residents" and
     * the like).
     *
     * @return this builder
     */
    public Builder people() {
      this.nouns.addAll(MeasureLexicon.PEOPLE);
      return this;
    }

    /**
     * Requires the figure to count one of the nouns given.
     *
     * @return this builder
     */
    public Builder nounRequired() {
      this.nounRequired = true;
      return this;
    }

    /**
     * Lets a figure that counts one of the nouns take this measure without a cue ("30 seats").
     *
     * @return this builder
     */
    public Builder nounSuffices() {
      this.nounSuffices = true;
      return this;
    }

    /**
     * Lets the total of a comparison ("out of 16 parties") take this measure.
     *
     * @return this builder
     */
    public Builder countsTotals() {
      this.countsTotals = true;
      return this;
    }

    /**
     * Adds cue phrases: words that, near a figure, say it is of this measure.
     *
     * @param phrases the phrases, in any case; words separated by spaces
     * @return this builder
     */
    public Builder cues(String... phrases) {
      for (String p : phrases) {
        cues.add(p.toLowerCase(Locale.ROOT));
      }
      return this;
    }

    /**
     * The rule.
     *
     * @return the rule
     * @throws IllegalArgumentException if there is no unit or a cue is blank
     */
    public MeasureRule build() {
      return new MeasureRule(measure, new LinkedHashSet<>(units), nouns, nounRequired,
          nounSuffices, countsTotals, cues);
    }
  }
}
