/**
 * Scoring a detector against clusters of coverage labelled by hand: the cases format, the gold
 * items and the counts of the development set's reference scorer.
 */
package io.github.claimconflict.eval;
