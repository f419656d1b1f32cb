package io.github.claimconflict.extract;

import static io.github.claimconflict.claim.Units.KILOMETRE;
import static io.github.claimconflict.claim.Units.KILOMETRE_PER_HOUR;
import static io.github.claimconflict.claim.Units.KILOTON;
import static io.github.claimconflict.claim.Units.SQUARE_KILOMETRE;
import static io.github.claimconflict.claim.Units.TONNE;
import static io.github.claimconflict.claim.Units.YEAR;

import com.google.common.collect.ImmutableMap;
import java.util.Locale;
import java.util.Optional;

/**
 * The words the reader takes for units and currencies, and how each unit converts to its
 * dimension's canonical unit (see {@link io.github.claimconflict.claim.Units}), so that "100
 * miles" and "240 km" compare. A conversion is an interval of factors where a unit word is
 * itself ambiguous: "tons" may be short (0.907 t) or long (1.016 t), and both are allowed.
 */
final class UnitWords {

  /**
   * A unit word and the interval of canonical units one of it stands for.
   *
   * @param canonical the canonical unit
   * @param lowFactor canonical units per one of it, at the least
   * @param highFactor canonical units per one of it, at the most
   */
  record Conversion(String canonical, double lowFactor, double highFactor) {
    static Conversion of(String canonical, double factor) {
      return new Conversion(canonical, factor, factor);
    }
  }

  private static final double DAYS_PER_YEAR = 365.25;

  private static final ImmutableMap<String, Conversion> WORDS =
      ImmutableMap.<String, Conversion>builder()
          .put("km", Conversion.of(KILOMETRE, 1))
          .put("kms", Conversion.of(KILOMETRE, 1))
          .put("kilometre", Conversion.of(KILOMETRE, 1))
          .put("kilometres", Conversion.of(KILOMETRE, 1))
          .put("kilometer", Conversion.of(KILOMETRE, 1))
          .put("kilometers", Conversion.of(KILOMETRE, 1))
          .put("mile", Conversion.of(KILOMETRE, 1.609344))
          .put("miles", Conversion.of(KILOMETRE, 1.609344))
          .put("metre", Conversion.of(KILOMETRE, 0.001))
          .put("metres", Conversion.of(KILOMETRE, 0.001))
          .put("meter", Conversion.of(KILOMETRE, 0.001))
          .put("meters", Conversion.of(KILOMETRE, 0.001))
          .put("yard", Conversion.of(KILOMETRE, 0.0009144))
          .put("yards", Conversion.of(KILOMETRE, 0.0009144))
          .put("feet", Conversion.of(KILOMETRE, 0.0003048))
          .put("ft", Conversion.of(KILOMETRE, 0.0003048))
          .put("foot", Conversion.of(KILOMETRE, 0.0003048))
          .put("cm", Conversion.of(KILOMETRE, 0.00001))
          .put("centimetres", Conversion.of(KILOMETRE, 0.00001))
          .put("centimeters", Conversion.of(KILOMETRE, 0.00001))
          .put("mm", Conversion.of(KILOMETRE, 0.000001))
          .put("millimetres", Conversion.of(KILOMETRE, 0.000001))
          .put("millimeters", Conversion.of(KILOMETRE, 0.000001))
          .put("inches", Conversion.of(KILOMETRE, 0.0000254))
          .put("kph", Conversion.of(KILOMETRE_PER_HOUR, 1))
          .put("km/h", Conversion.of(KILOMETRE_PER_HOUR, 1))
          .put("kmh", Conversion.of(KILOMETRE_PER_HOUR, 1))
          .put("mph", Conversion.of(KILOMETRE_PER_HOUR, 1.609344))
          .put("knots", Conversion.of(KILOMETRE_PER_HOUR, 1.852))
          .put("sq km", Conversion.of(SQUARE_KILOMETRE, 1))
          .put("square kilometres", Conversion.of(SQUARE_KILOMETRE, 1))
          .put("square kilometers", Conversion.of(SQUARE_KILOMETRE, 1))
          .put("square miles", Conversion.of(SQUARE_KILOMETRE, 2.589988))
          .put("tonne", Conversion.of(TONNE, 1))
          .put("tonnes", Conversion.of(TONNE, 1))
          .put("metric tons", Conversion.of(TONNE, 1))
          .put("ton", new Conversion(TONNE, 0.907185, 1.016047))
          .put("tons", new Conversion(TONNE, 0.907185, 1.016047))
          .put("kg", Conversion.of(TONNE, 0.001))
          .put("kilograms", Conversion.of(TONNE, 0.001))
          .put("kilogrammes", Conversion.of(TONNE, 0.001))
          .put("kilotons", Conversion.of(KILOTON, 1))
          .put("kilotonnes", Conversion.of(KILOTON, 1))
          .put("kiloton", Conversion.of(KILOTON, 1))
          .put("kt", Conversion.of(KILOTON, 1))
          .put("megatons", Conversion.of(KILOTON, 1000))
          .put("megatonnes", Conversion.of(KILOTON, 1000))
          .put("megaton", Conversion.of(KILOTON, 1000))
          .put("year", Conversion.of(YEAR, 1))
          .put("years", Conversion.of(YEAR, 1))
          .put("month", Conversion.of(YEAR, 1 / 12.0))
          .put("months", Conversion.of(YEAR, 1 / 12.0))
          .put("week", Conversion.of(YEAR, 7 / DAYS_PER_YEAR))
          .put("weeks", Conversion.of(YEAR, 7 / DAYS_PER_YEAR))
          .put("day", Conversion.of(YEAR, 1 / DAYS_PER_YEAR))
          .put("days", Conversion.of(YEAR, 1 / DAYS_PER_YEAR))
          .put("hour", Conversion.of(YEAR, 1 / (DAYS_PER_YEAR * 24)))
          .put("hours", Conversion.of(YEAR, 1 / (DAYS_PER_YEAR * 24)))
          .put("hr", Conversion.of(YEAR, 1 / (DAYS_PER_YEAR * 24)))
          .put("hrs", Conversion.of(YEAR, 1 / (DAYS_PER_YEAR * 24)))
          .put("minute", Conversion.of(YEAR, 1 / (DAYS_PER_YEAR * 24 * 60)))
          .put("minutes", Conversion.of(YEAR, 1 / (DAYS_PER_YEAR * 24 * 60)))
          .put("mins", Conversion.of(YEAR, 1 / (DAYS_PER_YEAR * 24 * 60)))
          // plural only: "a second blast" is no span
          .put("seconds", Conversion.of(YEAR, 1 / (DAYS_PER_YEAR * 24 * 60 * 60)))
          .put("secs", Conversion.of(YEAR, 1 / (DAYS_PER_YEAR * 24 * 60 * 60)))
          .build();

  private static final ImmutableMap<String, String> CURRENCY_SYMBOLS =
      ImmutableMap.<String, String>builder()
          .put("$", "USD")
          .put("us$", "USD")
          .put("€", "EUR")
          .put("£", "GBP")
          .put("¥", "JPY")
          .put("₽", "RUB")
          .put("₹", "INR")
          .build();

  private static final ImmutableMap<String, String> CURRENCY_WORDS =
      ImmutableMap.<String, String>builder()
          .put("dollars", "USD")
          .put("dollar", "USD")
          .put("usd", "USD")
          .put("euros", "EUR")
          .put("euro", "EUR")
          .put("eur", "EUR")
          .put("gbp", "GBP")
          .put("roubles", "RUB")
          .put("rubles", "RUB")
          .put("yuan", "CNY")
          .put("rupees", "INR")
          .put("yen", "JPY")
          .build();

  /**
   * Every unit word and two-word unit ("miles", "sq km") with its conversion.
   *
   * @return the words, lower-case, with their conversions
   */
  static java.util.Map<String, Conversion> unitWords() {
    return WORDS;
  }

  /**
   * The conversion for a unit word or two-word unit ("miles", "sq km"), if it is one.
   *
   * @param word the word, in any case
   * @return its conversion, or empty
   */
  static Optional<Conversion> unitWord(String word) {
    return Optional.ofNullable(WORDS.get(word.toLowerCase(Locale.ROOT)));
  }

  /**
   * The currency code for a symbol such as "$" or "€", if it is one.
   *
   * @param symbol the symbol
   * @return its ISO code, or empty
   */
  static Optional<String> currencySymbol(String symbol) {
    return Optional.ofNullable(CURRENCY_SYMBOLS.get(symbol.toLowerCase(Locale.ROOT)));
  }

  /**
   * The currency code for a word such as "dollars", if it is one.
   *
   * @param word the word, in any case
   * @return its ISO code, or empty
   */
  static Optional<String> currencyWord(String word) {
    return Optional.ofNullable(CURRENCY_WORDS.get(word.toLowerCase(Locale.ROOT)));
  }

  private UnitWords() {}
}
