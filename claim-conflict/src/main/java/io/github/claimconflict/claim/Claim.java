package io.github.claimconflict.claim;

/**
 * Something an article asserts that another article can contradict. Each kind of claim is a record
 * produced by the extract stage and compared, within one event, by the comparators for its kind.
 */
public sealed interface Claim permits QuantityClaim, NameClaim, QuoteClaim {

  /** Claims in the order their articles' ids and then their offsets give: a stable order. */
  static <C extends Claim> java.util.Comparator<C> inTextOrder() {
    return java.util.Comparator.comparing((C c) -> c.articleId())
        .thenComparingInt(c -> c.evidence().start());
  }

  /** The id of the article that makes the claim. */
  default String articleId() {
    return evidence().articleId();
  }

  /** Where the claim stands in its article. */
  Evidence evidence();

  /** The claim's words as the article writes them. */
  String surface();
}
