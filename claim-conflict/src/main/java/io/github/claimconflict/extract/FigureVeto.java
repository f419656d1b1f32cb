package io.github.claimconflict.extract;

import static io.github.claimconflict.extract.Amount.DASHES;
import static io.github.claimconflict.extract.NumberWords.SCALES;

import io.github.claimconflict.claim.Units;
import java.util.List;

/**
 * The veto of the figure grammar: numbers in digits that are no figure, by the words glued or
 * next to them: labels and codes ("G7", "COVID-19", "Article 5"), dates ("Oct 5", "29 Nov"),
 * clock times ("10:30", "3 p.m."), ordinals and decades ("21st", "1990s").
 */
final class FigureVeto {

  private FigureVeto() {}

  static boolean vetoes(List<Token> t, Amount c) {
    Token tok = t.get(c.start());
    int i = c.start();
    if (i > 0) {
      Token prev = t.get(i - 1);
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
      if (NumberWords.LABELS.contains(prev.lower())
          || (prev.is(".") && i > 1 && NumberWords.LABELS.contains(t.get(i - 2).lower()))
          || prev.is("#")) {
        return true;
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
      if (next.isWord() && !next.spaceBefore() && Units.unitWord(next.lower()).isEmpty()
          && !SCALES.containsKey(next.lower())) {
        return true; // "5G", "3D"
      }
      if ((next.is(":") || next.is("/")) && !next.spaceBefore() && e + 1 < t.size()
          && t.get(e + 1).isNumber()) {
        return true; // "10:30", "24/7"
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
