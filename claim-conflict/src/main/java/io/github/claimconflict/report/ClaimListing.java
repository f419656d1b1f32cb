package io.github.claimconflict.report;

import static java.util.Objects.requireNonNull;

import io.github.claimconflict.claim.Claim;
import java.util.List;

/**
 * Every claim a scan read, with the event its article was placed in: what a user looks at to see
 * why two figures were or were not compared. Figures without a measure are listed too; they are
 * never compared.
 *
 * @param entries the claims, by article id and then by offset
 * @param skipped the articles not read, each with its reason
 */
public record ClaimListing(List<Entry> entries, List<SkippedArticle> skipped) {

  /**
   * Copies both lists; they must not be or hold null.
   *
   * @param entries the claims, by article id and then by offset
   * @param skipped the articles not read, each with its reason
   */
  public ClaimListing {
    entries = List.copyOf(entries);
    skipped = List.copyOf(skipped);
  }

  /**
   * One claim and the event of its article.
   *
   * @param event the id of the event the article was placed in
   * @param claim the claim, with its evidence and context
   */
  public record Entry(String event, Claim claim) {
    /**
     * Requires both components.
     *
     * @param event the id of the event the article was placed in
     * @param claim the claim, with its evidence and context
     */
    public Entry {
      requireNonNull(event, "event");
      requireNonNull(claim, "claim");
    }
  }
}
