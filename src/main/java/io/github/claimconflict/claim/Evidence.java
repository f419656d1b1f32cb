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
 * @param sentence the sentence that contains the claim, as written
 * @param sentenceStart offset of the sentence's first character in the article
 */
public record Evidence(String articleId, int start, int end, String sentence, int sentenceStart) {

  public Evidence {
    requireNonNull(articleId, "articleId");
    requireNonNull(sentence, "sentence");
    checkArgument(start >= 0 && end >= start, "bad evidence offsets [%s, %s)", start, end);
    checkArgument(sentenceStart >= 0 && sentenceStart <= start
        && end <= sentenceStart + sentence.length(),
        "evidence [%s, %s) is not inside its sentence at %s", start, end, sentenceStart);
  }
}
