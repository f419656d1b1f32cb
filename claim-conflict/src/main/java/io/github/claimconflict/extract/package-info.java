/**
 * The extract stage: an article into claims with their evidence. Each article is read once ({@link
 * io.github.claimconflict.extract.ArticleText}) for every extractor; lexicons of function words,
 * hedges, measures and titles only, never names of anything.
 */
package io.github.claimconflict.extract;
