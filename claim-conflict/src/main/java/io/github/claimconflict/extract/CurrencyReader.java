package io.github.claimconflict.extract;

import java.util.List;
import java.util.Optional;

/**
 * The currency reader of the figure grammar: a sign before the amount ("$6 billion", "€5",
 * "US$ 40") or a currency word after it ("2 billion dollars"). A currency is the figure's unit;
 * amounts are never converted between currencies.
 */
final class CurrencyReader {

  /** A currency sign read, its ISO code and the token it starts at ("US" of "US$"). */
  record Sign(String code, int start) {}

  private CurrencyReader() {}

  /** The currency sign just before the amount that starts at token {@code i}, if any. */
  static Optional<Sign> before(List<Token> t, int i) {
    if (i <= 0 || t.get(i - 1).type() != Token.Type.PUNCT) {
      return Optional.empty();
    }
    Optional<String> code = UnitWords.currencySymbol(t.get(i - 1).text());
    if (code.isEmpty()) {
      return Optional.empty();
    }
    int start = i - 1;
    if (start > 0 && t.get(start - 1).is("us") && !t.get(start).spaceBefore()) {
      start--;
    }
    return Optional.of(new Sign(code.get(), start));
  }

  /** 1 when a currency sign stands at {@code k} ("$6 billion and $9 billion"), else 0. */
  static int signAt(List<Token> t, int k) {
    return k < t.size() && t.get(k).type() == Token.Type.PUNCT
        && UnitWords.currencySymbol(t.get(k).text()).isPresent() ? 1 : 0;
  }

  /** The currency a word at token {@code j} names ("dollars", "euros"), if any. */
  static Optional<String> wordAt(List<Token> t, int j) {
    return j < t.size() ? UnitWords.currencyWord(t.get(j).lower()) : Optional.empty();
  }
}
