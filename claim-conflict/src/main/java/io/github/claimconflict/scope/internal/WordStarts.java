package io.github.claimconflict.scope.internal;

import java.util.regex.Matcher;

/**
 * {@link Matcher#find()} for a pattern whose every match opens with {@code \b} and an ASCII
 * letter or digit of a known set, tried at word starts only. {@code find} tries the whole
 * pattern, each of its alternatives, at every character of the text; such a pattern cannot match
 * where that character is not in the set, nor where an ASCII letter or digit stands before it (no
 * {@code \b} between two letters), so only the remaining places are tried, each with {@link Matcher#lookingAt} in a
 * region whose bounds are transparent (so {@code \b} and look-arounds see the text around it as
 * {@code find} does). The matches are the same, in the same order, with the same groups;
 * {@code WordStartsTest} compares the two on the dates' patterns. The dates of every article's
 * lead were 7 to 8% of a warm scan, most of it failed attempts inside words.
 */
final class WordStarts {

  private final Matcher matcher;
  private final CharSequence text;
  private final Opening opening;
  private int next;

  /**
   * The ASCII characters a pattern's matches may open with: every character each of its
   * alternatives may begin with, both cases where it ignores case.
   */
  static final class Opening {
    private final boolean[] opens = new boolean[128];

    Opening(String characters) {
      for (int i = 0; i < characters.length(); i++) {
        char c = characters.charAt(i);
        if (!(c < 128 && Character.isLetterOrDigit(c))) {
          throw new IllegalArgumentException("not an ASCII letter or digit: " + c);
        }
        opens[c] = true;
      }
    }
  }

  /**
   * Matches of the pattern of {@code matcher} in {@code text}, which the matcher must read, each
   * opening with one of {@code opening}'s characters.
   */
  WordStarts(Matcher matcher, CharSequence text, Opening opening) {
    this.matcher = matcher.useTransparentBounds(true).useAnchoringBounds(false);
    this.text = text;
    this.opening = opening;
  }

  /** As {@link Matcher#find()}: true when there is a next match, then read from the matcher. */
  boolean find() {
    int n = text.length();
    for (int i = next; i < n; i++) {
      char c = text.charAt(i);
      if (c >= 128 || !opening.opens[c]
          || (i > 0 && asciiLetterOrDigit(text.charAt(i - 1)))) {
        continue;
      }
      matcher.region(i, n);
      if (matcher.lookingAt()) {
        next = matcher.end() > i ? matcher.end() : i + 1;
        return true;
      }
    }
    next = n;
    return false;
  }

  private static boolean asciiLetterOrDigit(char c) {
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }
}
