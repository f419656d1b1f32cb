package io.github.claimconflict.scope.internal;

import java.util.regex.Matcher;

/**
 * {@link Matcher#find()} tried only where a match can start. {@code find} tries the whole
 * pattern, each of its alternatives, at every character of the text; a pattern whose every match
 * opens with one of a known set of characters or words (and, for most, {@code \b} before it)
 * cannot match anywhere else, so only those places are tried, each with {@link Matcher#lookingAt} in a region
 * whose bounds are transparent (so {@code \b} and look-arounds see the text around it as
 * {@code find} does). The matches are the same, in the same order, with the same groups;
 * {@code MatchStartsTest} compares the two on every pattern that uses this. The dates of every
 * article's lead were 7 to 8% of a warm scan, most of it failed attempts inside words.
 */
final class MatchStarts {

  private final Matcher matcher;
  private final CharSequence text;
  private final Opening opening;
  private int next;

  /** The places where a pattern's matches may start. */
  abstract static class Opening {

    private Opening() {}

    /** Whether a match may start at {@code i}. */
    abstract boolean at(CharSequence text, int i);

    /**
     * For a pattern whose every alternative opens with {@code \b} and one of these ASCII letters
     * or digits (both cases where it ignores case): no ASCII letter or digit stands before it,
     * since there is no {@code \b} between two.
     */
    static Opening wordStartWith(String characters) {
      boolean[] opens = ascii(characters);
      return new Opening() {
        @Override
        boolean at(CharSequence text, int i) {
          char c = text.charAt(i);
          return c < 128 && opens[c] && wordStart(text, i);
        }
      };
    }

    /**
     * For a pattern whose every alternative opens with {@code \b} and a digit or one of these
     * words (lower case, the pattern taking them in either case or in one), each ending where its
     * run of ASCII letters ends: the run of ASCII letters at a word start, in lower case, is one
     * of them.
     */
    static Opening wordStartWithDigitOr(java.util.Set<String> words) {
      return new Opening() {
        @Override
        boolean at(CharSequence text, int i) {
          char c = text.charAt(i);
          if (!wordStart(text, i)) {
            return false;
          }
          if (c >= '0' && c <= '9') {
            return true;
          }
          int end = letters(text, i);
          return end > i && words.contains(lowerCase(text, i, end));
        }
      };
    }

    /**
     * For a pattern whose every alternative opens with {@code \b} and a run of ASCII letters
     * beginning with one of these three-letter prefixes (lower case, the pattern ignoring case).
     */
    static Opening wordStartWithPrefix(java.util.Set<String> prefixes) {
      return new Opening() {
        @Override
        boolean at(CharSequence text, int i) {
          return wordStart(text, i) && letters(text, i) >= i + 3
              && prefixes.contains(lowerCase(text, i, i + 3));
        }
      };
    }

    /** For a pattern that opens with {@code \b\p{Lu}}: a capital at a word start. */
    static Opening capitalWordStart() {
      return new Opening() {
        @Override
        boolean at(CharSequence text, int i) {
          char c = text.charAt(i);
          // isUpperCase holds for every \p{Lu} and a few more; a surrogate is left to the
          // pattern.
          boolean capital = c < 128 ? c >= 'A' && c <= 'Z'
              : Character.isSurrogate(c) || Character.isUpperCase(c);
          return capital && wordStart(text, i);
        }
      };
    }

    /** For a pattern whose every match opens with one of these ASCII characters. */
    static Opening with(String characters) {
      boolean[] opens = ascii(characters);
      return new Opening() {
        @Override
        boolean at(CharSequence text, int i) {
          char c = text.charAt(i);
          return c < 128 && opens[c];
        }
      };
    }

    private static boolean[] ascii(String characters) {
      boolean[] opens = new boolean[128];
      for (int i = 0; i < characters.length(); i++) {
        char c = characters.charAt(i);
        if (c >= 128) {
          throw new IllegalArgumentException("not ASCII: " + c);
        }
        opens[c] = true;
      }
      return opens;
    }

    /** No ASCII letter or digit before {@code i}: else {@code \b} cannot hold before a word. */
    private static boolean wordStart(CharSequence text, int i) {
      return i == 0 || !asciiLetterOrDigit(text.charAt(i - 1));
    }

    /** Where the run of ASCII letters from {@code i} ends. */
    private static int letters(CharSequence text, int i) {
      int end = i;
      while (end < text.length() && asciiLetter(text.charAt(end))) {
        end++;
      }
      return end;
    }

    private static String lowerCase(CharSequence text, int from, int to) {
      char[] out = new char[to - from];
      for (int k = from; k < to; k++) {
        char c = text.charAt(k);
        out[k - from] = c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
      }
      return new String(out);
    }
  }

  /**
   * Matches of the pattern of {@code matcher} in {@code text}, which the matcher must read, each
   * starting where {@code opening} says one may.
   */
  MatchStarts(Matcher matcher, CharSequence text, Opening opening) {
    this.matcher = matcher.useTransparentBounds(true).useAnchoringBounds(false);
    this.text = text;
    this.opening = opening;
  }

  /** As {@link Matcher#find()}: true when there is a next match, then read from the matcher. */
  boolean find() {
    int n = text.length();
    for (int i = next; i < n; i++) {
      if (!opening.at(text, i)) {
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
    return (c >= '0' && c <= '9') || asciiLetter(c);
  }

  private static boolean asciiLetter(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }
}
