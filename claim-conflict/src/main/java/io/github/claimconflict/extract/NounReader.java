package io.github.claimconflict.extract;

import static io.github.claimconflict.extract.Amount.DASHES;
import static io.github.claimconflict.extract.NumberWords.SMALL;

import com.google.common.collect.ImmutableSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The noun reader of the figure grammar: what a figure counts, the noun after it ("5,000
 * people", "hundreds of protesters", "12 firefighters").
 */
final class NounReader {

  static final ImmutableSet<String> DETERMINERS =
      ImmutableSet.of("the", "its", "their", "his", "her", "our", "these", "those", "them",
          "which", "whom", "us", "you");
  /** Words a counted noun's adjectives never are: the search for the noun stops at them. */
  private static final ImmutableSet<String> FUNCTION_WORDS =
      ImmutableSet.of("to", "and", "or", "in", "on", "at", "for", "by", "with", "was", "were",
          "is", "are", "has", "have", "had", "be", "been", "will", "would", "could", "should",
          "may", "might", "than", "as", "from", "into", "a", "an", "who", "that", "where",
          "which", "when", "whose", "while", "this", "thus", "yes", "unless", "perhaps",
          "across", "towards", "upwards", "afterwards", "besides");

  private final ImmutableSet<String> countedNouns;

  /** Whether a lower-case word may be a noun: no function word, determiner or number word. */
  static boolean isPlainNoun(String lower) {
    return !FUNCTION_WORDS.contains(lower) && !DETERMINERS.contains(lower)
        && !SMALL.containsKey(lower);
  }

  NounReader(Set<String> countedNouns) {
    this.countedNouns = ImmutableSet.copyOf(countedNouns);
  }

  Optional<String> nounAfter(List<Token> t, int j) {
    return nounAfter(t, j, new int[1]);
  }

  /**
   * The counted noun after a figure: "5,000 people", "two nationalist parties", "hundreds of
   * protesters"; or, where the lexicon knows none, a plural right after it ("12 firefighters"),
   * so that a group the lexicon does not know is never taken for everyone.
   */
  Optional<String> nounAfter(List<Token> t, int j, int[] end) {
    Optional<String> known = knownNounAfter(t, j, end);
    if (known.isPresent() || j >= t.size()) {
      return known;
    }
    Token w = t.get(j);
    String s = w.lower();
    // A capitalized plural is a group too: "Fourteen Indians", "two Britons".
    boolean plural = w.isWord() && s.length() > 3 && s.endsWith("s")
        && (!w.isCapitalized() || !w.text().equals(w.text().toUpperCase(java.util.Locale.ROOT)))
        && !s.endsWith("ss") && !FUNCTION_WORDS.contains(s) && !DETERMINERS.contains(s)
        && UnitWords.unitWord(s).isEmpty() && UnitWords.currencyWord(s).isEmpty();
    if (plural) {
      end[0] = j + 1;
      return Optional.of(s);
    }
    // "two massive crowds": one adjective before the plural.
    if (w.isWord() && !w.isCapitalized() && !FUNCTION_WORDS.contains(s)
        && !DETERMINERS.contains(s) && !SMALL.containsKey(s) && j + 1 < t.size()) {
      Token n = t.get(j + 1);
      String ns = n.lower();
      if (n.isWord() && !n.isCapitalized() && ns.length() > 3 && ns.endsWith("s")
          && !ns.endsWith("ss") && !FUNCTION_WORDS.contains(ns) && UnitWords.unitWord(ns).isEmpty()
          && UnitWords.unitWord(s).isEmpty() && UnitWords.currencyWord(ns).isEmpty()) {
        end[0] = j + 2;
        return Optional.of(ns);
      }
    }
    return Optional.empty();
  }

  private Optional<String> knownNounAfter(List<Token> t, int j, int[] end) {
    int k = j;
    if (k < t.size() && t.get(k).is("of")) {
      k++;
    }
    for (int skipped = 0; k < t.size() && skipped <= 2; k++, skipped++) {
      Token w = t.get(k);
      if (!w.isWord()) {
        if (DASHES.contains(w.text()) && !w.spaceBefore()) {
          skipped--;
          continue; // "pro-presidency"
        }
        return Optional.empty();
      }
      if (countedNouns.contains(w.lower())) {
        end[0] = k + 1;
        return Optional.of(w.lower());
      }
      if (w.isCapitalized() && k + 1 < t.size() && countedNouns.contains(t.get(k + 1).lower())
          && t.get(k + 1).isWord() && !t.get(k + 1).isCapitalized()) {
        continue; // "dozens of Chadian workers": an adjective of origin before the noun
      }
      if (w.isCapitalized() || DETERMINERS.contains(w.lower()) || SMALL.containsKey(w.lower())
          || FUNCTION_WORDS.contains(w.lower())) {
        return Optional.empty();
      }
    }
    return Optional.empty();
  }
}
