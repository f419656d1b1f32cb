package io.github.claimconflict.extract;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits text into words, numbers and single punctuation marks. Words keep inner apostrophes
 * ("didn't", "Riverton's"); numbers keep inner group and decimal marks ("5,000", "24.52");
 * everything else, hyphens included, is a token of its own so that "11-year-old" can be read piece
 * by piece. Runs in one pass with no regular expression.
 */
public final class Tokenizer {

  private Tokenizer() {}

  /** Per ASCII character: white space, a letter. The rest is asked of {@link Character}. */
  private static final boolean[] ASCII_SPACE = new boolean[128];
  private static final boolean[] ASCII_LETTER = new boolean[128];
  /** Each ASCII character as a string: a text's punctuation marks share them. */
  private static final String[] ASCII_STRING = new String[128];

  static {
    for (char c = 0; c < 128; c++) {
      ASCII_SPACE[c] = Character.isWhitespace(c) || Character.isSpaceChar(c);
      ASCII_LETTER[c] = Character.isLetter(c);
      ASCII_STRING[c] = String.valueOf(c);
    }
  }

  private static boolean isSpace(int cp) {
    return cp < 128 ? ASCII_SPACE[cp] : Character.isWhitespace(cp) || Character.isSpaceChar(cp);
  }

  private static boolean isLetter(int cp) {
    return cp < 128 ? ASCII_LETTER[cp] : Character.isLetter(cp);
  }

  /** The tokens of {@code text.substring(from, to)}, with offsets into {@code text}. */
  public static List<Token> tokenize(String text, int from, int to) {
    List<Token> tokens = new ArrayList<>();
    int i = from;
    boolean space = true;
    while (i < to) {
      int cp = text.codePointAt(i);
      if (isSpace(cp)) {
        space = true;
        i += Character.charCount(cp);
        continue;
      }
      int start = i;
      Token.Type type;
      if (isLetter(cp)) {
        i = endOfWord(text, i, to);
        type = Token.Type.WORD;
      } else if (isDigit(cp)) {
        i = endOfNumber(text, i, to);
        type = Token.Type.NUMBER;
      } else {
        i += Character.charCount(cp);
        type = Token.Type.PUNCT;
      }
      tokens.add(Token.of(i - start == 1 && cp < 128 ? ASCII_STRING[cp] : text.substring(start, i),
          start, type, space));
      space = false;
    }
    return tokens;
  }

  private static int endOfWord(String text, int i, int to) {
    while (i < to) {
      int cp = text.codePointAt(i);
      // no ASCII character is a non-spacing mark
      if (cp < 128 ? ASCII_LETTER[cp]
          : Character.isLetter(cp) || Character.getType(cp) == Character.NON_SPACING_MARK) {
        i += Character.charCount(cp);
      } else if (isApostrophe(cp) && i + 1 < to && isLetter(text.codePointAt(i + 1))) {
        i++;
      } else {
        break;
      }
    }
    return i;
  }

  private static int endOfNumber(String text, int i, int to) {
    while (i < to) {
      char c = text.charAt(i);
      if (isDigit(c)) {
        i++;
      } else if ((c == ',' || c == '.') && i + 1 < to && isDigit(text.charAt(i + 1))) {
        i++;
      } else {
        break;
      }
    }
    return i;
  }

  private static boolean isDigit(int cp) {
    return cp >= '0' && cp <= '9';
  }

  private static boolean isApostrophe(int cp) {
    return cp == '\'' || cp == '\u2019';
  }
}
