package io.github.claimconflict.claim;

import static java.util.Objects.requireNonNull;

import java.util.Optional;

/**
 * Words an article puts in quotation marks, with who it says spoke them.
 *
 * @param evidence where the quote stands; its offsets cover the words inside the marks
 * @param surface the quoted words as written
 * @param speaker the person or organisation the article says spoke them, or empty
 */
public record QuoteClaim(Evidence evidence, String surface, Optional<String> speaker)
    implements Claim {

  /**
   * Checks that no component is null.
   *
   * @param evidence where the quote stands
   * @param surface the quoted words
   * @param speaker who the article says speaks them, or empty
   */
  public QuoteClaim {
    requireNonNull(evidence, "evidence");
    requireNonNull(surface, "surface");
    requireNonNull(speaker, "speaker");
  }
}
