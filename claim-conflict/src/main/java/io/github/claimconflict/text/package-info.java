/**
 * Word utilities that quote alignment and comparison share: keys, stems, weights and the parts of
 * a quote split around its attribution; and the identification of an article's language by its
 * function words, which name reading and spelling comparison use.
 */
package io.github.claimconflict.text;
