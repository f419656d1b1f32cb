package io.github.claimconflict.scope.internal;

import io.github.claimconflict.Article;
import io.github.claimconflict.scope.Event.DatedBy;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.MatchResult;
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
  static final Pattern EXPRESSION = Pattern.compile(
      "\\b(?:((?i:last|this|on|late|early))\\s{1,3})?" + WEEKDAYS
          // not the weekday of a full date ("Tuesday 14 May 2019", "Monday, March 4"); a count
          // after it is no date ("On Sunday, 40 people died")
          + "\\b(?!\\s{0,3},?\\s{1,3}(?:\\d{1,2}(?:st|nd|rd|th)?\\s{1,3}(?:of\\s{1,3})?"
          + MONTH.replaceFirst("\\(", "(?:") + "|" + MONTH.replaceFirst("\\(", "(?:")
          + "\\s{1,3}\\d))"
          + "|\\b((?i:yesterday|today|tonight|last night|this morning))\\b"
          + "|\\b(\\d{1,2})(?:st|nd|rd|th)?\\s{1,3}(?:of\\s{1,3})?" + MONTH
          + "(?:,?\\s{1,3}(\\d{4}))?\\b"
          + "|\\b" + MONTH + "\\s{1,3}(\\d{1,2})(?:st|nd|rd|th)?\\b(?:,?\\s{1,3}(\\d{4}))?");
  /**
   * What {@link #EXPRESSION} opens with: a digit, the words before a weekday, a weekday, the
   * relative words, a month.
   */
  static final MatchStarts.Opening EXPRESSION_OPENS = MatchStarts.Opening.wordStartWithDigitOr(
      java.util.Set.of("last", "this", "on", "late", "early", "yesterday", "today", "tonight",
          "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
          "jan", "january", "feb", "february", "mar", "march", "apr", "april", "may", "jun",
          "june", "jul", "july", "aug", "august", "sep", "sept", "sepember", "september", "oct",
          "october", "nov", "november", "dec", "december"));
  /** A date after these words is another moment than the story's ("a week after 10 March"). */
  private static final Pattern NOT_THE_STORY = Pattern.compile(
      "\\b(since|after|before|until|till|ahead of|from|anniversary of)\\s{1,3}(the\\s{1,3})?$",
      Pattern.CASE_INSENSITIVE);
  /**
   * A date a caption gives its picture ("A picture dated 3 May shows", "file photo taken on
   * Friday"): a photo agency's page often shows the story with an older picture of its people.
   */
  private static final Pattern A_PICTURES_DATE = Pattern.compile(
      "\\b(?:picture|photo|photograph|image|footage)\\s{1,3}(?:dated|taken|made|shot)"
          + "(?:\\s{1,3}(?:on|in))?\\s{1,3}$",
      Pattern.CASE_INSENSITIVE);
  /**
   * A clause of another moment that a date ends: "vanished after entering the consulate on 2
   * May", "was detained before flying home on Friday". The span looked back over is bounded.
   */
  private static final Pattern IN_ANOTHER_MOMENT = Pattern.compile(
      "\\b(?:since|after|before|until)\\s{1,3}[a-z]{2,20}ing\\b[^,.;:!?\\n]{0,40}$",
      Pattern.CASE_INSENSITIVE);
  /** A date of another event, which the words after it announce: "On 3 May a similar attack". */
  private static final Pattern ANOTHER_EVENT = Pattern.compile(
      "^,?\\s{1,3}(?:(?:a|an)\\s{1,3}(?:similar|separate|earlier|previous|prior|unrelated)"
          + "|another)\\b", Pattern.CASE_INSENSITIVE);
  /** How far before a date {@link #IN_ANOTHER_MOMENT} is looked for. */
  private static final int MOMENT_REACH = 72;

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
   * @param stamped whether the dates rest on a page's date line alone ({@link
   *     Datelines#stampEnd}), which may be the day the page was shown rather than the story's;
   *     then {@code weekday} and {@code monthDay} are what the text says without it
   */
  record Placement(Optional<LocalDate> from, Optional<LocalDate> to, Optional<DayOfWeek> weekday,
      Optional<MonthDay> monthDay, DatedBy basis, boolean stamped) {

    static final Placement NONE = new Placement(Optional.empty(), Optional.empty(),
        Optional.empty(), Optional.empty(), DatedBy.NONE, false);

    Placement(Optional<LocalDate> from, Optional<LocalDate> to, Optional<DayOfWeek> weekday,
        Optional<MonthDay> monthDay, DatedBy basis) {
      this(from, to, weekday, monthDay, basis, false);
    }

    boolean dated() {
      return from.isPresent();
    }

    static Placement at(LocalDate from, LocalDate to, DatedBy basis) {
      return new Placement(Optional.of(from), Optional.of(to), Optional.empty(), Optional.empty(),
          basis);
    }
  }

  /**
   * A date expression of the lead, as written, and the days to add to it: "a week after the
   * storm of 3 March" is 3 March shifted by 7.
   */
  private record Expression(Optional<DayOfWeek> weekday, boolean last, int daysBack,
      Optional<MonthDay> monthDay, Optional<Integer> year, int shift,
      java.util.OptionalInt fromEaster) {

    Expression(Optional<DayOfWeek> weekday, boolean last, int daysBack,
        Optional<MonthDay> monthDay, Optional<Integer> year) {
      this(weekday, last, daysBack, monthDay, year, 0, java.util.OptionalInt.empty());
    }

    Expression shifted(int days) {
      return new Expression(weekday, last, daysBack, monthDay, year, shift + days, fromEaster);
    }

    /** The expression alone, without a shift, as an undated article's constraint. */
    Optional<DayOfWeek> shiftedWeekday() {
      return weekday.map(d -> d.plus(shift));
    }

    Optional<MonthDay> shiftedMonthDay() {
      // A leap year, so that 29 February stays a day; a day off across February's end at worst.
      return monthDay.map(md -> MonthDay.from(md.atYear(2000).plusDays(shift)));
    }
  }

  /** The article's placement in time. */
  static Placement of(Article article) {
    Placement p = placement(article.text(), article.published());
    if (article.published().isPresent() || !p.dated() || p.basis() == DatedBy.PUBLISHED) {
      return p;
    }
    int stamp = Datelines.stampEnd(article.text());
    if (stamp < 0) {
      return p;
    }
    // Dated by a page's date line: what the text says without it is kept, should the stamp be
    // a later render of the page than the story.
    String text = article.text();
    Placement loose = placement(" ".repeat(stamp) + text.substring(stamp), Optional.empty());
    if (loose.dated()) {
      return p; // the text gives a full date of its own: firm
    }
    return new Placement(p.from(), p.to(), loose.weekday(), loose.monthDay(), p.basis(), true);
  }

  private static Placement placement(String text, Optional<LocalDate> published) {
    Optional<LocalDate> dateline = Datelines.find(text);
    Optional<LocalDate> anchor = published.or(() -> dateline);
    DatedBy basis = published.isPresent() ? DatedBy.PUBLISHED : DatedBy.DATELINE;
    Optional<Expression> story = storyExpression(text, anchor);
    if (anchor.isEmpty()) {
      if (story.isEmpty()) {
        return Placement.NONE;
      }
      Expression e = story.get();
      if (e.monthDay().isPresent() && e.year().isPresent()) {
        Optional<LocalDate> d = date(e.year().get(), e.monthDay().get())
            .map(x -> x.plusDays(e.shift()));
        return d.map(x -> Placement.at(x, x, DatedBy.TEXT)).orElse(Placement.NONE);
      }
      return new Placement(Optional.empty(), Optional.empty(), e.shiftedWeekday(),
          e.shiftedMonthDay(), DatedBy.NONE);
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
      return new Placement(Optional.empty(), Optional.empty(), Optional.empty(),
          e.shiftedMonthDay(), DatedBy.NONE);
    }
    if (basis == DatedBy.PUBLISHED && lag > BACKGROUND_DAYS) {
      // A date months before a dated article is background the lead recalls ("the poisoning of
      // 2 March"), not its story: a piece about an event that old is a follow-up of its own.
      return Placement.at(a, a, basis);
    }
    // The lead dates its story far from its publication: placed by the story.
    return Placement.at(s, s, DatedBy.TEXT);
  }

  /**
   * A span of time before or after another moment: "a week after", "three days before", "a
   * fortnight earlier", "two days later", "the day before", "the next day", "four days ago".
   * Groups: 1 count, 2 unit, 3 direction; or 4 next/following/previous/preceding.
   */
  static final Pattern RELATIVE = Pattern.compile(
      "(?i)\\b(?:(a|an|the|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"
          + "|\\d{1,2})\\s{1,3})?(day|week|fortnight|month)s?\\s{1,3}"
          + "(after|before|later|earlier|ago)\\b"
          + "|\\bthe\\s{1,3}(next|following|previous|preceding)\\s{1,3}day\\b");
  /** What {@link #RELATIVE} opens with, either case: a count, a unit, "the". */
  static final MatchStarts.Opening RELATIVE_OPENS = MatchStarts.Opening.wordStartWithDigitOr(
      java.util.Set.of("a", "an", "the", "one", "two", "three", "four", "five", "six", "seven",
          "eight", "nine", "ten", "eleven", "twelve", "day", "days", "week", "weeks",
          "fortnight", "fortnights", "month", "months"));
  /** A sentence's end between a span and a date: the date is another sentence's. */
  private static final Pattern SENTENCE_END = Pattern.compile("(?s).*[.!?]\\s.*");
  /** How far after "a week after the storm" the storm's own date may stand. */
  private static final int ATTACH = 60;
  private static final List<String> COUNTS = List.of("zero", "one", "two", "three", "four",
      "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve");

  /** A date expression or a relative span found in the lead, in text order. */
  private record Found(int start, int end, boolean relative, MatchResult match) {}

  /**
   * The first date the lead gives for the story, leaving out the anchor itself. A relative span
   * is resolved against the date it names ("a week after the storm of 3 March": 10 March), a
   * date the lead passed over before it ("two days later"), or else the anchor ("a fortnight
   * earlier", "the day before").
   */
  private static Optional<Expression> storyExpression(String text, Optional<LocalDate> anchor) {
    String lead = text.substring(0, Math.min(text.length(), LEAD));
    List<Found> found = new ArrayList<>();
    Matcher m = EXPRESSION.matcher(lead);
    MatchStarts expressions = new MatchStarts(m, lead, EXPRESSION_OPENS);
    while (expressions.find()) {
      found.add(new Found(m.start(), m.end(), false, m.toMatchResult()));
    }
    Matcher r = RELATIVE.matcher(lead);
    MatchStarts relatives = new MatchStarts(r, lead, RELATIVE_OPENS);
    while (relatives.find()) {
      found.add(new Found(r.start(), r.end(), true, r.toMatchResult()));
    }
    found.sort(Comparator.comparingInt(Found::start));
    Expression previous = null; // the last date passed over, for "two days later"
    int consumed = -1;
    for (int k = 0; k < found.size(); k++) {
      Found f = found.get(k);
      if (f.start() < consumed
          || (f.start() > 0 && Character.isLetterOrDigit(lead.charAt(f.start() - 1)))
          || Datelines.afterPostHandle(lead, f.start())) {
        continue; // inside a word, or an embedded post's date
      }
      if (f.relative()) {
        if (uncounted(f.match())) {
          continue; // "months ago", "days later": no day to place the story on
        }
        int days = days(f.match());
        String direction = direction(f.match());
        if (direction.equals("ago") && dateFollows(lead, f.end(), found, k)) {
          continue; // "2 years, 3 months ago - May 6, 2021": a page's age of its own date
        }
        boolean forward = direction.equals("after") || direction.equals("later");
        boolean bare = direction.equals("later") || direction.equals("earlier")
            || direction.equals("ago") || !objectFollows(lead, f.end());
        if (!bare) {
          // "a week after the storm of 3 March": the storm's date, shifted.
          Optional<Found> attached = attached(lead, f.end(), found, k);
          if (attached.isPresent()) {
            Optional<Expression> e = expression(attached.get().match(), lead);
            if (e.isPresent()) {
              return Optional.of(e.get().shifted(forward ? days : -days));
            }
          }
          continue; // the moment it counts from is not dated here
        }
        if (previous != null && !direction.equals("ago")) {
          return Optional.of(previous.shifted(forward ? days : -days));
        }
        if (!forward && anchor.isPresent()) {
          return Optional.of(new Expression(Optional.empty(), false, days, Optional.empty(),
              Optional.empty()));
        }
        continue;
      }
      MatchResult d = f.match();
      Optional<Expression> e = expression(d, lead);
      if (anotherMoment(lead, d)) {
        previous = e.orElse(previous);
        continue;
      }
      if (e.isEmpty()) {
        continue;
      }
      if (e.get().year().isPresent() && anchor.isPresent()
          && date(e.get().year().get(), e.get().monthDay().orElseThrow())
              .equals(anchor)) {
        previous = e.get();
        continue; // the dateline itself
      }
      return e;
    }
    return Optional.empty();
  }

  /**
   * Whether the words around a date of the lead give it to another moment than the story's: "a
   * week after 10 March", "vanished after entering the consulate on 2 May", "On 3 May a similar
   * attack", "a picture dated 2 May".
   */
  private static boolean anotherMoment(String lead, MatchResult d) {
    String before = lead.substring(Math.max(0, d.start() - 24), d.start());
    return NOT_THE_STORY.matcher(before).find() || A_PICTURES_DATE.matcher(before).find()
        || IN_ANOTHER_MOMENT.matcher(
            lead.substring(Math.max(0, d.start() - MOMENT_REACH), d.start())).find()
        || ANOTHER_EVENT.matcher(lead).region(d.end(), lead.length()).lookingAt();
  }

  /** How far after "months ago" a date may stand to be the date the age is of. */
  private static final int AGE_OF = 6;

  /**
   * Whether a date follows a span at once, with only spaces and punctuation between ("3 days ago
   * - 4 May 2019", "2 months ago: May 4, 2019"): the span is the age a page gives its date, so it
   * dates nothing itself.
   */
  private static boolean dateFollows(String lead, int end, List<Found> found, int k) {
    if (k + 1 >= found.size() || found.get(k + 1).relative()) {
      return false;
    }
    int next = found.get(k + 1).start();
    if (next < end || next - end > AGE_OF) {
      return false;
    }
    for (int i = end; i < next; i++) {
      if (Character.isLetterOrDigit(lead.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  /** A plural span without its count ("months ago", "weeks later"): how long is not said. */
  private static boolean uncounted(MatchResult m) {
    return m.group(4) == null && m.group(1) == null
        && m.group(0).regionMatches(true, m.group(2).length(), "s", 0, 1);
  }

  /** The days a relative span counts. */
  private static int days(MatchResult m) {
    if (m.group(4) != null) {
      return 1;
    }
    String count = m.group(1) == null ? "one" : m.group(1).toLowerCase(Locale.ROOT);
    int n = switch (count) {
      case "a", "an", "the" -> 1;
      default -> count.chars().allMatch(Character::isDigit) ? Integer.parseInt(count)
          : COUNTS.indexOf(count);
    };
    int unit = switch (m.group(2).toLowerCase(Locale.ROOT)) {
      case "week" -> 7;
      case "fortnight" -> 14;
      case "month" -> 30;
      default -> 1;
    };
    return n * unit;
  }

  private static String direction(MatchResult m) {
    if (m.group(4) != null) {
      String w = m.group(4).toLowerCase(Locale.ROOT);
      return w.equals("next") || w.equals("following") ? "later" : "earlier";
    }
    return m.group(3).toLowerCase(Locale.ROOT);
  }

  /** Whether "after"/"before" governs something ("after the storm"), not a bare adverb. */
  private static boolean objectFollows(String lead, int end) {
    int i = end;
    while (i < lead.length() && lead.charAt(i) == ' ') {
      i++;
    }
    return i < lead.length() && Character.isLetterOrDigit(lead.charAt(i));
  }

  /** The date expression that dates the moment a span counts from, in the same sentence. */
  private static Optional<Found> attached(String lead, int end, List<Found> found, int k) {
    for (int j = k + 1; j < found.size(); j++) {
      Found f = found.get(j);
      if (f.start() - end > ATTACH) {
        break;
      }
      if (f.relative()) {
        continue;
      }
      String between = lead.substring(end, f.start());
      if (between.contains("\n") || SENTENCE_END.matcher(between).matches()) {
        break;
      }
      return Optional.of(f);
    }
    return Optional.empty();
  }

  private static Optional<Expression> expression(MatchResult m, String lead) {
    if (m.group(2) != null) {
      DayOfWeek d = DayOfWeek.valueOf(m.group(2).toUpperCase(Locale.ROOT));
      boolean last = m.group(1) != null && m.group(1).equalsIgnoreCase("last");
      java.util.OptionalInt feast = m.group(1) == null ? feast(lead, m.start(2), d)
          : java.util.OptionalInt.empty();
      return Optional.of(new Expression(Optional.of(d), last, 0, Optional.empty(),
          Optional.empty(), 0, feast));
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

  /** The expression as a date, at or before the anchor where it gives no year; then shifted. */
  private static Optional<LocalDate> resolve(Expression e, LocalDate anchor) {
    return base(e, anchor).map(d -> d.plusDays(e.shift()));
  }

  private static Optional<LocalDate> base(Expression e, LocalDate anchor) {
    if (e.fromEaster().isPresent()) {
      // A feast of Easter is one day of its year: the last before the anchor, as a weekday is.
      LocalDate d = easter(anchor.getYear()).plusDays(e.fromEaster().getAsInt());
      return Optional.of(d.isAfter(anchor.plusDays(2))
          ? easter(anchor.getYear() - 1).plusDays(e.fromEaster().getAsInt()) : d);
    }
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

  /**
   * The days from Easter Sunday of the feast a weekday names with the word before it ("Easter
   * Sunday", "Good Friday", "Palm Sunday"), or empty: a holiday dates a story to its one day,
   * where the weekday alone would date it to the last such weekday before publication.
   */
  private static java.util.OptionalInt feast(String lead, int weekdayStart, DayOfWeek day) {
    Matcher m = FEAST.matcher(lead.substring(Math.max(0, weekdayStart - FEAST_REACH),
        weekdayStart));
    if (!m.find()) {
      return java.util.OptionalInt.empty();
    }
    int offset = switch (m.group(1).toLowerCase(Locale.ROOT)) {
      case "easter" -> day == DayOfWeek.SUNDAY ? 0 : day == DayOfWeek.MONDAY ? 1 : -100;
      case "good" -> day == DayOfWeek.FRIDAY ? -2 : -100;
      case "holy" -> day == DayOfWeek.SATURDAY ? -1 : day == DayOfWeek.THURSDAY ? -3 : -100;
      case "maundy" -> day == DayOfWeek.THURSDAY ? -3 : -100;
      default -> day == DayOfWeek.SUNDAY ? -7 : -100; // palm
    };
    return offset == -100 ? java.util.OptionalInt.empty() : java.util.OptionalInt.of(offset);
  }

  private static final Pattern FEAST =
      Pattern.compile("(?i)\\b(easter|good|holy|maundy|palm)\\s{1,3}$");
  private static final int FEAST_REACH = 10;

  /** Easter Sunday of a Gregorian year (the anonymous Gregorian computus). */
  static LocalDate easter(int year) {
    int a = year % 19;
    int b = year / 100;
    int c = year % 100;
    int d = b / 4;
    int e = b % 4;
    int f = (b + 8) / 25;
    int g = (b - f + 1) / 3;
    int h = (19 * a + b - d - g + 15) % 30;
    int i = c / 4;
    int k = c % 4;
    int l = (32 + 2 * e + 2 * i - h - k) % 7;
    int m = (a + 11 * h + 22 * l) / 451;
    int month = (h + l - 7 * m + 114) / 31;
    int day = (h + l - 7 * m + 114) % 31 + 1;
    return LocalDate.of(year, month, day);
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
