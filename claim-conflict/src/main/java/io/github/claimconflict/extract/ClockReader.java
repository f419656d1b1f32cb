package io.github.claimconflict.extract;

import com.google.common.collect.ImmutableSet;
import io.github.claimconflict.claim.Quantity;
import io.github.claimconflict.claim.Units;
import java.util.ArrayList;
import java.util.List;

/**
 * The clock-time reader: a moment of the day written as a figure ("at 10:37 local time", "around
 * 4:05 p.m.", "6.45pm", "at noon"), read into minutes after midnight with the precision its
 * writing implies.
 *
 * <table>
 *   <caption>How a clock time is read</caption>
 *   <tr><th>written</th><th>interval</th></tr>
 *   <tr><td>10:37, 3:07 pm (a minute that is no multiple of five)</td><td>±1 minute</td></tr>
 *   <tr><td>11:25, 3:10 pm</td><td>±3 minutes</td></tr>
 *   <tr><td>10:45, 6.45pm</td><td>±7 minutes</td></tr>
 *   <tr><td>9:30, 8:20, 8 am, noon (a ten-minute mark)</td><td>what rounds to it: 5 minutes
 *       before, up to (not including) 5 after</td></tr>
 *   <tr><td>about, around, approximately, roughly</td><td>at least that rounding</td></tr>
 *   <tr><td>shortly (just, soon) after / before</td><td>the 20 minutes after / before</td></tr>
 *   <tr><td>exactly, precisely</td><td>±1 minute</td></tr>
 * </table>
 *
 * <p>A time on a ten-minute mark stands for what rounds to it, hedged or not, as "about 40"
 * does among counts: "around 8:20" and "around 8:30" are two statements, and "about 7 pm"
 * does not hold "7.15pm".
 *
 * <p>A time after "by", "until", "since", "from", "after", "before" or "as of", or one end of "2pm
 * to 4.30pm", is no moment of its own. A time in parentheses right after another is the same
 * moment in another zone ("16:40 local time (13:40 GMT)") and is skipped. GMT and UTC times are
 * their own unit; a time that is unmarked, "local" or in a named zone ("NST") is local.
 */
final class ClockReader {

  private ClockReader() {}

  /**
   * A moment read.
   *
   * @param prefix the first token of the phrase that introduces it ("at around"), for the
   *     figure's own span
   * @param first the first token of its interval's words (a hedge included)
   * @param last the token after the time and its zone
   * @param quantity minutes after midnight, in {@link Units#CLOCK_LOCAL} or {@link
   *     Units#CLOCK_UTC}
   */
  record Clock(int prefix, int first, int last, Quantity quantity) {}

  private static final ImmutableSet<String> ABOUT =
      ImmutableSet.of("about", "around", "approximately", "roughly", "circa", "approx");
  private static final ImmutableSet<String> NEARLY = ImmutableSet.of("shortly", "just", "soon");
  private static final ImmutableSet<String> EXACT = ImmutableSet.of("exactly", "precisely");
  /** Words before a time that make it a bound or a report's time, not a moment. */
  private static final ImmutableSet<String> NOT_A_MOMENT = ImmutableSet.of("by", "until", "till",
      "since", "from", "after", "before", "of", "between", "to", "and");
  /** "Published at 9:52am": a page's own time stamp. */
  private static final ImmutableSet<String> STAMPED =
      ImmutableSet.of("updated", "published", "posted", "modified");
  private static final ImmutableSet<String> UTC = ImmutableSet.of("gmt", "utc", "z");
  /** Half the step of a ten-minute mark; its interval is half-open, as a rounding is. */
  private static final int ROUNDED = 5;

  /** The moments of a sentence's tokens, in text order. */
  static List<Clock> clocks(List<Token> t) {
    List<Clock> out = new ArrayList<>();
    int skipUntil = -1;
    for (int i = 0; i < t.size(); i++) {
      if (i < skipUntil) {
        continue;
      }
      Time read = time(t, i, t.size());
      if (read == null) {
        continue;
      }
      int end = read.end();
      int minutes = read.minutes();
      int precision = read.precision();
      // the zone, and an afternoon that a 12-hour time without am/pm leaves open
      boolean utc = false;
      if (end < t.size() && UTC.contains(t.get(end).lower())) {
        utc = true;
        end++;
      } else if (end < t.size() && t.get(end).is("local")) {
        end++;
        if (end < t.size() && t.get(end).is("time")) {
          end++;
        }
      } else if (end < t.size() && isZone(t.get(end))) {
        end++;
      }
      if (!read.meridiem() && minutes < 12 * 60 && end + 2 < t.size() && t.get(end).is("in")
          && t.get(end + 1).is("the") && (t.get(end + 2).is("afternoon")
              || t.get(end + 2).is("evening"))) {
        minutes += 12 * 60;
      }
      skipUntil = end;
      if (end < t.size() && t.get(end).is("(")) {
        int close = end + 1;
        while (close < t.size() && close < end + 8 && !t.get(close).is(")")) {
          close++;
        }
        skipUntil = close + 1; // the same moment in another zone
      }
      if ((t.get(i).is("noon") || t.get(i).is("midday") || t.get(i).is("midnight"))
          && !(i > 0 && (t.get(i - 1).is("at") || ABOUT.contains(t.get(i - 1).lower())))) {
        continue; // "midday traffic", "by midnight": no moment of its own
      }
      if (i > 0 && t.get(i - 1).is("(")) {
        continue;
      }
      if (end < t.size() && (t.get(end).is("to") || t.get(end).is("until")
          || Amount.DASHES.contains(t.get(end).text()))) {
        continue; // one end of a period
      }
      int first = i;
      int prefix = i;
      double low = minutes - precision;
      double high = precision == ROUNDED ? Math.nextDown(minutes + precision)
          : minutes + precision;
      String before = i > 0 ? t.get(i - 1).lower() : "";
      if (ABOUT.contains(before)) {
        first = i - 1;
        low = Math.min(low, minutes - ROUNDED);
        high = Math.max(high, Math.nextDown(minutes + ROUNDED));
      } else if (EXACT.contains(before)) {
        first = i - 1;
        low = minutes - 1;
        high = minutes + 1;
      } else if ((before.equals("after") || before.equals("before")) && i > 1
          && NEARLY.contains(t.get(i - 2).lower())) {
        first = i - 2;
        low = before.equals("after") ? minutes : minutes - 20;
        high = before.equals("after") ? minutes + 20 : minutes;
      } else if (NOT_A_MOMENT.contains(before)
          || before.equals("at") && i > 1 && STAMPED.contains(t.get(i - 2).lower())) {
        continue;
      }
      prefix = first;
      if (prefix > 0 && t.get(prefix - 1).is("at")) {
        prefix--;
      }
      low = Math.max(0, low);
      high = Math.min(24 * 60 - 1, high);
      out.add(new Clock(prefix, first, end,
          new Quantity(low, high, utc ? Units.CLOCK_UTC : Units.CLOCK_LOCAL, Quantity.FIRM)));
    }
    return out;
  }

  /** "NST", "IST", "CEST": two to four capitals ending in T, but not GMT or UTC. */
  private static boolean isZone(Token tok) {
    String s = tok.text();
    if (!tok.isWord() || s.length() < 3 || s.length() > 4 || s.charAt(s.length() - 1) != 'T') {
      return false;
    }
    for (int k = 0; k < s.length(); k++) {
      if (!Character.isUpperCase(s.charAt(k))) {
        return false;
      }
    }
    return true;
  }

  /**
   * A clock time as written.
   *
   * @param minutes minutes after midnight
   * @param end the token after it (its am/pm included, not its zone)
   * @param precision half the width its writing implies, in minutes
   * @param meridiem whether it says which half of the day it is (am, pm, noon, an hour past 12)
   */
  record Time(int minutes, int end, int precision, boolean meridiem) {}

  /**
   * The clock time at token {@code i}, read no further than token {@code to}, or null: "10:37",
   * "6.45pm", "4:05 p.m.", "8 am", "noon", "midday", "midnight". A bare or decimal number without
   * am/pm is no time ("by 300" is a figure), nor a timestamp with seconds.
   */
  static Time time(List<Token> t, int i, int to) {
    Token tok = t.get(i);
    if (tok.is("noon") || tok.is("midday")) {
      return new Time(12 * 60, i + 1, ROUNDED, true);
    }
    if (tok.is("midnight")) {
      return new Time(0, i + 1, ROUNDED, true);
    }
    if (!tok.isNumber()) {
      return null;
    }
    String s = tok.text();
    int hour;
    int minute = 0;
    int k = i + 1;
    boolean colon = false;
    int dot = s.indexOf('.');
    if (dot > 0) {
      // "6.45pm": one number token; only am/pm makes it a time
      if (dot > 2 || s.length() - dot - 1 != 2) {
        return null;
      }
      hour = digits(s.substring(0, dot));
      minute = digits(s.substring(dot + 1));
    } else {
      if (s.length() > 2) {
        return null;
      }
      hour = digits(s);
      if (k + 1 < to && t.get(k).is(":") && !t.get(k).spaceBefore()
          && t.get(k + 1).isNumber() && t.get(k + 1).text().length() == 2
          && !t.get(k + 1).spaceBefore()) {
        minute = digits(t.get(k + 1).text());
        colon = true;
        k += 2;
        if (k + 1 < to && t.get(k).is(":") && !t.get(k).spaceBefore()) {
          return null; // "7:02:49": a timestamp with seconds, not a moment as reported
        }
      }
    }
    if (hour < 0 || minute < 0) {
      return null;
    }
    String suffix = k < to ? t.get(k).lower() : "";
    boolean am = suffix.equals("am") || suffix.equals("a") && dotM(t, k, to);
    boolean pm = suffix.equals("pm") || suffix.equals("p") && dotM(t, k, to);
    if (!(am || pm || colon && dot < 0) || hour > 23 || minute > 59 || (am || pm) && hour > 12
        || (am || pm) && hour == 0) {
      return null;
    }
    if (am || pm) {
      k += suffix.length() == 2 ? 1 : 3;
      if (k < to && t.get(k).is(".") && suffix.length() == 1) {
        k++;
      }
    }
    if (pm && hour < 12) {
      hour += 12;
    } else if (am && hour == 12) {
      hour = 0;
    }
    int precision =
        minute % 10 == 0 ? ROUNDED : minute % 15 == 0 ? 7 : minute % 5 == 0 ? 3 : 1;
    return new Time(hour * 60 + minute, k, precision, am || pm || hour >= 13);
  }

  /** "p.m": the letter, a dot, an m. */
  private static boolean dotM(List<Token> t, int k, int to) {
    return k + 2 < to && t.get(k + 1).is(".") && t.get(k + 2).is("m");
  }

  private static int digits(String s) {
    if (s.isEmpty() || s.length() > 2) {
      return -1;
    }
    for (int k = 0; k < s.length(); k++) {
      if (!Character.isDigit(s.charAt(k))) {
        return -1;
      }
    }
    return Integer.parseInt(s);
  }
}
