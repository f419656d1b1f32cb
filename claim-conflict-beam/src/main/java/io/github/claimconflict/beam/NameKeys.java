package io.github.claimconflict.beam;

import io.github.claimconflict.Article;
import io.github.claimconflict.claim.NameClaim;
import io.github.claimconflict.extract.ArticleText;
import io.github.claimconflict.extract.NameExtractor;
import io.github.claimconflict.text.NameNormalizer;
import io.github.claimconflict.text.Transliteration;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * The keys under which an article's names may meet another's in the scope stage, for cutting a
 * block by names ({@link EntityBlocks}). The library's own name reader finds the names; the keys
 * cover each form the scope stage may give a name: the whole name, each side of "X of the Y",
 * each ending that could stand alone ("Tin Lwin" of "Maya Tin Lwin", kept apart: it counts only
 * where an article names it alone), and every reading of their ambiguous letters. Spellings the name aligner would join ("Unity Frnot") are not covered.
 */
final class NameKeys {

  private static final NameExtractor NAMES = new NameExtractor();
  private static final Pattern OF = Pattern.compile(" of (?:the )?");
  /** As the scope stage: an ending this short is no name of its own. */
  private static final int MIN_ENDING = 4;

  private NameKeys() {}

  /** The article's name keys and ending keys; none if it cannot be read. */
  static EntityBlocks.Keyed of(Article article, long day) {
    TreeSet<String> names = new TreeSet<>();
    TreeSet<String> endings = new TreeSet<>();
    try {
      for (NameClaim n : NAMES.extract(ArticleText.of(article))) {
        add(NameNormalizer.cosmeticKey(n.surface()), names);
        for (String part : OF.split(n.surface())) {
          add(NameNormalizer.cosmeticKey(part), names);
          List<String> tokens = NameNormalizer.cosmeticTokens(part);
          for (int k = 1; k < tokens.size(); k++) {
            String ending = String.join("", tokens.subList(k, tokens.size()));
            if (ending.length() >= MIN_ENDING) {
              add(ending, endings);
            }
          }
        }
      }
    } catch (RuntimeException e) {
      // The scan itself lists the article as skipped, with the reason.
      return new EntityBlocks.Keyed(article.id(), day, List.of(), List.of());
    }
    return new EntityBlocks.Keyed(article.id(), day, new ArrayList<>(names),
        new ArrayList<>(endings));
  }

  private static void add(String key, TreeSet<String> out) {
    if (key.length() < 2) {
      return; // an initial or a piece of an abbreviation, as in the scope stage
    }
    out.add(key);
    out.addAll(Transliteration.keys(key));
  }
}
