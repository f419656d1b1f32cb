package io.github.claimconflict.report;

import static java.util.Objects.requireNonNull;

/**
 * One of the numbers a conflict's confidence is made of, so that a reader can see why it scored
 * as it did. Figures multiply their factors (gap × specificity × context); names and quotes add
 * theirs to a base.
 *
 * @param name a short name: "gap", "specificity", "context", "base", "sources", ...
 * @param value its value
 * @param meaning what it says, in plain words
 */
public record ConfidenceFactor(String name, double value, String meaning) {

  /**
   * Requires a name and a meaning; rounds the value to three decimals.
   *
   * @param name a short name: "gap", "specificity", "context", "base", "sources", ...
   * @param value its value
   * @param meaning what it says, in plain words
   */
  public ConfidenceFactor {
    requireNonNull(name, "name");
    requireNonNull(meaning, "meaning");
    value = Math.round(value * 1000) / 1000.0;
  }
}
