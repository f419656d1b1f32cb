package io.github.claimconflict.text;

import io.github.claimconflict.claim.Claim;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The language of each article of the scan in progress, identified once from its whole text
 * while it is read, for the name aligner and the spelling comparator. They used to identify it
 * again from their claims' sentences for every event and every group; a comparator's signature is
 * public and knows nothing of languages, so the scan hands the map over on the thread that does
 * the work, for the length of that work. Outside a scan (a caller comparing a group of its own)
 * each article's language is identified from its claims' sentences, as before.
 */
public final class ScanLanguages {

  private static final ThreadLocal<Map<String, Language>> CURRENT = new ThreadLocal<>();

  private ScanLanguages() {}

  /**
   * Runs {@code work} on this thread with {@code languages} as the scan's.
   *
   * @param languages the language of each article that has one, by id
   * @param work what reads them
   * @param <T> what the work gives
   * @return what the work gives
   */
  public static <T> T within(Map<String, Language> languages, Supplier<T> work) {
    Map<String, Language> outer = CURRENT.get();
    CURRENT.set(languages);
    try {
      return work.get();
    } finally {
      if (outer == null) {
        CURRENT.remove();
      } else {
        CURRENT.set(outer);
      }
    }
  }

  /**
   * The language of each of the claims' articles that has one, by article id: the scan's, or
   * outside a scan {@link Languages#byArticle} of the claims.
   *
   * @param claims the claims
   * @return the languages, in the order the claims name their articles
   */
  public static Map<String, Language> of(Collection<? extends Claim> claims) {
    Map<String, Language> scan = CURRENT.get();
    if (scan == null) {
      return Languages.byArticle(claims);
    }
    Map<String, Language> out = new LinkedHashMap<>();
    for (Claim c : claims) {
      String article = c.evidence().articleId();
      Language l = scan.get(article);
      if (l != null) {
        out.putIfAbsent(article, l);
      }
    }
    return out;
  }
}
