package io.github.claimconflict.align;

import io.github.claimconflict.claim.Claim;
import java.util.List;

/**
 * The align stage for one kind of claim: sorts the claims of one event into groups about the same
 * thing. Implementations are pure and thread-safe.
 */
public interface ClaimAligner<C extends Claim> {

  /** The kind of claim this aligner groups. */
  Class<C> claimType();

  /** Groups of two or more claims each; a claim about nothing else is in no group. */
  List<ClaimGroup<C>> align(String eventId, List<C> claims);
}
