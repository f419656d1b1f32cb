package io.github.claimconflict.extract;

import com.google.common.collect.ImmutableSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Splits article text into sentences. A line break ends a sentence, since headlines, captions and
 * paragraphs of scraped news stand on lines of their own, but for a wrap in a page stored at a
 * fixed width (see {@code LineWraps}); inside a line, a full stop,
 * question or exclamation mark ends one when a capital letter, digit or opening quote follows, and
 * the word before the stop is not a common abbreviation ("Mr.", "Oct.", "U.S.").
 */
public final class Sentences {

  /** A sentence's offsets in its article and its text. */
  public record Sentence(int start, int end, String text) {}

  private static final ImmutableSet<String> ABBREVIATIONS =
      ImmutableSet.of(
          "mr", "mrs", "ms", "dr", "st", "gen", "sen", "rep", "gov", "lt", "col", "sgt", "capt",
          "prof", "jr", "sr", "no", "inc", "co", "corp", "ltd", "vs", "etc", "jan", "feb", "mar",
          "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "u.s", "u.k", "u.n",
          "a.m", "p.m", "e.g", "i.e", "approx", "est", "fig", "pres", "gov't", "mt", "ft");

  private Sentences() {}

  /** The sentences of {@code text}, trimmed, in order; blank stretches yield none. */
  public static List<Sentence> split(String text) {
    List<Sentence> out = new ArrayList<>();
    int start = 0;
    int n = text.length();
    int[] wraps = LineWraps.of(text);
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      if ((c == '\n' || c == '\r') && !LineWraps.contains(wraps, i)) {
        add(text, start, i, out);
        start = i + 1;
      } else if ((c == '.' || c == '!' || c == '?') && endsSentence(text, i, wraps)) {
        int end = i + 1;
        while (end < n && isClosing(text.charAt(end))) {
          end++;
        }
        add(text, start, end, out);
        start = end;
        i = end - 1;
      }
    }
    add(text, start, n, out);
    return out;
  }

  private static boolean endsSentence(String text, int dot, int[] wraps) {
    int j = dot + 1;
    while (j < text.length() && isClosing(text.charAt(j))) {
      j++;
    }
    if (j >= text.length()) {
      return true;
    }
    if (!Character.isWhitespace(text.charAt(j))) {
      return false;
    }
    while (j < text.length() && (text.charAt(j) == ' ' || LineWraps.contains(wraps, j))) {
      j++;
    }
    if (j >= text.length()) {
      return true;
    }
    char next = text.charAt(j);
    boolean opens =
        Character.isUpperCase(next) || Character.isDigit(next) || isOpening(next) || next == '\n';
    return opens && (text.charAt(dot) != '.' || !abbreviationBefore(text, dot));
  }

  private static boolean abbreviationBefore(String text, int dot) {
    int k = dot;
    // Abbreviations are short: a bounded look back keeps "a.a.a.a..." linear.
    while (k > 0 && dot - k < 8
        && (Character.isLetter(text.charAt(k - 1)) || text.charAt(k - 1) == '.')) {
      k--;
    }
    String word = text.substring(k, dot).toLowerCase(Locale.ROOT);
    return (word.length() == 1 && Character.isLetter(word.charAt(0)))
        || ABBREVIATIONS.contains(word);
  }

  private static boolean isClosing(char c) {
    return c == '"' || c == '\u201d' || c == '\u2019' || c == '\'' || c == ')' || c == ']';
  }

  private static boolean isOpening(char c) {
    return c == '"' || c == '\u201c' || c == '\u2018' || c == '\'' || c == '(' || c == '[';
  }

  private static void add(String text, int start, int end, List<Sentence> out) {
    while (start < end && Character.isWhitespace(text.charAt(start))) {
      start++;
    }
    while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
      end--;
    }
    if (end > start) {
      out.add(new Sentence(start, end, text.substring(start, end)));
    }
  }
}
