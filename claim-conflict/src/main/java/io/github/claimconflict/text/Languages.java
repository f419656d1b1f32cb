package io.github.claimconflict.text;

import io.github.claimconflict.claim.Claim;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Identifies the language of a text by its function words ({@link Language#functionWords()}):
 * the language whose words occur most, when at least {@link #MIN_HITS} of its words occur and it
 * leads the next language by half again. Short or mixed texts are not identified. A profile of our
 * own rather than a library: news articles of a paragraph or more are decided by their function
 * words alone, the same lists say which capitalized words are no names, and it stays
 * deterministic and linear with no model to load.
 */
public final class Languages {

  /** The fewest function words that identify a language. */
  static final int MIN_HITS = 4;
  /** Words read at most: a page's opening decides its language. */
  private static final int MAX_WORDS = 3000;

  private Languages() {}

  /** The text's language, or empty when the text is too short or too mixed to say. */
  public static Optional<Language> identify(CharSequence text) {
    Map<Language, Integer> hits = new EnumMap<>(Language.class);
    int words = 0;
    int i = 0;
    int n = text.length();
    while (i < n && words < MAX_WORDS) {
      while (i < n && !Character.isLetter(text.charAt(i))) {
        i++;
      }
      int start = i;
      while (i < n && Character.isLetter(text.charAt(i))) {
        i++;
      }
      if (start == i) {
        break;
      }
      words++;
      String w = text.subSequence(start, i).toString().toLowerCase(Locale.ROOT);
      for (Language l : Language.values()) {
        if (l.functionWords().contains(w)) {
          hits.merge(l, 1, Integer::sum);
        }
      }
    }
    Language best = null;
    int first = 0;
    int second = 0;
    for (Map.Entry<Language, Integer> e : hits.entrySet()) {
      if (e.getValue() > first) {
        second = first;
        first = e.getValue();
        best = e.getKey();
      } else if (e.getValue() > second) {
        second = e.getValue();
      }
    }
    return first >= MIN_HITS && first * 2 >= second * 3 ? Optional.of(best) : Optional.empty();
  }

  /**
   * The language of each article, identified from the sentences its claims were read in (the
   * claims of a name or a quote carry enough of their article's prose); an article whose
   * sentences do not decide is left out.
   */
  public static Map<String, Language> byArticle(Collection<? extends Claim> claims) {
    Map<String, Set<String>> sentences = new LinkedHashMap<>();
    for (Claim c : claims) {
      sentences.computeIfAbsent(c.evidence().articleId(), k -> new LinkedHashSet<>())
          .add(c.evidence().sentence());
    }
    Map<String, Language> out = new LinkedHashMap<>();
    sentences.forEach((article, s) -> identify(String.join(" ", s))
        .ifPresent(l -> out.put(article, l)));
    return out;
  }
}
