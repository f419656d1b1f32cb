/**
 * Word utilities that quote alignment and comparison share: keys, stems, weights and the parts of
 * a quote split around its attribution; and the identification of an article's language by its
 * function words, which name reading and spelling comparison use. Below every stage too, so that
 * no stage depends on another for them: {@link io.github.claimconflict.text.UnionFind}, the
 * disjoint sets behind names, quotes and copies, and {@link io.github.claimconflict.text.Mapper},
 * how a scan lends its cores to a stage.
 */
package io.github.claimconflict.text;
