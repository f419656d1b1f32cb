package io.github.claimconflict.extract;

import static io.github.claimconflict.extract.NumberWords.FRACTIONS;
import static io.github.claimconflict.extract.NumberWords.SCALES;
import static io.github.claimconflict.extract.NumberWords.SMALL;
import static io.github.claimconflict.extract.NumberWords.VAGUE;

import com.google.common.collect.ImmutableSet;
import java.util.List;
import java.util.OptionalDouble;

/**
 * The amount reader of the figure grammar: the number itself at a token, in digits ("5,000",
 * "1.8 billion"), in words ("one hundred and fifty", "half a million"), as a vague magnitude
 * ("hundreds", "tens of thousands", "several hundred") or as a fraction ("two-thirds").
 *
 * @param start the first token of the amount
 * @param end the token after it
 * @param value its value (a fraction in percent)
 * @param halfUnit half a unit of its last significant digit, its rounding
 * @param range the interval a vague magnitude or a fraction names itself, or null
 * @param fraction whether it is a fraction of something
 * @param words whether it is written in words
 */
record Amount(int start, int end, double value, double halfUnit, double[] range,
    boolean fraction, boolean words) {

  static final ImmutableSet<String> DASHES = ImmutableSet.of("-", "\u2013", "\u2014");

  /**
   * Every word an amount written in words can start with (a fraction's, a vague magnitude's, a
   * count's): one look-up turns away the other words, at which every reader would fail.
   */
  private static final ImmutableSet<String> FIRST_WORDS = ImmutableSet.<String>builder()
      .add("a", "one", "half", "tens", "hundreds")
      .addAll(SMALL.keySet()).addAll(VAGUE.keySet()).addAll(NumberWords.SEVERAL).build();

  /** Units a span can be written in without a number: "seconds apart", "minutes later". */
  static final ImmutableSet<String> SPANS = ImmutableSet.of("seconds", "minutes", "hours");
  /** Words before "seconds", "minutes" that count them (or say which), so no span of its own. */
  private static final ImmutableSet<String> COUNTED_BEFORE = ImmutableSet.of("few", "couple",
      "the", "those", "these", "many", "some", "of", "several", "more", "other", "last", "first",
      "next", "final", "dozens");

  /** The amount that starts at token {@code i}, or null. */
  static Amount read(List<Token> t, int i) {
    if (i >= t.size()) {
      return null;
    }
    Token tok = t.get(i);
    if (tok.isNumber()) {
      double[] hu = new double[1];
      OptionalDouble v = NumberWords.parseDigits(tok.text(), hu);
      if (v.isEmpty()) {
        return null;
      }
      double value = v.getAsDouble();
      int end = i + 1;
      if (end < t.size() && t.get(end).isWord()) {
        Token s = t.get(end);
        Double scale = SCALES.get(s.lower());
        boolean gluedOnly = NumberWords.GLUED_ONLY_SCALES.contains(s.lower());
        if (scale != null && (!gluedOnly || !s.spaceBefore()) && !UnitReader.metreM(t, end)) {
          value *= scale;
          hu[0] *= scale;
          end++;
        }
      }
      return new Amount(i, end, value, hu[0], null, false, false);
    }
    if (!tok.isWord() || !FIRST_WORDS.contains(tok.lower())) {
      return null;
    }
    Amount fraction = readFraction(t, i);
    if (fraction != null) {
      return fraction;
    }
    Amount vague = readVague(t, i);
    if (vague != null) {
      return vague;
    }
    return readWords(t, i);
  }

  /**
   * "seconds apart", "minutes later": a span named by its unit alone, some (two up to sixty) of
   * it, an amount of no words of its own, so that the unit reader reads the unit at its place.
   */
  static Amount span(List<Token> t, int i) {
    if (!SPANS.contains(t.get(i).lower()) || i + 1 >= t.size()
        || !(t.get(i + 1).is("apart") || t.get(i + 1).is("later"))) {
      return null;
    }
    if (i > 0) {
      Token b = t.get(i - 1);
      if (b.isNumber() || DASHES.contains(b.text()) || COUNTED_BEFORE.contains(b.lower())
          || FIRST_WORDS.contains(b.lower())) {
        return null;
      }
    }
    return new Amount(i, i, 2, 0, new double[] {2, 60}, false, true);
  }

  private static Amount readVague(List<Token> t, int i) {
    String w = t.get(i).lower();
    if ((w.equals("tens") || w.equals("hundreds")) && i + 2 < t.size() && t.get(i + 1).is("of")) {
      double[] base = VAGUE.get(t.get(i + 2).lower());
      if (base != null && base[0] >= 1e3) {
        double f = w.equals("tens") ? 10 : 100;
        return new Amount(i, i + 3, base[0] * f, 0, new double[] {base[0] * f, base[0] * f * 10},
            false, true);
      }
    }
    double[] r = VAGUE.get(w);
    if (r != null) {
      return new Amount(i, i + 1, r[0], 0, r, false, true);
    }
    int j = i;
    if (w.equals("a") && i + 1 < t.size() && (t.get(i + 1).is("few") || t.get(i + 1).is("couple"))) {
      j = i + 1;
    }
    if (NumberWords.SEVERAL.contains(t.get(j).lower()) && j + 1 < t.size()) {
      int s = j + 1;
      if (t.get(s).is("of") && s + 1 < t.size()) {
        s++;
      }
      Double scale = SCALES.get(t.get(s).lower());
      if (scale != null && !NumberWords.GLUED_ONLY_SCALES.contains(t.get(s).lower())) {
        if (t.get(j).is("couple")) {
          // "a couple hundred": two, perhaps three, of the scale
          return new Amount(i, s + 1, 2 * scale, 0, new double[] {2 * scale, 3 * scale}, false,
              true);
        }
        return new Amount(i, s + 1, 2 * scale, 0, new double[] {2 * scale, 10 * scale}, false, true);
      }
      if (t.get(s).is("dozen")) {
        return new Amount(i, s + 1, 24, 0, new double[] {24, 100}, false, true);
      }
    }
    return null;
  }

  private static Amount readFraction(List<Token> t, int i) {
    String w = t.get(i).lower();
    int k;
    double numerator;
    int j = i;
    if (w.equals("a") || w.equals("one")) {
      numerator = 1;
      j = i + 1;
    } else if (SMALL.containsKey(w) && SMALL.get(w) >= 2 && SMALL.get(w) <= 9) {
      numerator = SMALL.get(w);
      j = i + 1;
    } else if (w.equals("half")) {
      numerator = 1;
    } else {
      return null;
    }
    if (j < t.size() && DASHES.contains(t.get(j).text()) && !t.get(j).spaceBefore()) {
      j++;
    }
    if (j >= t.size()) {
      return null;
    }
    String f = t.get(j).lower();
    Double unit = FRACTIONS.get(f);
    if (unit == null || (numerator > 1 && !f.endsWith("s")) || (numerator == 1 && f.endsWith("s"))
        || (f.equals("half") && j != i && !w.equals("one") && !w.equals("a"))) {
      return null;
    }
    k = j + 1;
    // "a third party" is an ordinal; a fraction is "of" something, or stands alone.
    boolean ofFollows = k < t.size() && (t.get(k).is("of") || t.get(k).is("the")
        || t.get(k).is("their") || t.get(k).is("its"));
    boolean standsAlone = k >= t.size() || t.get(k).type() == Token.Type.PUNCT
        || t.get(k).is("each") || t.get(k).is("apiece");
    if (!ofFollows && !(standsAlone && f.endsWith("s"))
        && !(standsAlone && f.equals("half"))) {
      return null;
    }
    if (k < t.size() && DASHES.contains(t.get(k).text()) && !t.get(k).spaceBefore()) {
      return null; // "half-brother"
    }
    double value = numerator * unit;
    if (value > 1) {
      return null;
    }
    double[] hood = NumberWords.fractionNeighbourhood(value);
    return new Amount(i, k, value * 100, 0, new double[] {hood[0] * 100, hood[1] * 100}, true, true);
  }

  private static Amount readWords(List<Token> t, int i) {
    double total = 0;
    double current = 0;
    boolean any = false;
    int j = i;
    if (t.get(j).is("a") && j + 1 < t.size()
        && (SCALES.containsKey(t.get(j + 1).lower()) || t.get(j + 1).is("dozen"))
        && !NumberWords.GLUED_ONLY_SCALES.contains(t.get(j + 1).lower())) {
      current = 1;
      j++;
    }
    if (t.get(j).is("half") && j + 2 < t.size() && t.get(j + 1).is("a")
        && SCALES.containsKey(t.get(j + 2).lower()) && !t.get(j + 2).is("hundred")
        && !NumberWords.GLUED_ONLY_SCALES.contains(t.get(j + 2).lower())) {
      current = 0.5; // "half a million"
      any = true;
      j += 2;
    }
    while (j < t.size()) {
      Token tok = t.get(j);
      String w = tok.lower();
      Integer small = SMALL.get(w);
      if (w.equals("and") && any && current > 0 && current == Math.rint(current)
          && j + 3 < t.size() && t.get(j + 1).is("a") && t.get(j + 2).is("half")
          && SCALES.containsKey(t.get(j + 3).lower()) && !t.get(j + 3).is("hundred")) {
        current += 0.5; // "one and a half million", "two and a half thousand"
        j += 3;
        continue;
      }
      if (small != null && tok.isWord()) {
        if (any && current % 100 != 0 && current % 10 == 0 && small < 10 && current < 100) {
          current += small; // "twenty one"
        } else if (any && current != 0 && current % 100 != 0) {
          break;
        } else {
          current += small;
        }
        any = true;
        j++;
        if (small >= 20 && j + 1 < t.size() && DASHES.contains(t.get(j).text())
            && !t.get(j).spaceBefore() && !t.get(j + 1).spaceBefore()) {
          Integer unit = SMALL.get(t.get(j + 1).lower());
          if (unit != null && unit > 0 && unit < 10) {
            current += unit;
            j += 2;
          }
        }
      } else if (w.equals("hundred") && (any || current > 0)) {
        current = Math.max(current, 1) * 100;
        any = true;
        j++;
      } else if ((w.equals("thousand") || w.equals("million") || w.equals("billion")
          || w.equals("trillion") || w.equals("lakh") || w.equals("lakhs")
          || w.equals("crore") || w.equals("crores")) && (any || current > 0)) {
        total += (current > 0 ? current : 1) * SCALES.get(w);
        current = 0;
        any = true;
        j++;
      } else if (w.equals("dozen") && (any || current > 0)) {
        current = Math.max(current, 1) * 12;
        any = true;
        j++;
      } else if (w.equals("and") && any && j + 1 < t.size()
          && SMALL.containsKey(t.get(j + 1).lower()) && (total > 0 || current >= 100)) {
        j++;
      } else {
        break;
      }
    }
    if (!any) {
      return null;
    }
    if (t.get(j - 1).is("and")) {
      j--;
    }
    double value = total + current;
    return new Amount(i, j, value, NumberWords.halfUnitOf(value), null, false, true);
  }
}
