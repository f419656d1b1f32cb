package io.github.claimconflict.extract;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The line breaks of a page stored wrapped at a fixed width, which fall inside sentences rather
 * than between paragraphs. Such a page often has no blank lines between its paragraphs; its
 * width is that of the lines that end mid-sentence, which is short (an old wire copy kept at 64
 * or 72 columns), and most of its lines are nearly that long. A break after a line that long is a
 * wrap; one after a shorter line (a headline, a byline, a paragraph's last line) or a longer one
 * (a paragraph pasted whole) is a break. Pages of one paragraph a line end their lines in stops,
 * most far longer than a fixed width, and have no wraps.
 */
final class LineWraps {

  private LineWraps() {}

  /** The fewest lines that show a fixed width. */
  private static final int MIN_LINES = 6;
  /** The fewest breaks plainly inside a sentence that show a page was wrapped. */
  private static final int MIN_PLAIN = 4;
  /** Lines wider than this are paragraphs, not a fixed width. */
  private static final int MAX_WIDTH = 100;
  /** Lines narrower than this say nothing of a width: lists, verse, tables. */
  private static final int MIN_WIDTH = 40;
  /** A wrapped line is this much shorter than the width at most: its next word did not fit. */
  private static final int SLACK = 16;

  private static final int[] NONE = new int[0];

  /**
   * The offsets of the line breaks ({@code \n}, and a {@code \r} before it) that wrap a sentence
   * onto the next line, sorted.
   *
   * @param text an article's text
   * @return the wrapping breaks' offsets, none when the page is not wrapped at a fixed width
   */
  static int[] of(String text) {
    List<int[]> lines = lines(text);
    if (lines.size() < MIN_LINES) {
      return NONE;
    }
    // The width is that of the lines that break mid-sentence, ending in a word or a comma with
    // the next line right below; longer lines are paragraphs left whole, their breaks real.
    int width = 0;
    int plain = 0; // breaks plainly inside a sentence: the next line goes on in lower case
    for (int k = 0; k + 1 < lines.size(); k++) {
      int[] l = lines.get(k);
      int[] next = lines.get(k + 1);
      if (next[2] == l[3] && endsOpen(text, l)) {
        width = Math.max(width, l[1] - l[0]);
        if (Character.isLowerCase(text.charAt(next[0]))) {
          plain++;
        }
      }
    }
    if (plain < MIN_PLAIN || width > MAX_WIDTH || width < MIN_WIDTH) {
      return NONE;
    }
    int narrow = 0;
    int full = 0;
    int open = 0;
    for (int[] l : lines) {
      int n = l[1] - l[0];
      if (n <= width) {
        narrow++;
        if (n >= width - SLACK) {
          full++;
          open += endsOpen(text, l) ? 1 : 0;
        }
      }
    }
    // Half the lines full or more (a paragraph's last line is short), many of them ending
    // mid-sentence: a wrapped page. A few long lines among short ones are a list or verse;
    // short paragraphs of a sentence each end in stops.
    if (full * 2 < narrow || open * 3 < full) {
      return NONE;
    }
    List<Integer> out = new ArrayList<>();
    for (int k = 0; k + 1 < lines.size(); k++) {
      int[] l = lines.get(k);
      int[] next = lines.get(k + 1);
      int n = l[1] - l[0];
      // the next line follows at once (no blank line between) and this one was full
      if (n >= width - SLACK && n <= width && next[2] == l[3]) {
        for (int i = l[1]; i < next[0]; i++) {
          char c = text.charAt(i);
          if (c == '\n' || c == '\r') {
            out.add(i);
          }
        }
      }
    }
    int[] r = new int[out.size()];
    for (int i = 0; i < r.length; i++) {
      r[i] = out.get(i);
    }
    return r;
  }

  /** Whether a line ends inside a sentence: in a letter, a digit or a comma. */
  private static boolean endsOpen(String text, int[] line) {
    char last = text.charAt(line[1] - 1);
    return Character.isLetterOrDigit(last) || last == ',';
  }

  /** Whether {@code at} is one of the sorted {@code wraps}. */
  static boolean contains(int[] wraps, int at) {
    return wraps.length > 0 && Arrays.binarySearch(wraps, at) >= 0;
  }

  /**
   * The text's non-blank lines as {start, end without trailing white space, index of the line,
   * index of the line after it}, so that two lines with only a line break between them have
   * consecutive indices.
   */
  private static List<int[]> lines(String text) {
    List<int[]> out = new ArrayList<>();
    int start = 0;
    int index = 0;
    while (start <= text.length()) {
      int nl = text.indexOf('\n', start);
      int end = nl < 0 ? text.length() : nl;
      int s = start;
      int e = end;
      while (s < e && Character.isWhitespace(text.charAt(s))) {
        s++;
      }
      while (e > s && Character.isWhitespace(text.charAt(e - 1))) {
        e--;
      }
      if (e > s) {
        out.add(new int[] {s, e, index, index + 1});
      }
      index++;
      if (nl < 0) {
        break;
      }
      start = nl + 1;
    }
    return out;
  }
}
