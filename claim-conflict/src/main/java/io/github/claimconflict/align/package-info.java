/**
 * The align stage: the claims of one event into groups about one thing (a measure of one subject,
 * the spellings of one entity, the renderings of one statement), each compared on its own. Blocking
 * keys, never all pairs.
 */
package io.github.claimconflict.align;
