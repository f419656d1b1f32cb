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

  /** The lower-case name used in reports: "numeric", "spelling", "quote". */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
