package io.github.claimconflict.align;

import io.github.claimconflict.claim.Claim;
import io.github.claimconflict.compare.ClaimGroup;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The align stage for one kind of claim: sorts the claims of one event into groups about the same
 * thing. Implementations are pure and thread-safe.
 *
 * @param <C> the kind of claim grouped
 */
public interface ClaimAligner<C extends Claim> {

  /**
   * The kind of claim this aligner groups.
   *
   * @return the class of the claims grouped
   */
  Class<C> claimType();

  /**
   * Groups of two or more claims each; a claim about nothing else is in no group.
   *
   * @param eventId the id of the event the claims belong to
   * @param claims the claims of that event, of this aligner's kind
   * @return the groups, each of two or more claims
   */
  List<ClaimGroup<C>> align(String eventId, List<C> claims);

  /**
   * Groups of two or more claims each, knowing the day each article was reported on (its
   * publication date or dateline) where known; an aligner that has no use for it groups as
   * {@link #align(String, List)} does.
   *
   * @param eventId the id of the event the claims belong to
   * @param claims the claims of that event, of this aligner's kind
   * @param reported each article's day of report, by article id; articles of unknown day absent
   * @return the groups, each of two or more claims
   */
  default List<ClaimGroup<C>> align(String eventId, List<C> claims,
      Map<String, LocalDate> reported) {
    return align(eventId, claims);
  }
}
