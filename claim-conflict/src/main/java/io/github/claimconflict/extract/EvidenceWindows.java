package io.github.claimconflict.extract;

import static java.util.Objects.requireNonNull;

import io.github.claimconflict.claim.Evidence;

/**
 * Evidence windows of one sentence. In an overlong sentence, claims near each other share one
 * window string (windows of {@value Evidence#MAX_SENTENCE} characters every half that), so a
 * page of figures with no full stop costs one copy of its text, not one per figure.
 */
final class EvidenceWindows {
  private final String sentence;
  private final int sentenceStart;
  private final java.util.Map<Integer, String> blocks = new java.util.HashMap<>();

  /**
   * Windows of one sentence.
   *
   * @param sentence the sentence, as written
   * @param sentenceStart its offset in the article
   */
  EvidenceWindows(String sentence, int sentenceStart) {
    this.sentence = requireNonNull(sentence, "sentence");
    this.sentenceStart = sentenceStart;
  }

  /**
   * Evidence for {@code [start, end)}, which lies in this sentence.
   *
   * @param articleId the article's id
   * @param start offset of the claim's first character in the article
   * @param end offset after its last character
   * @return the evidence, its sentence shared with nearby claims' where it is overlong
   */
  Evidence of(String articleId, int start, int end) {
    if (sentence.length() <= Evidence.MAX_SENTENCE) {
      return new Evidence(articleId, start, end, sentence, sentenceStart);
    }
    int half = Evidence.MAX_SENTENCE / 2;
    int at = start - sentenceStart;
    int k = Math.max(0, (at - half / 2) / half);
    int from = k * half;
    int to = Math.min(sentence.length(), from + Evidence.MAX_SENTENCE);
    if (end - sentenceStart > to) {
      return Evidence.of(articleId, start, end, sentence, sentenceStart);
    }
    String window = blocks.computeIfAbsent(k, x -> sentence.substring(from, to));
    return new Evidence(articleId, start, end, window, sentenceStart + from);
  }
}
