package io.github.claimconflict.compare;

import io.github.claimconflict.align.ClaimGroup;
import io.github.claimconflict.claim.Claim;
import java.util.List;

/**
 * The compare stage for one kind of claim: reads a group of claims about the same thing and says
 * where they disagree. One small interface, many interchangeable implementations, in the manner of
 * Commons Text's {@code SimilarityScore}. Implementations are pure and thread-safe.
 */
public interface ClaimComparator<C extends Claim> {

  /** The kind of claim this comparator reads. */
  Class<C> claimType();

  /** The disagreements within the group; none when its claims agree. */
  List<Finding> compare(ClaimGroup<C> group);
}
