/**
 * claim-conflict: reads news articles about the same events and reports, with evidence, where
 * sources disagree. Start at {@link io.github.claimconflict.ConflictDetector}; an {@link
 * io.github.claimconflict.Article} is one input, a {@link io.github.claimconflict.report.ScanReport}
 * the answer.
 *
 * <p>Conventions of the whole API: a value that may be absent is an {@code Optional}, a number
 * that may be absent an {@code OptionalDouble} or {@code OptionalInt}; no method returns null, and
 * no parameter takes null unless its documentation says so (an {@link
 * io.github.claimconflict.ArticleBuilder} setter given null leaves the field absent). The one
 * nullable number is a bound of a {@link io.github.claimconflict.claim.Quantity}, where null is an
 * open interval's missing end, documented on each of its members. One verb scans: {@link
 * io.github.claimconflict.ConflictDetector#scan(java.util.Collection)}.
 */
package io.github.claimconflict;
