/**
 * The compare stage: a group of claims about one thing into conflicts, through pluggable {@link
 * io.github.claimconflict.compare.ClaimComparator}s, one per kind of claim.
 */
package io.github.claimconflict.compare;
