package io.github.claimconflict.extract;

import io.github.claimconflict.Article;
import io.github.claimconflict.claim.Claim;
import java.util.List;

/**
 * The extract stage for one kind of claim: reads an article and returns the claims it makes, each
 * with its evidence. Implementations are pure and thread-safe, so articles can be read in
 * parallel; several extractors share one {@link ArticleText}, so an article is split and
 * tokenized once.
 */
@FunctionalInterface
public interface ClaimExtractor<C extends Claim> {

  /** The claims the article makes, in text order. */
  List<C> extract(ArticleText text);

  /** The claims the article makes, reading it first. */
  default List<C> extract(Article article) {
    return extract(ArticleText.of(article));
  }
}
