package io.github.claimconflict.extract;

import com.google.common.collect.ImmutableSet;
import io.github.claimconflict.claim.Distribution;
import io.github.claimconflict.extract.NameReader.Name;
import java.util.ArrayList;
import java.util.List;

/**
 * The breakdown reader of the figure grammar: the parts of a count by where their members come
 * from. In "Of the 13 who died, six came from Arlen, three each from Brisk and Corve and one from
 * Dell" each part is a sub-group of the dead by origin, never the count itself.
 *
 * <p>A part is an exact whole number ("one" included, which alone is read as a pronoun), then
 * optionally a partitive head ("of the dead"), a counted noun, a copula ("were"), "each", then
 * "from" and one or more names joined by "and" or commas. Names that are days or months are not
 * origins ("from Monday").
 */
final class Breakdown {

  private Breakdown() {}

  /**
   * One part of a breakdown.
   *
   * @param amountStart the first token of its number
   * @param amountEnd the token after its number
   * @param value its exact value
   * @param origins the names it comes from, in text order
   * @param distribution {@link Distribution#EACH} for "two each from A and B", {@link
   *     Distribution#TOGETHER} for "two from A and B", else {@link Distribution#NONE}
   * @param headFirst the first token of its partitive head ("dead" in "six of the dead"), or -1
   * @param headEnd the token after that head, or -1
   */
  record Part(int amountStart, int amountEnd, double value, List<String> origins,
      Distribution distribution, int headFirst, int headEnd) {

    /** What the part adds to the whole: its value once per origin when given for each. */
    double contribution() {
      return distribution == Distribution.EACH ? value * origins.size() : value;
    }
  }

  private static final ImmutableSet<String> COPULAS =
      ImmutableSet.of("were", "are", "was", "is", "came", "come", "hailed");

  /** The parts of a breakdown by origin in a sentence's tokens, in text order. */
  static List<Part> parts(List<Token> t, List<Name> names, java.util.Set<String> countedNouns) {
    if (names.isEmpty() || t.stream().noneMatch(tok -> tok.is("from"))) {
      return List.of(); // every part needs "from" and a name: most sentences have neither
    }
    List<Part> parts = new ArrayList<>();
    for (int i = 0; i < t.size(); i++) {
      Part p = partAt(t, i, names, countedNouns);
      if (p != null) {
        parts.add(p);
      }
    }
    return parts;
  }

  private static Part partAt(List<Token> t, int i, List<Name> names,
      java.util.Set<String> countedNouns) {
    if (i > 0 && NumberWords.isCount(t.get(i - 1))) {
      return null; // inside a longer number
    }
    Amount a = Amount.read(t, i);
    if (a == null || a.fraction() || a.range() != null || a.value() < 1
        || a.value() != Math.rint(a.value()) || a.value() >= 1e6
        || !a.words() && FigureVeto.vetoes(t, a)) {
      return null;
    }
    int k = a.end();
    int headFirst = -1;
    int headEnd = -1;
    if (k + 2 < t.size() && t.get(k).is("of") && t.get(k + 1).is("the")) {
      // "six of the dead were from ...": the head runs to the copula.
      int v = k + 2;
      while (v < t.size() && v < k + 6 && !COPULAS.contains(t.get(v).lower())) {
        if (!t.get(v).isWord()) {
          return null;
        }
        v++;
      }
      if (v >= t.size() || !COPULAS.contains(t.get(v).lower())) {
        return null;
      }
      headFirst = k + 2;
      headEnd = v;
      k = v;
    } else if (k < t.size() && countedNouns.contains(t.get(k).lower())) {
      k++;
    }
    if (k < t.size() && COPULAS.contains(t.get(k).lower())) {
      k++;
    }
    Distribution distribution = Distribution.NONE;
    if (k < t.size() && (t.get(k).is("each") || t.get(k).is("apiece"))) {
      distribution = Distribution.EACH;
      k++;
    }
    if (k >= t.size() || !t.get(k).is("from")) {
      return null;
    }
    k++;
    if (k < t.size() && t.get(k).is("the") && nameAt(names, k) == null) {
      k++; // "from the Philippines"
    }
    List<String> origins = new ArrayList<>();
    while (true) {
      Name n = nameAt(names, k);
      if (n == null) {
        break;
      }
      origins.add(n.text());
      k = n.last();
      boolean joined = k + 1 < t.size() && (t.get(k).is("and") || t.get(k).is(","));
      if (!joined) {
        break;
      }
      Name next = nameAt(names, k + 1);
      if (next == null) {
        break;
      }
      k = k + 1;
    }
    if (origins.isEmpty()) {
      return null;
    }
    if (origins.size() > 1 && distribution == Distribution.NONE) {
      distribution = Distribution.TOGETHER;
    }
    return new Part(a.start(), a.end(), a.value(), origins, distribution, headFirst, headEnd);
  }

  private static Name nameAt(List<Name> names, int k) {
    for (Name n : names) {
      if (n.first() == k) {
        String w = n.text().toLowerCase(java.util.Locale.ROOT);
        if (NumberWords.WEEKDAYS.contains(w) || NumberWords.MONTHS.contains(w)) {
          return null;
        }
        return n;
      }
    }
    return null;
  }
}
