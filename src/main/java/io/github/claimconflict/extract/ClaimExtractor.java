package io.github.claimconflict.extract;

import io.github.claimconflict.Article;
import io.github.claimconflict.claim.Claim;
import java.util.List;

/**
 * The extract stage for one kind of claim: reads an article and returns the claims it makes, each
 * with its evidence. Implementations are pure and thread-safe, so articles can be read in parallel.
 */
@FunctionalInterface
public interface ClaimExtractor {

  /** The claims the article makes, in text order. */
  List<? extends Claim> extract(Article article);
}
