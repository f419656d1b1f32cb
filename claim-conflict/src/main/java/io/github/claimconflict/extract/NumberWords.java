package io.github.claimconflict.extract;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.util.List;
import java.util.OptionalDouble;

/**
 * The closed vocabularies of figures in English news: number words, scale words, vague
 * magnitudes, fractions, months and days. Lexicon data only: no rule here knows about an article.
 */
final class NumberWords {

  static final ImmutableMap<String, Integer> SMALL =
      ImmutableMap.<String, Integer>builder()
          .put("zero", 0).put("one", 1).put("two", 2).put("three", 3).put("four", 4)
          .put("five", 5).put("six", 6).put("seven", 7).put("eight", 8).put("nine", 9)
          .put("ten", 10).put("eleven", 11).put("twelve", 12).put("thirteen", 13)
          .put("fourteen", 14).put("fifteen", 15).put("sixteen", 16).put("seventeen", 17)
          .put("eighteen", 18).put("nineteen", 19).put("twenty", 20).put("thirty", 30)
          .put("forty", 40).put("fifty", 50).put("sixty", 60).put("seventy", 70)
          .put("eighty", 80).put("ninety", 90)
          .buildOrThrow();

  /** Whether a token is a count written in digits or as a small number word ("40", "nine"). */
  static boolean isCount(Token t) {
    return t.isNumber() || t.isWord() && SMALL.containsKey(t.lower());
  }

  /** Scale words that multiply the number before them; "m", "bn" and "k" only when glued. */
  static final ImmutableMap<String, Double> SCALES =
      ImmutableMap.<String, Double>builder()
          .put("hundred", 1e2).put("thousand", 1e3).put("million", 1e6).put("billion", 1e9)
          .put("trillion", 1e12).put("bn", 1e9).put("mn", 1e6).put("m", 1e6).put("k", 1e3)
          .put("tn", 1e12).put("lakh", 1e5).put("lakhs", 1e5).put("crore", 1e7)
          .put("crores", 1e7)
          .buildOrThrow();

  static final ImmutableSet<String> GLUED_ONLY_SCALES = ImmutableSet.of("m", "k", "bn", "mn", "tn");

  /** Plural magnitude words and the interval, [low, high), of the order of magnitude they name. */
  static final ImmutableMap<String, double[]> VAGUE =
      ImmutableMap.<String, double[]>builder()
          .put("dozens", new double[] {20, 100})
          .put("scores", new double[] {40, 100})
          .put("hundreds", new double[] {100, 1e3})
          .put("thousands", new double[] {1e3, 1e4})
          .put("millions", new double[] {1e6, 1e9})
          .put("billions", new double[] {1e9, 1e12})
          .buildOrThrow();

  /** "several hundred", "a few thousand": from twice the scale up to the next order. */
  static final ImmutableSet<String> SEVERAL = ImmutableSet.of("several", "few", "couple");

  /** Fraction words and their values. */
  static final ImmutableMap<String, Double> FRACTIONS =
      ImmutableMap.<String, Double>builder()
          .put("half", 0.5).put("halves", 0.5)
          .put("third", 1 / 3.0).put("thirds", 1 / 3.0)
          .put("quarter", 0.25).put("quarters", 0.25)
          .put("fifth", 0.2).put("fifths", 0.2)
          .put("tenth", 0.1).put("tenths", 0.1)
          .buildOrThrow();

  /** The simple fractions a writer rounds to; a fraction word stands for its neighbourhood. */
  private static final double[] SIMPLE_FRACTIONS = {
    0, 0.1, 0.2, 0.25, 1 / 3.0, 0.4, 0.5, 0.6, 2 / 3.0, 0.75, 0.8, 0.9, 1
  };

  static final ImmutableSet<String> MONTHS =
      ImmutableSet.of(
          "january", "february", "march", "april", "may", "june", "july", "august", "september",
          "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
          "sept", "oct", "nov", "dec");

  static final ImmutableSet<String> WEEKDAYS =
      ImmutableSet.of(
          "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday");

  /** Words after which a number is a label, not a quantity: "Article 5", "No. 10", "page 3". */
  static final ImmutableSet<String> LABELS =
      ImmutableSet.of(
          "no", "number", "article", "section", "chapter", "resolution", "page", "flight", "route",
          "highway", "room", "level", "phase", "version", "grade", "category", "class", "unit",
          "block", "platform", "gate", "district", "zone", "sector", "stage", "round", "episode",
          "season", "volume", "vol", "item", "paragraph", "clause", "amendment", "covid", "g",
          "image", "photo", "picture", "slide");

  /** Glued suffixes that make a number an ordinal, decade or time, not a quantity. */
  static final ImmutableSet<String> NOT_QUANTITY_SUFFIXES =
      ImmutableSet.of("st", "nd", "rd", "th", "s", "am", "pm", "gmt", "utc", "hrs", "h", "g", "d");

  static final ImmutableSet<String> TIME_WORDS = 
      ImmutableSet.of("am", "pm", "gmt", "utc", "hrs", "o'clock", "o\u2019clock");

  private NumberWords() {}

  /**
   * The interval a fraction {@code value} (0 to 1) stands for: halfway to the next simpler fraction
   * on either side, since "a quarter" is nearer to 1/4 than to 1/5 or 1/3.
   */
  static double[] fractionNeighbourhood(double value) {
    double lo = value;
    double hi = value;
    for (int i = 0; i < SIMPLE_FRACTIONS.length; i++) {
      if (Math.abs(SIMPLE_FRACTIONS[i] - value) < 1e-9) {
        lo = i == 0 ? value : (SIMPLE_FRACTIONS[i - 1] + value) / 2;
        hi = i == SIMPLE_FRACTIONS.length - 1 ? value : (SIMPLE_FRACTIONS[i + 1] + value) / 2;
        break;
      }
    }
    return new double[] {lo, hi};
  }

  /**
   * Reads digits as written in news: "5,000", "24.52", "1.5", and the European "24,5". Returns the
   * value and, through {@code halfUnit}, half a unit of the last significant digit.
   */
  static OptionalDouble parseDigits(String s, double[] halfUnit) {
    String digits = s;
    int decimals = 0;
    int commas = count(s, ',');
    int dots = count(s, '.');
    if (commas > 0 && dots == 0 && !groupsOfThree(s, ',')) {
      if (commas > 1) {
        return OptionalDouble.empty();
      }
      digits = s.replace(',', '.');
    } else if (dots > 1 && commas == 0 && groupsOfThree(s, '.')) {
      digits = s.replace(".", "");
    } else if (dots > 1) {
      return OptionalDouble.empty();
    } else {
      digits = s.replace(",", "");
    }
    int dot = digits.indexOf('.');
    if (dot >= 0) {
      decimals = digits.length() - dot - 1;
    }
    double value;
    try {
      value = new java.math.BigDecimal(digits).doubleValue();
    } catch (NumberFormatException e) {
      return OptionalDouble.empty();
    }
    if (!Double.isFinite(value)) {
      return OptionalDouble.empty();
    }
    if (decimals > 0) {
      halfUnit[0] = 0.5 * Math.pow(10, -decimals);
    } else {
      int zeros = 0;
      for (int i = digits.length() - 1; i > 0 && digits.charAt(i) == '0'; i--) {
        zeros++;
      }
      halfUnit[0] = 0.5 * Math.pow(10, zeros);
    }
    return OptionalDouble.of(value);
  }

  /** Half a unit of the last significant digit of a whole number read from words. */
  static double halfUnitOf(double value) {
    double unit = 1;
    while (value >= unit * 10 && value % (unit * 10) == 0) {
      unit *= 10;
    }
    return unit / 2;
  }

  private static boolean groupsOfThree(String s, char sep) {
    List<String> parts = List.of(s.split(java.util.regex.Pattern.quote(String.valueOf(sep)), -1));
    if (parts.get(0).isEmpty() || parts.get(0).length() > 3) {
      return false;
    }
    for (int i = 1; i < parts.size(); i++) {
      if (parts.get(i).length() != 3) {
        return false;
      }
    }
    return true;
  }

  private static int count(String s, char c) {
    int n = 0;
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) == c) {
        n++;
      }
    }
    return n;
  }
}
