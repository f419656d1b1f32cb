package io.github.claimconflict.scope;

import io.github.claimconflict.Article;
import io.github.claimconflict.scope.Event.DatedBy;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * When an article's story happened: its publication date or dateline, and the date its lead gives
 * for the event itself ("on Sunday", "on 12 March", "last Tuesday's march", "yesterday"),
 * resolved against that date. An undated article keeps what its lead says as a constraint (a
 * weekday, a day of a month), checked later against the dates of the events it might join.
 */
final class StoryDates {

  /** How far into the text the story's own date is looked for. */
  static final int LEAD = 800;
  /**
   * A lead date further than this before its dateline places the story by itself: the dateline
   * is then a page's date, not the story's, and the year of a day-and-month is unknown.
   */
  static final int MAX_LAG_DAYS = 7;

  /** Beyond this lag a date in a dated article's lead is background, not its story's day. */
  static final int BACKGROUND_DAYS = 31;

  private static final String MONTH = "(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May"
      + "|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?";
  private static final String WEEKDAYS =
      "(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)";
  // Bounded repetitions only. Groups: 1 "last", 2 weekday; 3 relative word; 4-6 day month year;
  // 7-9 month day year.
  private static final Pattern EXPRESSION = Pattern.compile(
      "\\b(?:((?i:last|this|on|late|early))\\s{1,3})?" + WEEKDAYS
          // not the weekday of a full date ("Thursday 27 July 2017", "Monday, March 4")
          + "\\b(?!,?\\s{1,3}(?:\\d{1,2}\\b|" + MONTH.replaceFirst("\\(", "(?:")
          + "\\s{1,3}\\d))"
          + "|\\b((?i:yesterday|today|tonight|last night|this morning))\\b"
          + "|\\b(\\d{1,2})(?:st|nd|rd|th)?\\s{1,3}(?:of\\s{1,3})?" + MONTH
          + "(?:,?\\s{1,3}(\\d{4}))?\\b"
          + "|\\b" + MONTH + "\\s{1,3}(\\d{1,2})(?:st|nd|rd|th)?\\b(?:,?\\s{1,3}(\\d{4}))?");
  /** A date after these words is another moment than the story's ("a week after 10 March"). */
  private static final Pattern NOT_THE_STORY = Pattern.compile(
      "\\b(since|after|before|until|till|ahead of|from|anniversary of)\\s{1,3}(the\\s{1,3})?$",
      Pattern.CASE_INSENSITIVE);

  private StoryDates() {}

  /**
   * An article's time: a firm span, or for an undated article what its lead says (a weekday or
   * a day and month), or nothing.
   *
   * @param from the first day of the story, if dated
   * @param to the last day (the publication date where the story is a few days older), if dated
   * @param weekday for an undated article, the weekday its lead gives
   * @param monthDay for an undated article, the day and month its lead gives
   * @param basis where the date comes from
   */
  record Placement(Optional<LocalDate> from, Optional<LocalDate> to, Optional<DayOfWeek> weekday,
      Optional<MonthDay> monthDay, DatedBy basis) {

    static final Placement NONE = new Placement(Optional.empty(), Optional.empty(),
        Optional.empty(), Optional.empty(), DatedBy.NONE);

    boolean dated() {
      return from.isPresent();
    }

    static Placement at(LocalDate from, LocalDate to, DatedBy basis) {
      return new Placement(Optional.of(from), Optional.of(to), Optional.empty(), Optional.empty(),
          basis);
    }
  }

  /** A date expression of the lead, as written. */
  private record Expression(Optional<DayOfWeek> weekday, boolean last, int daysBack,
      Optional<MonthDay> monthDay, Optional<Integer> year) {}

  /** The article's placement in time. */
  static Placement of(Article article) {
    String text = article.text();
    Optional<LocalDate> dateline = Datelines.find(text);
    Optional<LocalDate> anchor = article.published().or(() -> dateline);
    DatedBy basis = article.published().isPresent() ? DatedBy.PUBLISHED : DatedBy.DATELINE;
    Optional<Expression> story = storyExpression(text, anchor);
    if (anchor.isEmpty()) {
      if (story.isEmpty()) {
        return Placement.NONE;
      }
      Expression e = story.get();
      if (e.monthDay().isPresent() && e.year().isPresent()) {
        Optional<LocalDate> d = date(e.year().get(), e.monthDay().get());
        return d.map(x -> Placement.at(x, x, DatedBy.TEXT)).orElse(Placement.NONE);
      }
      return new Placement(Optional.empty(), Optional.empty(), e.weekday(), e.monthDay(),
          DatedBy.NONE);
    }
    LocalDate a = anchor.get();
    if (story.isEmpty()) {
      return Placement.at(a, a, basis);
    }
    Expression e = story.get();
    Optional<LocalDate> resolved = resolve(e, a);
    if (resolved.isEmpty() || resolved.get().isAfter(a.plusDays(1))) {
      return Placement.at(a, a, basis);
    }
    LocalDate s = resolved.get();
    long lag = ChronoUnit.DAYS.between(s, a);
    if (lag < 0) {
      return Placement.at(a, s, DatedBy.TEXT); // the story's local day, a time zone ahead
    }
    if (lag <= MAX_LAG_DAYS) {
      // The story a few days before the article: it spans both.
      return Placement.at(s, a, s.equals(a) ? basis : DatedBy.TEXT);
    }
    if (basis == DatedBy.DATELINE && e.year().isEmpty() && e.monthDay().isPresent()) {
      // A page's date long after the day and month its lead gives: the story's year is unknown.
      return new Placement(Optional.empty(), Optional.empty(), Optional.empty(), e.monthDay(),
          DatedBy.NONE);
    }
    if (basis == DatedBy.PUBLISHED && lag > BACKGROUND_DAYS) {
      // A date months before a dated article is background the lead recalls ("the poisoning of
      // 2 March"), not its story: a piece about an event that old is a follow-up of its own.
      return Placement.at(a, a, basis);
    }
    // The lead dates its story far from its publication: placed by the story.
    return Placement.at(s, s, DatedBy.TEXT);
  }

  /** The first date the lead gives for the story, leaving out the anchor itself. */
  private static Optional<Expression> storyExpression(String text, Optional<LocalDate> anchor) {
    String lead = text.substring(0, Math.min(text.length(), LEAD));
    Matcher m = EXPRESSION.matcher(lead);
    while (m.find()) {
      int from = Math.max(0, m.start() - 24);
      if (NOT_THE_STORY.matcher(lead.substring(from, m.start())).find()
          || (m.start() > 0 && Character.isLetterOrDigit(lead.charAt(m.start() - 1)))) {
        continue;
      }
      Optional<Expression> e = expression(m);
      if (e.isEmpty()) {
        continue;
      }
      if (e.get().year().isPresent() && anchor.isPresent()
          && date(e.get().year().get(), e.get().monthDay().orElseThrow())
              .equals(anchor)) {
        continue; // the dateline itself
      }
      return e;
    }
    return Optional.empty();
  }

  private static Optional<Expression> expression(Matcher m) {
    if (m.group(2) != null) {
      DayOfWeek d = DayOfWeek.valueOf(m.group(2).toUpperCase(Locale.ROOT));
      boolean last = m.group(1) != null && m.group(1).equalsIgnoreCase("last");
      return Optional.of(new Expression(Optional.of(d), last, 0, Optional.empty(),
          Optional.empty()));
    }
    if (m.group(3) != null) {
      String w = m.group(3).toLowerCase(Locale.ROOT);
      int back = w.equals("yesterday") || w.equals("last night") ? 1 : 0;
      return Optional.of(new Expression(Optional.empty(), false, back, Optional.empty(),
          Optional.empty()));
    }
    String day = m.group(4) != null ? m.group(4) : m.group(8);
    String month = m.group(4) != null ? m.group(5) : m.group(7);
    String year = m.group(4) != null ? m.group(6) : m.group(9);
    Optional<MonthDay> md = monthDay(month, day);
    if (md.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new Expression(Optional.empty(), false, 0, md,
        Optional.ofNullable(year).map(Integer::parseInt)));
  }

  /** The expression as a date, at or before the anchor where it gives no year. */
  private static Optional<LocalDate> resolve(Expression e, LocalDate anchor) {
    if (e.weekday().isPresent()) {
      int back = (anchor.getDayOfWeek().getValue() - e.weekday().get().getValue() + 7) % 7;
      if (back == 0 && e.last()) {
        back = 7;
      } else if (back == 6 && !e.last()) {
        back = -1; // a publication date a time zone behind the story's local "Sunday"
      }
      return Optional.of(anchor.minusDays(back));
    }
    if (e.monthDay().isEmpty()) {
      return Optional.of(anchor.minusDays(e.daysBack()));
    }
    MonthDay md = e.monthDay().get();
    if (e.year().isPresent()) {
      return date(e.year().get(), md);
    }
    Optional<LocalDate> same = date(anchor.getYear(), md);
    if (same.isPresent() && same.get().isAfter(anchor.plusDays(2))) {
      return date(anchor.getYear() - 1, md);
    }
    return same;
  }

  /**
   * The day nearest to {@code [from, to]} that the undated article's lead date can be, within
   * {@code slack} days of it; empty when none can.
   */
  static Optional<LocalDate> within(Placement p, LocalDate from, LocalDate to, int slack) {
    LocalDate lo = from.minusDays(slack);
    LocalDate hi = to.plusDays(slack);
    LocalDate best = null;
    long bestGap = Long.MAX_VALUE;
    if (p.weekday().isPresent()) {
      for (LocalDate d = lo; !d.isAfter(hi); d = d.plusDays(1)) {
        if (d.getDayOfWeek() == p.weekday().get()) {
          long gap = gap(d, from, to);
          if (gap < bestGap) {
            best = d;
            bestGap = gap;
          }
        }
      }
    } else if (p.monthDay().isPresent()) {
      for (int y = lo.getYear(); y <= hi.getYear(); y++) {
        Optional<LocalDate> d = date(y, p.monthDay().get());
        if (d.isPresent() && !d.get().isBefore(lo) && !d.get().isAfter(hi)
            && gap(d.get(), from, to) < bestGap) {
          best = d.get();
          bestGap = gap(best, from, to);
        }
      }
    } else {
      return Optional.of(from);
    }
    return Optional.ofNullable(best);
  }

  private static long gap(LocalDate d, LocalDate from, LocalDate to) {
    return d.isBefore(from) ? ChronoUnit.DAYS.between(d, from)
        : d.isAfter(to) ? ChronoUnit.DAYS.between(to, d) : 0;
  }

  private static Optional<MonthDay> monthDay(String month, String day) {
    String m = month.toLowerCase(Locale.ROOT).replace(".", "");
    int n = switch (m.substring(0, 3)) {
      case "jan" -> 1;
      case "feb" -> 2;
      case "mar" -> 3;
      case "apr" -> 4;
      case "may" -> 5;
      case "jun" -> 6;
      case "jul" -> 7;
      case "aug" -> 8;
      case "sep" -> 9;
      case "oct" -> 10;
      case "nov" -> 11;
      default -> 12;
    };
    try {
      return Optional.of(MonthDay.of(n, Integer.parseInt(day)));
    } catch (DateTimeException | NumberFormatException e) {
      return Optional.empty();
    }
  }

  private static Optional<LocalDate> date(int year, MonthDay md) {
    return md.isValidYear(year) ? Optional.of(md.atYear(year)) : Optional.empty();
  }
}
