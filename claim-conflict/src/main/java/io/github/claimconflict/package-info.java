/**
 * claim-conflict: reads news articles about the same events and reports, with evidence, where
 * sources disagree. Start at {@link io.github.claimconflict.ConflictDetector}; an {@link
 * io.github.claimconflict.Article} is one input, a {@link io.github.claimconflict.report.ScanReport}
 * the answer.
 */
package io.github.claimconflict;
