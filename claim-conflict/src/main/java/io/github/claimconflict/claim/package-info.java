/**
 * What an article asserts: the sealed {@link io.github.claimconflict.claim.Claim} kinds (figures,
 * names, quotes), their {@link io.github.claimconflict.claim.Evidence}, and the interval a figure
 * stands for ({@link io.github.claimconflict.claim.Quantity}).
 */
package io.github.claimconflict.claim;
