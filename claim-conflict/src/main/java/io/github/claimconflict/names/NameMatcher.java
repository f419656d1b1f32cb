package io.github.claimconflict.names;

/**
 * Says whether two words of names are one spelling, two spellings of one name, or two names. One
 * small interface with interchangeable implementations, in the manner of Commons Text's
 * similarity package; {@link SpellingMatcher} is the default.
 */
@FunctionalInterface
public interface NameMatcher {

  /** How two spellings relate. */
  enum Verdict {
    /** The same in cosmetic form: case, hyphens, diacritics, British/American endings. */
    SAME,
    /** The same once transliteration equivalences are folded: "Gulnoora" and "Gulnura". */
    TRANSLITERATION,
    /** Close enough to be a slip of the keyboard: "Unity" and "Untiy". */
    MISSPELLING,
    /** Different names. */
    DIFFERENT;

    /**
     * Whether the two words name the same thing.
     *
     * @return true for every verdict but {@link #DIFFERENT}
     */
    public boolean sameName() {
      return this != DIFFERENT;
    }
  }

  /**
   * Compares two words, each already in cosmetic form: lower case, without diacritics, hyphens,
   * apostrophes or a possessive "s", British and American endings folded alike.
   *
   * @param a a word
   * @param b another word
   * @return how the two spellings relate
   */
  Verdict compare(String a, String b);
}
