package io.github.claimconflict.scope;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

/**
 * Two articles that share passages word for word: copies of each other or of a common wire. Their
 * agreement counts as one voice, not two.
 *
 * @param first the id that sorts first
 * @param second the other id
 * @param shared the share of the smaller article's word runs found in the other, 0 to 1
 */
public record Dependency(String first, String second, double shared) {
  /**
   * Requires the ids in order.
   *
   * @param first the id that sorts first
   * @param second the other id
   * @param shared the share of the smaller article's word runs found in the other, 0 to 1
   * @throws IllegalArgumentException unless {@code first} sorts before {@code second}
   */
  public Dependency {
    requireNonNull(first, "first");
    requireNonNull(second, "second");
    checkArgument(first.compareTo(second) < 0, "ids out of order: %s, %s", first, second);
  }
}
