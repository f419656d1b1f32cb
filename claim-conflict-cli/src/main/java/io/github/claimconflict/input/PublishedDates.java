package io.github.claimconflict.input;

import io.github.claimconflict.scope.ScopeKeys;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the publication dates feeds, exports and pages carry. The day is the one written: a
 * date-time's zone is not converted, since the publisher's own day is the one its readers saw.
 */
public final class PublishedDates {

  /** What a date field said. */
  public enum Precision {
    /** A day: "2020-10-05", "2020-10-05 16:40:12", "Oct 5, 2020". */
    DAY,
    /** Only a month or a year: "2020-08", "2020". Too coarse to place an article in an event. */
    COARSE,
    /** Nothing we can read as a date. */
    UNREADABLE
  }

  /** A date field read: its day when it names one. */
  public record Reading(Precision precision, Optional<LocalDate> day) {}

  // Bounded repetitions only, as everywhere else in the library.
  private static final Pattern ISO = Pattern.compile(
      "(\\d{4})([-/])(\\d{1,2})\\2(\\d{1,2})"
          + "(?:[T ]\\d{1,2}:\\d{2}(?::\\d{2}(?:[.,]\\d{1,9})?)?"
          + "\\s?(?:Z|z|[+-]\\d{2}(?::?\\d{2})?|UTC|GMT)?)?");
  private static final Pattern YEAR_MONTH = Pattern.compile("(\\d{4})-(\\d{2})");
  private static final Pattern YEAR = Pattern.compile("\\d{4}");
  /** The longest field read in words: a weekday, a date, a time and a zone. */
  private static final int MAX_WORDED = 80;

  private PublishedDates() {}

  /** Reads one date field; a blank one is read as no date at all (coarse, without a day). */
  public static Reading read(String raw) {
    String s = raw.strip();
    if (s.isEmpty()) {
      return new Reading(Precision.COARSE, Optional.empty());
    }
    Matcher iso = ISO.matcher(s);
    if (iso.matches()) {
      return day(iso.group(1), iso.group(3), iso.group(4));
    }
    Matcher ym = YEAR_MONTH.matcher(s);
    if (ym.matches()) {
      int month = Integer.parseInt(ym.group(2));
      return month >= 1 && month <= 12 ? new Reading(Precision.COARSE, Optional.empty())
          : unreadable();
    }
    if (YEAR.matcher(s).matches()) {
      return new Reading(Precision.COARSE, Optional.empty());
    }
    // "Oct 5, 2020", "5 October 2020", "Mon, 05 Oct 2020 16:40:12 GMT": the dateline forms.
    if (s.length() <= MAX_WORDED) {
      Optional<LocalDate> d = ScopeKeys.dateline(s);
      if (d.isPresent()) {
        return new Reading(Precision.DAY, d);
      }
    }
    return unreadable();
  }

  private static Reading day(String year, String month, String day) {
    try {
      return new Reading(Precision.DAY, Optional.of(LocalDate.of(Integer.parseInt(year),
          Integer.parseInt(month), Integer.parseInt(day))));
    } catch (DateTimeException e) {
      return unreadable();
    }
  }

  private static Reading unreadable() {
    return new Reading(Precision.UNREADABLE, Optional.empty());
  }
}
