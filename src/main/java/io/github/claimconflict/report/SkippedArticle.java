package io.github.claimconflict.report;

import static java.util.Objects.requireNonNull;

/**
 * An article given to the scan that could not be read, with the reason. Every article given is
 * either scanned or skipped.
 */
public record SkippedArticle(String id, String reason) {

  public SkippedArticle {
    requireNonNull(id, "id");
    requireNonNull(reason, "reason");
  }
}
