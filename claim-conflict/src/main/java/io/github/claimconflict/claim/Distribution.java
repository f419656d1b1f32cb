package io.github.claimconflict.claim;

/**
 * How a figure spreads over several subjects: "a quarter of the vote <em>each</em>" is a figure per
 * subject; "<em>together</em> around half" is one figure for all of them.
 */
public enum Distribution {
  /** No distribution word: one figure about one thing. */
  NONE,
  /** "each", "apiece": the figure holds for every subject on its own. */
  EACH,
  /** "together", "combined", "between them": the figure is the sum over the subjects. */
  TOGETHER
}
