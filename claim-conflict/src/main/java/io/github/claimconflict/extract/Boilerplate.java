package io.github.claimconflict.extract;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The page furniture around an article's text: cookie and privacy notices, "Follow us" lines,
 * copyright lines, and lists of related links (runs of short headline lines, and teasers that end
 * in a date line). Claims are never read from it, so it pairs with nothing.
 */
public final class Boilerplate {

  /** Words of page notices, in lower case; a line containing one is furniture. */
  private static final List<String> NOTICES = List.of(
      "cookie", "privacy policy", "privacy preferences", "your consent", "manage consent",
      "consent preferences", "subscribe", "newsletter",
      "follow us", "all rights reserved", "sign up", "read more", "related articles",
      "related stories", "related links", "advertisement", "terms of use", "terms of service",
      "\u00a9");
  private static final Pattern DATE_LINE = Pattern.compile(
      "(?i)^\\s{0,4}(\\d{1,2}\\s{1,3}[a-z]{3,9}\\.?\\s{1,3}\\d{4}|[a-z]{3,9}\\.?\\s{1,3}\\d{1,2},?"
          + "\\s{1,3}\\d{4}|\\d{4}-\\d{2}-\\d{2})\\s{0,4}$");

  /** How many lines at the top may be a headline, deck, caption and dateline. */
  private static final int HEAD_LINES = 6;
  /** A run of this many short unpunctuated lines is a list of links, not prose. */
  private static final int LINK_RUN = 3;

  private final ImmutableList<int[]> ranges;

  private Boilerplate(List<int[]> ranges) {
    this.ranges = ImmutableList.copyOf(ranges);
  }

  /** Finds the boilerplate of an article's text. */
  public static Boilerplate of(String text) {
    List<int[]> lines = new ArrayList<>();
    int start = 0;
    while (true) {
      int i = text.indexOf('\n', start); // an intrinsic: no test per character here
      int end = i < 0 ? text.length() : i;
      if (!text.substring(start, end).isBlank()) {
        lines.add(new int[] {start, end});
      }
      if (i < 0) {
        break;
      }
      start = i + 1;
    }
    boolean[] furniture = new boolean[lines.size()];
    List<int[]> tails = new ArrayList<>();
    for (int k = 0; k < lines.size(); k++) {
      String line = text.substring(lines.get(k)[0], lines.get(k)[1]);
      String lower = line.toLowerCase(Locale.ROOT);
      int notice = firstNotice(lower);
      if (notice >= 0) {
        // a line with two kinds of notice is a notice throughout ("we ask for this consent
        // ... the cookies we place ... your privacy preferences")
        int prose = notices(lower) > 1 ? 0 : proseBefore(line, notice);
        if (prose > 0) {
          // A caption or credit glued to the end of a paragraph: only that tail is furniture.
          tails.add(new int[] {lines.get(k)[0] + prose, lines.get(k)[1]});
        } else {
          furniture[k] = true;
        }
      }
      // A date line below the head closes a teaser: its headline and summary are links.
      if (k >= HEAD_LINES && DATE_LINE.matcher(line).matches()) {
        for (int j = Math.max(HEAD_LINES, k - 2); j <= k; j++) {
          furniture[j] = true;
        }
      }
    }
    int run = 0;
    // a line wrapped into the next, or wrapped from the last, is a sentence's part, not a link
    int[] wraps = LineWraps.of(text);
    for (int k = HEAD_LINES; k <= lines.size(); k++) {
      boolean linkLike = k < lines.size()
          && isLinkLike(text.substring(lines.get(k)[0], lines.get(k)[1]))
          && !LineWraps.contains(wraps, lines.get(k)[1])
          && !LineWraps.contains(wraps, lines.get(k - 1)[1]);
      if (linkLike) {
        run++;
      } else {
        if (run >= LINK_RUN) {
          for (int j = k - run; j < k; j++) {
            furniture[j] = true;
          }
        }
        run = 0;
      }
    }
    List<int[]> out = new ArrayList<>();
    for (int k = 0; k < lines.size(); k++) {
      if (furniture[k]) {
        out.add(lines.get(k));
      }
    }
    out.addAll(tails);
    out.sort(java.util.Comparator.comparingInt(r -> r[0]));
    return new Boilerplate(out);
  }

  /** Where the first notice word of a line stands, or -1. */
  private static int firstNotice(String lower) {
    int first = -1;
    for (String n : NOTICES) {
      int at = lower.indexOf(n);
      if (at >= 0 && (first < 0 || at < first)) {
        first = at;
      }
    }
    return first;
  }

  /** How many of the notice words a line holds. */
  private static int notices(String lower) {
    int n = 0;
    for (String notice : NOTICES) {
      n += lower.contains(notice) ? 1 : 0;
    }
    return n;
  }

  /** How much prose a line must hold before a notice for only the notice's tail to go. */
  private static final int PROSE = 100;

  /**
   * Where the notice's tail starts when the line opens with at least {@link #PROSE} characters
   * of prose ending in a sentence stop before it ("... the quays reopened.A ferry at the quay:
   * Flowers were left outside © Agency"), else 0: the whole line is furniture.
   */
  private static int proseBefore(String line, int notice) {
    for (int i = notice - 1; i >= PROSE; i--) {
      char c = line.charAt(i);
      if ((c == '.' || c == '!' || c == '?') && Character.isLowerCase(line.charAt(i - 1))) {
        int end = i + 1;
        // a quote closed after the stop ends the prose too: '... of his life." - READ MORE'
        while (end < line.length() && "\"\u201d\u2019'".indexOf(line.charAt(end)) >= 0) {
          end++;
        }
        if (end >= line.length() || Character.isWhitespace(line.charAt(end))
            || end == i + 1 && Character.isLetter(line.charAt(end))) {
          return end;
        }
      }
    }
    return 0;
  }

  /** A short line with no closing stop: a headline or a link. */
  private static boolean isLinkLike(String line) {
    String s = line.strip();
    if (s.isEmpty()) {
      return false;
    }
    char last = s.charAt(s.length() - 1);
    boolean stops = last == '.' || last == '!' || last == '?' || last == '"' || last == '\u201d'
        || last == ':';
    return !stops && s.split("\\s+").length <= 16;
  }

  /** Whether the stretch {@code [start, end)} lies in boilerplate. */
  public boolean covers(int start, int end) {
    for (int[] r : ranges) {
      if (start >= r[0] && end <= r[1]) {
        return true;
      }
    }
    return false;
  }

  /** The text with its boilerplate blanked out, offsets unchanged. */
  public String blank(String text) {
    if (ranges.isEmpty()) {
      return text;
    }
    char[] chars = text.toCharArray();
    for (int[] r : ranges) {
      for (int i = r[0]; i < r[1]; i++) {
        chars[i] = ' ';
      }
    }
    return new String(chars);
  }

  @Override
  public String toString() {
    return "Boilerplate" + ranges.stream().map(r -> "[" + r[0] + "," + r[1] + ")").toList()
        .toString().toLowerCase(Locale.ROOT);
  }
}
