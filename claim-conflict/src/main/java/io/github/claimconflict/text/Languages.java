package io.github.claimconflict.text;

import io.github.claimconflict.claim.Claim;
import java.util.Collection;
import java.util.EnumSet;
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

  private static final Language[] LANGUAGES = Language.values();
  /** For each function word, the languages it belongs to: one look-up a word, not one a language. */
  private static final Map<String, Language[]> BY_WORD = byWord();
  private static final int LONGEST_WORD = longest(BY_WORD.keySet());
  /**
   * The function words again, in an open-addressed table probed by a word's lower-case letters
   * in place: a text's words are looked up without a string each. Its size is a power of two,
   * at least twice the words.
   */
  private static final String[] TABLE_WORDS;
  private static final Language[][] TABLE_LANGUAGES;

  static {
    int size = Integer.highestOneBit(Math.max(1, BY_WORD.size()) * 4);
    TABLE_WORDS = new String[size];
    TABLE_LANGUAGES = new Language[size][];
    for (Map.Entry<String, Language[]> e : BY_WORD.entrySet()) {
      int slot = e.getKey().hashCode() & (size - 1);
      while (TABLE_WORDS[slot] != null) {
        slot = (slot + 1) & (size - 1);
      }
      TABLE_WORDS[slot] = e.getKey();
      TABLE_LANGUAGES[slot] = e.getValue();
    }
  }

  // Built with plain loops: every short run builds these tables, and a stream or lambda's
  // first use costs more than the loop.
  private static Map<String, Language[]> byWord() {
    Map<String, Set<Language>> out = new java.util.HashMap<>();
    for (Language l : LANGUAGES) {
      for (String w : l.functionWords()) {
        Set<Language> ls = out.get(w);
        if (ls == null) {
          ls = EnumSet.noneOf(Language.class);
          out.put(w, ls);
        }
        ls.add(l);
      }
    }
    Map<String, Language[]> arrays = new java.util.HashMap<>();
    for (Map.Entry<String, Set<Language>> e : out.entrySet()) {
      arrays.put(e.getKey(), e.getValue().toArray(new Language[0]));
    }
    return Map.copyOf(arrays);
  }

  private static int longest(Set<String> words) {
    int longest = 0;
    for (String w : words) {
      longest = Math.max(longest, w.length());
    }
    return longest;
  }

  /** The text's language, or empty when the text is too short or too mixed to say. */
  public static Optional<Language> identify(CharSequence text) {
    int[] hits = new int[LANGUAGES.length];
    int words = 0;
    int i = 0;
    int n = text.length();
    char[] lower = new char[LONGEST_WORD];
    while (i < n && words < MAX_WORDS) {
      while (i < n && !isLetter(text.charAt(i))) {
        i++;
      }
      int start = i;
      while (i < n && isLetter(text.charAt(i))) {
        i++;
      }
      if (start == i) {
        break;
      }
      words++;
      // Lower case never shortens a word, so a longer one is no function word.
      if (i - start <= LONGEST_WORD) {
        Language[] of = functionWord(text, start, i, lower);
        if (of != null) {
          for (Language l : of) {
            hits[l.ordinal()]++;
          }
        }
      }
    }
    Language best = null;
    int first = 0;
    int second = 0;
    for (Language l : LANGUAGES) {
      int h = hits[l.ordinal()];
      if (h > first) {
        second = first;
        first = h;
        best = l;
      } else if (h > second) {
        second = h;
      }
    }
    return first >= MIN_HITS && first * 2 >= second * 3 ? Optional.of(best) : Optional.empty();
  }

  /** Letters of ASCII, looked up; {@link Character#isLetter(char)} for the rest. */
  private static final boolean[] ASCII_LETTER = new boolean[128];

  static {
    for (char c = 0; c < 128; c++) {
      ASCII_LETTER[c] = Character.isLetter(c);
    }
  }

  private static boolean isLetter(char c) {
    return c < 128 ? ASCII_LETTER[c] : Character.isLetter(c);
  }

  /**
   * The languages whose function word {@code text[start, end)} is in lower case, or null. A
   * word of Latin-1 letters is lowered letter by letter in {@code lower}, as
   * {@link String#toLowerCase(Locale)} lowers such a word, and probed in place; any other word
   * is lowered as a string, which knows the rules of other scripts.
   */
  private static Language[] functionWord(CharSequence text, int start, int end, char[] lower) {
    int hash = 0;
    for (int k = start; k < end; k++) {
      char c = text.charAt(k);
      if (c >= 256) {
        return BY_WORD.get(text.subSequence(start, end).toString().toLowerCase(Locale.ROOT));
      }
      char l = Character.toLowerCase(c);
      lower[k - start] = l;
      hash = 31 * hash + l;
    }
    int length = end - start;
    int mask = TABLE_WORDS.length - 1;
    for (int slot = hash & mask; TABLE_WORDS[slot] != null; slot = (slot + 1) & mask) {
      String w = TABLE_WORDS[slot];
      if (w.length() == length && sameLetters(w, lower, length)) {
        return TABLE_LANGUAGES[slot];
      }
    }
    return null;
  }

  private static boolean sameLetters(String word, char[] letters, int length) {
    for (int k = 0; k < length; k++) {
      if (word.charAt(k) != letters[k]) {
        return false;
      }
    }
    return true;
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
