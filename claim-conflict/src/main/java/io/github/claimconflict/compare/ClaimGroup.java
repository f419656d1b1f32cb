package io.github.claimconflict.compare;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import io.github.claimconflict.claim.Claim;
import java.util.List;

/**
 * Claims of one event that are about the same thing, and so can agree or disagree: the size of one
 * rally, one party's share of the vote.
 *
 * @param eventId the event the claims belong to
 * @param topic what the claims are about, in words for a reader
 * @param claims the claims, in a stable order
 * @param <C> the kind of claim grouped
 */
public record ClaimGroup<C extends Claim>(String eventId, String topic, List<C> claims) {

  /**
   * Copies the list of claims.
   *
   * @param eventId the event the claims belong to
   * @param topic what the claims are about, in words for a reader
   * @param claims the claims, in a stable order
   */
  public ClaimGroup {
    requireNonNull(eventId, "eventId");
    requireNonNull(topic, "topic");
    claims = ImmutableList.copyOf(claims);
  }
}
