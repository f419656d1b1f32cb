package io.github.claimconflict.extract;

import java.util.Locale;

/**
 * One word, number or punctuation mark of a sentence, with its offsets in the article text.
 *
 * @param text the token as written
 * @param lower the token in lower case, for lexicon look-ups
 * @param start offset of its first character in the article
 * @param end offset after its last character in the article
 * @param type what kind of token it is
 * @param spaceBefore whether white space separates it from the token before ("11-year" has none)
 */
public record Token(String text, String lower, int start, int end, Type type, boolean spaceBefore) {

  /** Token kinds. */
  public enum Type {
    WORD,
    NUMBER,
    PUNCT
  }

  static Token of(String text, int start, Type type, boolean spaceBefore) {
    return new Token(text, text.toLowerCase(Locale.ROOT), start, start + text.length(), type, spaceBefore);
  }

  public boolean isWord() {
    return type == Type.WORD;
  }

  public boolean isNumber() {
    return type == Type.NUMBER;
  }

  public boolean is(String lowerText) {
    return lower.equals(lowerText);
  }

  /** Whether a word starts with an upper-case letter. */
  public boolean isCapitalized() {
    return type == Type.WORD && Character.isUpperCase(text.codePointAt(0));
  }
}
