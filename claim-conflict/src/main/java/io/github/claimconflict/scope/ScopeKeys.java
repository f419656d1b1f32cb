package io.github.claimconflict.scope;

import static java.util.Objects.requireNonNull;

import io.github.claimconflict.Article;
import io.github.claimconflict.claim.NameClaim;
import io.github.claimconflict.extract.ArticleText;
import io.github.claimconflict.extract.NameExtractor;
import io.github.claimconflict.scope.internal.Datelines;
import io.github.claimconflict.scope.internal.EventScoper;
import io.github.claimconflict.text.NameNormalizer;
import io.github.claimconflict.text.Transliteration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * What the scope stage forms events by, read from one article at a time: its date and the keys of
 * its names. For a caller that cuts a large corpus into blocks before scanning each block (as the
 * Apache Beam transform does), so that articles of one event land in one block: two articles can
 * be one event only if their dates allow it and they share a name key. The scan itself needs none
 * of this.
 */
public final class ScopeKeys {

  private static final NameExtractor NAMES = new NameExtractor();
  private static final Pattern OF = Pattern.compile(" of (?:the )?");
  /** As the scope stage: an ending this short is no name of its own. */
  private static final int MIN_ENDING = 4;

  private ScopeKeys() {}

  /**
   * The keys under which an article's names may meet another's in the scope stage. They cover
   * each form the stage may give a name: the whole name, each side of "X of the Y", and every
   * reading of their ambiguous letters; the endings that could stand alone ("Tin Lwin" of "Maya
   * Tin Lwin") are kept apart, since such an ending links only to an article that names it alone.
   * Spellings the name aligner would join ("Unity Frnot") are not covered.
   *
   * @param names the keys of the names, sorted, without duplicates
   * @param endings the keys of the names' endings, sorted, without duplicates
   */
  public record NameKeys(List<String> names, List<String> endings) {
    /**
     * Copies the lists.
     *
     * @param names the keys of the names, sorted, without duplicates
     * @param endings the keys of the names' endings, sorted, without duplicates
     */
    public NameKeys {
      names = List.copyOf(names);
      endings = List.copyOf(endings);
    }
  }

  /**
   * The date the scope stage places an article at before it reads the lead: its publication date,
   * else the date in the head of its text (a dateline or byline).
   *
   * @param article an article
   * @return its date, or empty when neither is there
   */
  public static Optional<LocalDate> dateOf(Article article) {
    return EventScoper.dateOf(requireNonNull(article, "article"));
  }

  /**
   * The date a text gives itself near its top, where a dateline or byline stands: "29 Nov 2021",
   * "October 5, 2020", "2020-10-05". A date deep in the text is about something else.
   *
   * @param text a text, such as an article's or a date field's
   * @return the earliest well-formed date in the head of the text, or empty
   */
  public static Optional<LocalDate> dateline(String text) {
    return Datelines.find(requireNonNull(text, "text"));
  }

  /**
   * The keys of the names an article gives, read by the library's own name reader.
   *
   * @param article an article
   * @return its name keys and ending keys
   * @throws RuntimeException if the article cannot be read (the scan lists such an article as
   *     skipped, with the reason)
   */
  public static NameKeys nameKeys(Article article) {
    TreeSet<String> names = new TreeSet<>();
    TreeSet<String> endings = new TreeSet<>();
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
    return new NameKeys(List.copyOf(names), List.copyOf(endings));
  }

  private static void add(String key, TreeSet<String> out) {
    if (key.length() < 2) {
      return; // an initial or a piece of an abbreviation, as in the scope stage
    }
    out.add(key);
    out.addAll(Transliteration.keys(key));
  }
}
