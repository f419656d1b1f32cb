package io.github.claimconflict.claim;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

/**
 * Where a claim stands in its article: the article's id, the character offsets of the claim's own
 * words ({@code text.substring(start, end)}), and the whole sentence around them.
 *
 * @param articleId the id of the article the offsets point into
 * @param start offset of the first character of the claim, inclusive
 * @param end offset after the last character of the claim, exclusive
 * @param sentence the sentence that contains the claim, as written; of an overlong sentence (a
 *     page with no full stops), the {@value #MAX_SENTENCE} characters or so around the claim
 * @param sentenceStart offset of {@code sentence}'s first character in the article
 */
public record Evidence(String articleId, int start, int end, String sentence, int sentenceStart) {

  /**
   * Checks that the offsets lie inside the sentence.
   *
   * @param articleId the id of the article the offsets point into
   * @param start offset of the first character of the claim
   * @param end offset after the last character of the claim
   * @param sentence the sentence that contains the claim
   * @param sentenceStart offset of the sentence in the article
   * @throws IllegalArgumentException if the offsets are negative, reversed or outside the sentence
   */
  public Evidence {
    requireNonNull(articleId, "articleId");
    requireNonNull(sentence, "sentence");
    checkArgument(start >= 0 && end >= start, "bad evidence offsets [%s, %s)", start, end);
    checkArgument(sentenceStart >= 0 && sentenceStart <= start
        && end <= sentenceStart + sentence.length(),
        "evidence [%s, %s) is not inside its sentence at %s", start, end, sentenceStart);
  }

  /** The longest sentence evidence carries whole; a longer one is cut around the claim. */
  public static final int MAX_SENTENCE = 1000;

  /**
   * Evidence for {@code [start, end)} in the sentence {@code sentence} that starts at {@code
   * sentenceStart}, cut to a window around the claim when the sentence is overlong.
   *
   * @param articleId the article's id
   * @param start offset of the claim's first character in the article
   * @param end offset after its last character
   * @param sentence the sentence that contains the claim
   * @param sentenceStart offset of the sentence in the article
   * @return the evidence
   */
  public static Evidence of(String articleId, int start, int end, String sentence,
      int sentenceStart) {
    if (sentence.length() <= MAX_SENTENCE) {
      return new Evidence(articleId, start, end, sentence, sentenceStart);
    }
    int margin = Math.max(0, (MAX_SENTENCE - (end - start)) / 2);
    int from = Math.max(sentenceStart, start - margin);
    int to = Math.min(sentenceStart + sentence.length(), end + margin);
    return new Evidence(articleId, start, end,
        sentence.substring(from - sentenceStart, to - sentenceStart), from);
  }
}
