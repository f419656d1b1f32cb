package io.github.claimconflict.beam;

import io.github.claimconflict.Article;
import io.github.claimconflict.scope.ScopeKeys;
import java.util.List;

/**
 * The keys under which an article's names may meet another's in the scope stage, for cutting a
 * block by names ({@link EntityBlocks}): the library's {@link ScopeKeys#nameKeys}, which covers
 * each form the scope stage may give a name.
 */
final class NameKeys {

  private NameKeys() {}

  /** The article's name keys and ending keys; none if it cannot be read. */
  static EntityBlocks.Keyed of(Article article, long day) {
    ScopeKeys.NameKeys keys;
    try {
      keys = ScopeKeys.nameKeys(article);
    } catch (RuntimeException e) {
      // The scan itself lists the article as skipped, with the reason.
      return new EntityBlocks.Keyed(article.id(), day, List.of(), List.of());
    }
    return new EntityBlocks.Keyed(article.id(), day, keys.names(), keys.endings());
  }
}
