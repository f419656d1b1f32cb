package io.github.claimconflict.extract;

import com.google.common.hash.HashFunction;
import com.google.common.hash.Hashing;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;

/**
 * An article's fingerprint for finding copies (see {@code scope.internal.SourceDependence}): its text cut
 * into overlapping runs of {@value #LENGTH} words, each run hashed with Guava's Murmur3. It lives
 * beside {@link ArticleText} because it is taken while the article is read, from the same text.
 */
public final class Shingles {

  /** Words in a run. */
  public static final int LENGTH = 5;

  private static final HashFunction HASH = Hashing.murmur3_32_fixed();

  private Shingles() {}

  /** Letters and digits of ASCII, looked up: the loop below visits every character. */
  private static final boolean[] ASCII_WORD = new boolean[128];

  static {
    for (char c = 0; c < 128; c++) {
      ASCII_WORD[c] = Character.isLetterOrDigit(c);
    }
  }

  /**
   * An article's fingerprint: the sorted, distinct hashes of its runs of {@value #LENGTH} words,
   * boilerplate left out and runs wholly inside a quotation skipped. Computed once per article,
   * while it is read.
   *
   * @param article the article as read
   * @return the hashes, sorted and distinct
   */
  public static int[] fingerprint(ArticleText article) {
    return fingerprint(article.text(), article.boilerplate());
  }

  /**
   * The fingerprint {@link #fingerprint(ArticleText)} gives, of a text not otherwise read: a
   * large scan takes each article's again per event, and needs only its boilerplate for it, not
   * its sentences, tokens and language.
   *
   * @param text an article's text
   * @return the hashes, sorted and distinct
   */
  public static int[] fingerprint(String text) {
    return fingerprint(text, Boilerplate.of(text));
  }

  private static int[] fingerprint(String articleText, Boilerplate boilerplate) {
    String raw = boilerplate.blank(articleText);
    String text = raw.toLowerCase(Locale.ROOT);
    boolean[] quoted = QuoteExtractor.quoted(raw);
    // each word hashed where it lies in the text, through one reusable view: no string a word
    int[] wordHashes = new int[16];
    boolean[] inQuote = new boolean[16];
    int words = 0;
    Window word = new Window(text);
    int start = -1;
    for (int i = 0; i <= text.length(); i++) {
      char c = i < text.length() ? text.charAt(i) : ' ';
      if (c < 128 ? ASCII_WORD[c] : Character.isLetterOrDigit(c)) {
        if (start < 0) {
          start = i;
        }
      } else if (start >= 0) {
        if (words == wordHashes.length) {
          wordHashes = Arrays.copyOf(wordHashes, words * 2);
          inQuote = Arrays.copyOf(inQuote, words * 2);
        }
        wordHashes[words] = HASH.hashString(word.over(start, i), StandardCharsets.UTF_8).asInt();
        inQuote[words] = i - 1 < quoted.length && quoted[i - 1];
        words++;
        start = -1;
      }
    }
    int[] out = new int[Math.max(0, words - LENGTH + 1)];
    int n = 0;
    for (int i = 0; i + LENGTH <= words; i++) {
      // A run wholly inside one quote is the speaker's words: two outlets quoting the same
      // speaker have not copied each other. Runs that take in the outlet's own framing count.
      if (allQuoted(inQuote, i)) {
        continue;
      }
      // The run's hash combines its words' hashes in order: no string is built per run.
      int h = 17;
      for (int k = i; k < i + LENGTH; k++) {
        h = 31 * h + wordHashes[k];
      }
      out[n++] = murmur3(h);
    }
    Arrays.sort(out, 0, n);
    int distinct = 0;
    for (int i = 0; i < n; i++) {
      if (distinct == 0 || out[i] != out[distinct - 1]) {
        out[distinct++] = out[i];
      }
    }
    return Arrays.copyOf(out, distinct);
  }

  /**
   * {@code Hashing.murmur3_32_fixed().hashInt(input).asInt()}, written out: the same bits
   * without a {@code HashCode} for each of an article's runs.
   */
  static int murmur3(int input) {
    int k1 = input * 0xcc9e2d51;
    k1 = Integer.rotateLeft(k1, 15);
    k1 *= 0x1b873593;
    int h1 = Integer.rotateLeft(k1, 13); // the seed, 0, xor k1
    h1 = h1 * 5 + 0xe6546b64;
    h1 ^= Integer.BYTES;
    h1 ^= h1 >>> 16;
    h1 *= 0x85ebca6b;
    h1 ^= h1 >>> 13;
    h1 *= 0xc2b2ae35;
    h1 ^= h1 >>> 16;
    return h1;
  }

  private static boolean allQuoted(boolean[] inQuote, int from) {
    for (int k = from; k < from + LENGTH; k++) {
      if (!inQuote[k]) {
        return false;
      }
    }
    return true;
  }

  /** A stretch of a text read as a character sequence in place, moved from word to word. */
  private static final class Window implements CharSequence {
    private final String text;
    private int start;
    private int end;

    Window(String text) {
      this.text = text;
    }

    Window over(int from, int to) {
      start = from;
      end = to;
      return this;
    }

    @Override
    public int length() {
      return end - start;
    }

    @Override
    public char charAt(int index) {
      return text.charAt(start + index);
    }

    @Override
    public CharSequence subSequence(int from, int to) {
      return text.substring(start + from, start + to);
    }

    @Override
    public String toString() {
      return text.substring(start, end);
    }
  }
}
