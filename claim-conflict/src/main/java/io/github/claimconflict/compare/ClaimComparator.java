package io.github.claimconflict.compare;

import io.github.claimconflict.claim.Claim;
import java.util.List;

/**
 * The compare stage for one kind of claim: reads a group of claims about the same thing and says
 * where they disagree. One small interface, many interchangeable implementations, in the manner of
 * Commons Text's {@code SimilarityScore}.
 *
 * <p>The contract every implementation keeps, and the detector relies on:
 *
 * <ul>
 *   <li><b>Inputs.</b> A group holds claims of one event about one thing, of {@link #claimType()}
 *       only, as the aligner grouped them; it is never empty and may hold a single claim.
 *   <li><b>No nulls.</b> The detector never passes null, and a group holds no null claim; an
 *       implementation may throw {@link NullPointerException} when called with null. It never
 *       returns null, nor a list that holds null.
 *   <li><b>Pure and deterministic.</b> The result depends on the group alone: the same group gives
 *       equal findings on every call, in any JVM; the group is not changed, and nothing is
 *       remembered between calls.
 *   <li><b>Thread-safe.</b> One instance serves many threads at once (the detector compares events
 *       in parallel).
 *   <li><b>Symmetric and order-free.</b> No claim or article is privileged: the same claims in any
 *       order give the same findings, with the same positions in the same order (sort by {@link
 *       Claim#inTextOrder()} where order shows).
 *   <li><b>Agreement is silence.</b> Claims that can all be true give no finding; a finding has two
 *       positions or more, each held by at least one claim of the group, and every piece of its
 *       evidence is a claim's own evidence.
 *   <li><b>Honest confidence.</b> A finding's confidence is in [0, 1]; the detector leaves out those
 *       below its minimum, so a weak difference is reported low rather than dropped here.
 *   <li><b>Total.</b> No exception for any group of its claim type, however odd its claims.
 * </ul>
 *
 * <table>
 * <caption>The comparators the library ships</caption>
 * <tr><th>comparator</th><th>claims</th><th>a finding when</th></tr>
 * <tr><td>{@link NumericToleranceComparator}</td><td>figures</td><td>intervals, widened by the
 *     tolerance, do not overlap</td></tr>
 * <tr><td>{@link SpellingComparator}</td><td>names</td><td>one entity is written in more than one
 *     way beyond cosmetic differences</td></tr>
 * <tr><td>{@link QuoteComparator}</td><td>quotes</td><td>one statement is quoted in different
 *     words, beyond a shorter excerpt</td></tr>
 * </table>
 *
 * @param <C> the kind of claim compared
 */
public interface ClaimComparator<C extends Claim> {

  /**
   * The kind of claim this comparator reads; groups of other kinds never reach it.
   *
   * @return the class of the claims compared
   */
  Class<C> claimType();

  /**
   * The disagreements within the group; an empty list when its claims agree.
   *
   * @param group claims of one event about one thing, as the aligner for {@link #claimType()}
   *     grouped them; never empty
   * @return the findings, most telling first; never null
   */
  List<Finding> compare(ClaimGroup<C> group);
}
