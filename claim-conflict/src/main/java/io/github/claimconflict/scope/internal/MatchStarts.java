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

  /**
   * The places where a pattern's matches may start: one final class, so that the test at each
   * character is inlined.
   */
  static final class Opening {
    /** Letters folded into a word's hash: a hash in {@link #words} may let a word through. */
    private static final int WORD_HASHES = 1 << 12;

    private final boolean wordStart;
    private final boolean[] characters; // ASCII characters a match may open with, or null
    private final boolean capitals;
    private final boolean digits;
    private final boolean[] words; // hashes of the words a match may open with, or null
    private final int prefix; // letters of a word that are hashed; 0 for the whole run

    private Opening(boolean wordStart, String characters, boolean capitals, boolean digits,
        java.util.Set<String> words, int prefix) {
      this.wordStart = wordStart;
      this.characters = characters == null ? null : ascii(characters);
      this.capitals = capitals;
      this.digits = digits;
      this.prefix = prefix;
      if (words == null) {
        this.words = null;
      } else {
        this.words = new boolean[WORD_HASHES];
        for (String w : words) {
          if (prefix > 0 && w.length() != prefix) {
            throw new IllegalArgumentException("not a prefix of " + prefix + ": " + w);
          }
          this.words[hash(w, 0, w.length())] = true;
        }
      }
    }

    /**
     * For a pattern whose every alternative opens with {@code \b} and one of these ASCII letters
     * or digits (both cases where it ignores case).
     */
    static Opening wordStartWith(String characters) {
      return new Opening(true, characters, false, false, null, 0);
    }

    /**
     * For a pattern whose every alternative opens with {@code \b} and a digit or one of these
     * words (the pattern taking them in either case or in one), each ending where its run of
     * ASCII letters ends: the run of ASCII letters at a word start, in lower case, is one of them
     * (or shares its hash with one).
     */
    static Opening wordStartWithDigitOr(java.util.Set<String> words) {
      return new Opening(true, null, false, true, words, 0);
    }

    /**
     * For a pattern whose every alternative opens with {@code \b} and a run of ASCII letters
     * beginning with one of these three-letter prefixes (the pattern ignoring case).
     */
    static Opening wordStartWithPrefix(java.util.Set<String> prefixes) {
      return new Opening(true, null, false, false, prefixes, 3);
    }

    /** For a pattern that opens with {@code \b\p{Lu}}: a capital at a word start. */
    static Opening capitalWordStart() {
      return new Opening(true, null, true, false, null, 0);
    }

    /** For a pattern whose every match opens with one of these ASCII characters. */
    static Opening with(String characters) {
      return new Opening(false, characters, false, false, null, 0);
    }

    /** Whether a match may start at {@code i}. */
    boolean at(CharSequence text, int i) {
      // Where an ASCII letter or digit stands before, there is no \b before a word character.
      if (wordStart && i > 0 && asciiLetterOrDigit(text.charAt(i - 1))) {
        return false;
      }
      char c = text.charAt(i);
      if (characters != null) {
        return c < 128 && characters[c];
      }
      if (capitals) {
        // isUpperCase holds for every \p{Lu} and a few more; a surrogate is left to the pattern.
        return c < 128 ? c >= 'A' && c <= 'Z'
            : Character.isSurrogate(c) || Character.isUpperCase(c);
      }
      if (c >= '0' && c <= '9') {
        return digits;
      }
      int end = i;
      while (end < text.length() && asciiLetter(text.charAt(end))) {
        end++;
      }
      if (prefix > 0) {
        return end - i >= prefix && words[hash(text, i, i + prefix)];
      }
      return end > i && words[hash(text, i, end)];
    }

    private static int hash(CharSequence text, int from, int to) {
      int h = 0;
      for (int k = from; k < to; k++) {
        char c = text.charAt(k);
        h = 31 * h + (c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c);
      }
      return (h ^ (h >>> 12) ^ (h >>> 24)) & (WORD_HASHES - 1);
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
