package io.github.claimconflict.extract;

import com.google.common.hash.HashFunction;
import com.google.common.hash.Hashing;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
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

  /**
   * An article's fingerprint: the sorted, distinct hashes of its runs of {@value #LENGTH} words,
   * boilerplate left out and runs wholly inside a quotation skipped. Computed once per article,
   * while it is read.
   *
   * @param article the article as read
   * @return the hashes, sorted and distinct
   */
  public static int[] fingerprint(ArticleText article) {
    String raw = article.boilerplate().blank(article.text());
    String text = raw.toLowerCase(Locale.ROOT);
    boolean[] quoted = QuoteExtractor.quoted(raw);
    List<String> words = new ArrayList<>();
    List<Boolean> inQuote = new ArrayList<>();
    StringBuilder w = new StringBuilder();
    for (int i = 0; i <= text.length(); i++) {
      char c = i < text.length() ? text.charAt(i) : ' ';
      if (Character.isLetterOrDigit(c)) {
        w.append(c);
      } else if (w.length() > 0) {
        words.add(w.toString());
        inQuote.add(i - 1 < quoted.length && quoted[i - 1]);
        w.setLength(0);
      }
    }
    int[] wordHashes = new int[words.size()];
    for (int i = 0; i < wordHashes.length; i++) {
      wordHashes[i] = HASH.hashString(words.get(i), StandardCharsets.UTF_8).asInt();
    }
    int[] out = new int[Math.max(0, words.size() - LENGTH + 1)];
    int n = 0;
    for (int i = 0; i + LENGTH <= words.size(); i++) {
      // A run wholly inside one quote is the speaker's words: two outlets quoting the same
      // speaker have not copied each other. Runs that take in the outlet's own framing count.
      if (!inQuote.subList(i, i + LENGTH).contains(false)) {
        continue;
      }
      // The run's hash combines its words' hashes in order: no string is built per run.
      int h = 17;
      for (int k = i; k < i + LENGTH; k++) {
        h = 31 * h + wordHashes[k];
      }
      out[n++] = HASH.hashInt(h).asInt();
    }
    return Arrays.stream(out, 0, n).sorted().distinct().toArray();
  }
}
