package io.github.claimconflict.scope.internal;

import com.google.common.collect.ImmutableMap;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the date an article gives itself near its top, where a dateline or byline stands: "29 Nov
 * 2021", "October 5, 2020", "2020-10-05". A date deep in the text is about something else.
 */
public final class Datelines {

  /** How far into the text a dateline may stand. */
  static final int HEAD = 600;

  private static final String MONTH =
      "(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]{0,6}";
  // Bounded repetitions only: no pattern here can backtrack catastrophically.
  static final Pattern ISO = Pattern.compile("\\b(\\d{4})-(\\d{2})-(\\d{2})\\b");
  static final Pattern DAY_MONTH_YEAR =
      Pattern.compile("\\b(\\d{1,2})\\s{1,3}" + MONTH + "\\.?,?\\s{1,3}(\\d{4})\\b",
          Pattern.CASE_INSENSITIVE);
  static final Pattern MONTH_DAY_YEAR =
      Pattern.compile("\\b" + MONTH + "\\.?\\s{1,3}(\\d{1,2}),?\\s{1,3}(\\d{4})\\b",
          Pattern.CASE_INSENSITIVE);

  private static final ImmutableMap<String, Integer> MONTHS =
      ImmutableMap.<String, Integer>builder()
          .put("jan", 1).put("feb", 2).put("mar", 3).put("apr", 4).put("may", 5).put("jun", 6)
          .put("jul", 7).put("aug", 8).put("sep", 9).put("sept", 9).put("oct", 10)
          .put("nov", 11).put("dec", 12)
          .buildOrThrow();

  private Datelines() {}

  /**
   * A date pattern, which of its groups hold the year, month and day, and what it opens with.
   */
  record Form(Pattern pattern, int year, int month, int day, boolean monthByName,
      MatchStarts.Opening opens) {}

  private static final MatchStarts.Opening DIGITS =
      MatchStarts.Opening.wordStartWith("0123456789");
  /** What {@code MONTH} opens with, either case. */
  private static final MatchStarts.Opening MONTH_OPENS = MatchStarts.Opening.wordStartWithPrefix(
      java.util.Set.of("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct",
          "nov", "dec"));

  static final java.util.List<Form> FORMS = java.util.List.of(
      new Form(ISO, 1, 2, 3, false, DIGITS),
      new Form(DAY_MONTH_YEAR, 3, 2, 1, true, DIGITS),
      new Form(MONTH_DAY_YEAR, 3, 1, 2, true, MONTH_OPENS));

  /**
   * The earliest well-formed date in the head of the text, if any.
   *
   * @param text an article's text
   * @return the date, or empty when its head holds no well-formed date
   */
  public static Optional<LocalDate> find(String text) {
    String head = text.substring(0, Math.min(text.length(), HEAD));
    Optional<LocalDate> best = Optional.empty();
    int bestAt = Integer.MAX_VALUE;
    for (Form f : FORMS) {
      Matcher m = f.pattern().matcher(head);
      MatchStarts starts = new MatchStarts(m, head, f.opens());
      boolean found = starts.find();
      while (found && afterPostHandle(head, m.start())) {
        found = starts.find();
      }
      if (found && m.start() < bestAt) {
        String month = f.monthByName() ? month(m.group(f.month())) : m.group(f.month());
        Optional<LocalDate> d = date(m.group(f.year()), month, m.group(f.day()));
        if (d.isPresent()) {
          best = d;
          bestAt = m.start();
        }
      }
    }
    return best;
  }

  /** How far back on its line a date may follow the handle that signs an embedded post. */
  private static final int POST_SIGNATURE = 80;

  /**
   * Whether a date signs a social-media post the page embeds ("— Harbour Fans (@harbourfans) June
   * 3, 2021"): the post's date, which may be weeks before the story's.
   */
  static boolean afterPostHandle(String text, int at) {
    int from = Math.max(0, at - POST_SIGNATURE);
    int close = at - 1;
    while (close >= from && Character.isWhitespace(text.charAt(close))
        && text.charAt(close) != '\n') {
      close--;
    }
    if (close < from || text.charAt(close) != ')') {
      return false;
    }
    int k = close - 1;
    while (k >= from && (Character.isLetterOrDigit(text.charAt(k)) || text.charAt(k) == '_')) {
      k--;
    }
    return k >= from + 1 && k < close - 1 && text.charAt(k) == '@' && text.charAt(k - 1) == '(';
  }

  /** What may stand beside the date on a page's date line: a weekday, a time, "updated". */
  private static final Pattern STAMP_WORDS = Pattern.compile(
      "(?i)(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|nesday|rsday|urday)?"
          + "|updated?|published|posted|last|modified|on|at|am|pm|a\\.m|p\\.m|gmt|utc|ist|cet|cest|eet|est|edt|pst|pdt|bst|msk");
  private static final Pattern LETTERS = Pattern.compile("\\p{L}+(?:\\.\\p{L})?");
  private static final int STAMP_MAX = 60;

  /** Lines of a site's name ("courier") that may stand above a page's date line. */
  private static final int MASTHEAD_LINES = 2;
  /** The longest such line: a name of a few words, no sentence. */
  private static final int MASTHEAD_MAX = 30;

  /**
   * Where the page's date line ends, when the text opens with a line that holds only a date
   * (and a weekday, a time), below at most a line or two of the site's name: a page's stamp,
   * which may be the day the page was rendered or updated rather than the story's. -1 when the
   * text opens otherwise.
   */
  static int stampEnd(String text) {
    int start = 0;
    for (int line = 0; line <= MASTHEAD_LINES; line++) {
      while (start < text.length() && Character.isWhitespace(text.charAt(start))) {
        start++;
      }
      int end = text.indexOf('\n', start);
      end = end < 0 ? text.length() : end;
      int stamp = stampLineEnd(text, start, end);
      if (stamp >= 0 || end - start > MASTHEAD_MAX || text.substring(start, end).contains(".")
          || end == text.length()) {
        return stamp;
      }
      start = end;
    }
    return -1;
  }

  /** The end of the line {@code [start, end)} if it holds only a date, a weekday and a time. */
  private static int stampLineEnd(String text, int start, int end) {
    if (end - start > STAMP_MAX) {
      return -1;
    }
    String line = text.substring(start, end);
    if (find(line).isEmpty()) {
      return -1;
    }
    // Remove the date, then every word left must be a weekday, time or "updated".
    String rest = line;
    for (Form f : FORMS) {
      rest = f.pattern().matcher(rest).replaceFirst(" ");
    }
    Matcher w = LETTERS.matcher(rest);
    while (w.find()) {
      if (!STAMP_WORDS.matcher(w.group()).matches()) {
        return -1;
      }
    }
    return end;
  }

  private static String month(String abbreviation) {
    Integer n = MONTHS.get(abbreviation.toLowerCase(Locale.ROOT));
    return n == null ? "0" : String.valueOf(n);
  }

  private static Optional<LocalDate> date(String year, String month, String day) {
    try {
      return Optional.of(
          LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day)));
    } catch (DateTimeException | NumberFormatException e) {
      return Optional.empty();
    }
  }
}
