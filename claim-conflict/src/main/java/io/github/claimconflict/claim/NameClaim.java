package io.github.claimconflict.claim;

import static java.util.Objects.requireNonNull;

import java.util.Optional;

/**
 * A name an article writes: a person, party, organisation or place, as spelled there. Titles are
 * kept apart as the role ("President" in "President Petrov").
 *
 * @param evidence where the name stands; its offsets cover the name without the title
 * @param surface the name as written, possessive removed
 * @param role the title or honorific written before it, or empty
 */
public record NameClaim(Evidence evidence, String surface, Optional<String> role)
    implements Claim {

  /**
   * Checks that no component is null.
   *
   * @param evidence where the name stands
   * @param surface the name as written
   * @param role the title or role written with it, or empty
   */
  public NameClaim {
    requireNonNull(evidence, "evidence");
    requireNonNull(surface, "surface");
    requireNonNull(role, "role");
  }
}
