package io.github.claimconflict.report;

import java.util.Locale;

/** What sources disagree about. */
public enum ConflictKind {
  /** Figures whose intervals do not overlap. */
  NUMERIC,
  /** One entity written in more than one way. */
  SPELLING,
  /** One statement quoted in different words. */
  QUOTE;

  /**
   * The name used in reports.
   *
   * @return the constant's name in lower case: "numeric", "spelling", "quote"
   */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
