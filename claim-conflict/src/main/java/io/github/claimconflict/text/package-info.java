/**
 * Word utilities that quote alignment and comparison share: keys, stems, weights and the parts of
 * a quote split around its attribution.
 */
package io.github.claimconflict.text;
