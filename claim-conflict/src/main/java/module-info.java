/**
 * claim-conflict: reads news articles and reports, with evidence, where the sources covering one
 * event disagree on figures, spellings of names and quotations.
 *
 * <p>Start at {@link io.github.claimconflict.ConflictDetector}. The packages exported are those a
 * caller reaches: the articles and the detector, the claims read, the report, and the extension
 * points (comparators, name matchers) with the groups they are handed. Extraction, alignment and
 * the word utilities ({@code extract}, {@code align}, {@code text}) are internal and not
 * exported.
 */
module io.github.claimconflict {
  exports io.github.claimconflict;
  exports io.github.claimconflict.claim;
  exports io.github.claimconflict.report;
  exports io.github.claimconflict.scope;
  exports io.github.claimconflict.compare;
  exports io.github.claimconflict.names;

  // Immutable collections and Murmur3 inside; no Guava type in an exported signature.
  requires com.google.common;
  // Jaro-Winkler and Levenshtein for names and quotes.
  requires org.apache.commons.text;
  // The JSON report and claims listing; no Jackson type in an exported signature.
  requires com.fasterxml.jackson.databind;
}
