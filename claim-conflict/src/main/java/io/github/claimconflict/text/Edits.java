package io.github.claimconflict.text;

import org.apache.commons.text.similarity.LevenshteinDistance;

/**
 * How far apart two spellings of a word are, counting a slip of the keyboard as one edit: a
 * letter added, dropped or changed, or two neighbouring letters swapped ("Erdgoan").
 */
public final class Edits {

  private Edits() {}

  /**
   * Whether two words of one length differ only in two neighbouring letters swapped: one edit
   * by {@link #withSwaps}, two by Levenshtein's count.
   *
   * @param a a word
   * @param b another
   * @return true if swapping two neighbouring letters of one makes the other
   */
  public static boolean swapped(String a, String b) {
    if (a.length() != b.length()) {
      return false;
    }
    int first = 0;
    while (first < a.length() && a.charAt(first) == b.charAt(first)) {
      first++;
    }
    return first + 1 < a.length() && a.charAt(first) == b.charAt(first + 1)
        && a.charAt(first + 1) == b.charAt(first)
        && a.regionMatches(first + 2, b, first + 2, a.length() - first - 2);
  }

  /**
   * The Levenshtein distance, with a swap of two neighbouring letters counted as one edit.
   *
   * @param a a word
   * @param b another
   * @return the number of edits
   */
  public static int withSwaps(String a, String b) {
    int d = LevenshteinDistance.getDefaultInstance().apply(a, b);
    return d == 2 && swapped(a, b) ? 1 : d;
  }
}
