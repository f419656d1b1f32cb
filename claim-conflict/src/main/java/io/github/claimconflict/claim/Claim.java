package io.github.claimconflict.claim;

/**
 * Something an article asserts that another article can contradict. Each kind of claim is a record
 * produced by the extract stage and compared, within one event, by the comparators for its kind.
 */
public sealed interface Claim permits QuantityClaim, NameClaim, QuoteClaim {

  /**
   * Claims in the order their articles' ids and then their offsets give: a stable order.
   *
   * @param <C> the kind of claim
   * @return the comparator
   */
  static <C extends Claim> java.util.Comparator<C> inTextOrder() {
    return java.util.Comparator.comparing((C c) -> c.articleId())
        .thenComparingInt(c -> c.evidence().start());
  }

  /**
   * The id of the article that makes the claim.
   *
   * @return the article's id, as in its evidence
   */
  default String articleId() {
    return evidence().articleId();
  }

  /**
   * Where the claim stands in its article.
   *
   * @return the claim's offsets and sentence
   */
  Evidence evidence();

  /**
   * The claim's words as the article writes them.
   *
   * @return the words, as {@code text.substring(start, end)} of its evidence gives them
   */
  String surface();
}
