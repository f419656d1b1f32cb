package io.github.claimconflict.extract;

import static io.github.claimconflict.extract.Amount.DASHES;
import static io.github.claimconflict.extract.NumberWords.SCALES;

import com.google.common.collect.ImmutableSet;
import java.util.List;

/**
 * The veto of the figure grammar: numbers in digits that are no figure, by the words glued or
 * next to them: labels and codes ("G7", "COVID-19", "Article 5"), dates ("Oct 5", "29 Nov",
 * "2026-11-02", "02/11/2026"), clock times ("10:30", "3 p.m.", "at 10.30", "at 2200 hours",
 * "8 o'clock"), ordinals and decades ("21st", "1990s"), scores and numbers joined by dashes that
 * make no range ("won 5-3", "555-123-4567"), and numbers written with a leading zero ("0800").
 */
final class FigureVeto {

  private FigureVeto() {}

  /** Words before a clock time: "at 10.30", "by 2200 hours", "from 9.45". */
  private static final ImmutableSet<String> TIME_PREPOSITIONS =
      ImmutableSet.of("at", "by", "until", "till", "before", "after", "since", "from");

  static boolean vetoes(List<Token> t, Amount c) {
    Token tok = t.get(c.start());
    int i = c.start();
    if (leadingZero(tok.text())) {
      return true; // "0800", the "09" of a date: no count is written so
    }
    if (isClock(t, c)) {
      return true;
    }
    if (i > 0) {
      Token prev = t.get(i - 1);
      if (gluedDash(t, i - 1) && t.get(i - 2).isNumber()) {
        return true; // "2026-11-02", "won 5-3": a range would have been read whole
      }
      if (prev.isWord() && !tok.spaceBefore()) {
        return true; // "G7", "A320"
      }
      if (DASHES.contains(prev.text()) && !tok.spaceBefore() && i > 1 && t.get(i - 2).isWord()
          && !prev.spaceBefore()) {
        return true; // "COVID-19", "Su-25"
      }
      if (NumberWords.MONTHS.contains(prev.lower())
          || (prev.is(".") && i > 1 && NumberWords.MONTHS.contains(t.get(i - 2).lower()))) {
        return true; // "Oct 5", "Nov. 29"
      }
      if (labelEndsAt(t, i - 1)) {
        return true;
      }
      if (prev.is("of") && i >= 3 && t.get(i - 2).isNumber() && labelEndsAt(t, i - 3)) {
        return true; // "page 2 of 3"
      }
      if ((prev.is(":") || prev.is("/")) && !tok.spaceBefore()) {
        return true;
      }
    }
    int e = c.end();
    if (e < t.size()) {
      Token next = t.get(e);
      if (NumberWords.MONTHS.contains(next.lower()) && next.isWord()) {
        return true; // "29 Nov 2021"
      }
      if (next.isWord() && !next.spaceBefore()
          && NumberWords.NOT_QUANTITY_SUFFIXES.contains(next.lower())) {
        return true; // "21st", "1990s", "10am"
      }
      if (next.isWord() && !next.spaceBefore() && UnitWords.unitWord(next.lower()).isEmpty()
          && !SCALES.containsKey(next.lower())) {
        return true; // "5G", "3D"
      }
      if ((next.is(":") || next.is("/")) && !next.spaceBefore() && e + 1 < t.size()
          && t.get(e + 1).isNumber()) {
        return true; // "10:30", "24/7"
      }
      if (gluedDash(t, e) && t.get(e + 1).isNumber()) {
        Amount after = Amount.read(t, e + 1);
        if (after == null || after.value() <= c.value()
            || (gluedDash(t, after.end()) && t.get(after.end() + 1).isNumber())) {
          return true; // "5-3", "2026-11", "9-12-2026": a score, a date or a code, no range
        }
      }
      if (NumberWords.TIME_WORDS.contains(next.lower())) {
        return true;
      }
      if ((next.is("a") || next.is("p")) && e + 1 < t.size() && t.get(e + 1).is(".")
          && e + 2 < t.size() && t.get(e + 2).is("m")) {
        return true; // "3 p.m."
      }
    }
    return false;
  }

  /** Whether a label that makes the next number a name ("Article", "No.", "#") ends at {@code k}. */
  private static boolean labelEndsAt(List<Token> t, int k) {
    Token w = t.get(k);
    return NumberWords.LABELS.contains(w.lower()) || w.is("#")
        || (w.is(".") && k > 0 && NumberWords.LABELS.contains(t.get(k - 1).lower()));
  }

  /** Whether token {@code k} is a dash glued to the tokens either side of it ("5-3"). */
  private static boolean gluedDash(List<Token> t, int k) {
    return k > 0 && k + 1 < t.size() && DASHES.contains(t.get(k).text())
        && !t.get(k).spaceBefore() && !t.get(k + 1).spaceBefore();
  }

  private static boolean leadingZero(String digits) {
    return digits.length() > 1 && digits.charAt(0) == '0' && Character.isDigit(digits.charAt(1));
  }

  /**
   * A clock time in digits with no colon: "at 10.30", "by 2200 hours", and the end of a span of
   * such ("from 9.45 to 11.30"). Only after a word of time, and never with a unit ("at 10.30
   * per cent" is a figure).
   */
  private static boolean isClock(List<Token> t, Amount c) {
    int i = c.start();
    if (c.end() != i + 1 || !clockDigits(t.get(i).text())) {
      return false;
    }
    if (i == 0) {
      return false;
    }
    int e = c.end();
    boolean hours = e < t.size() && (t.get(e).is("hours") || t.get(e).is("local"));
    if (!hours && (UnitReader.read(t, e) != null
        || (e < t.size() && UnitWords.currencyWord(t.get(e).lower()).isPresent()))) {
      return false;
    }
    Token prev = t.get(i - 1);
    boolean dotted = t.get(i).text().indexOf('.') > 0;
    if (TIME_PREPOSITIONS.contains(prev.lower())) {
      // "at 2200 hours" is a moment; "after 1200 hours of work" a duration
      return dotted ? !hours || !t.get(e).is("hours")
          : hours && (prev.is("at") || prev.is("until") || prev.is("till") || prev.is("from"));
    }
    // the end of a span of clock times: "from 9.45 to 11.30", "between 9.45 and 11.30"
    return dotted && i >= 2 && (prev.is("to") || prev.is("and") || prev.is("until")
        || DASHES.contains(prev.text())) && clockDigits(t.get(i - 2).text())
        && t.get(i - 2).text().indexOf('.') > 0;
  }

  /** "10.30", "9.45" (hours to 24, two digits of minutes) or "2200" (four, no mark). */
  private static boolean clockDigits(String s) {
    int dot = s.indexOf('.');
    String hh;
    String mm;
    if (dot > 0) {
      if (s.length() - dot - 1 != 2 || dot > 2) {
        return false;
      }
      hh = s.substring(0, dot);
      mm = s.substring(dot + 1);
    } else if (s.length() == 4) {
      hh = s.substring(0, 2);
      mm = s.substring(2);
    } else {
      return false;
    }
    for (int k = 0; k < hh.length(); k++) {
      if (!Character.isDigit(hh.charAt(k))) {
        return false;
      }
    }
    for (int k = 0; k < mm.length(); k++) {
      if (!Character.isDigit(mm.charAt(k))) {
        return false;
      }
    }
    return Integer.parseInt(hh) <= 24 && Integer.parseInt(mm) < 60;
  }

  static boolean isYear(Token tok) {
    if (!tok.isNumber() || tok.text().length() != 4) {
      return false;
    }
    for (int i = 0; i < 4; i++) {
      if (!Character.isDigit(tok.text().charAt(i))) {
        return false;
      }
    }
    int y = Integer.parseInt(tok.text());
    return y >= 1800 && y <= 2100;
  }
}
