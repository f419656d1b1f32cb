package io.github.claimconflict.names;

import static com.google.common.base.Preconditions.checkArgument;

import org.apache.commons.text.similarity.JaroWinklerSimilarity;
import org.apache.commons.text.similarity.LevenshteinDistance;

/**
 * The default {@link NameMatcher}: words are the same name when their romanized forms are equal
 * (a transliteration variant), or when they are long enough, start alike, lie within {@code
 * maxEdits} edits (an adjacent swap counting as one) and score at least {@code minJaroWinkler}
 * (a likely misspelling). A feminine surname ("Ivanova" beside "Ivanov") and a derived word
 * ("Russian" beside "Russia") are different names.
 */
public final class SpellingMatcher implements NameMatcher {

  private static final JaroWinklerSimilarity JARO_WINKLER = new JaroWinklerSimilarity();

  private final int minLength;
  private final int maxEdits;
  private final double minJaroWinkler;

  /**
   * @param minLength words shorter than this must match exactly
   * @param maxEdits the most edits between romanized forms for a misspelling
   * @param minJaroWinkler the least Jaro-Winkler similarity of the romanized forms
   */
  public SpellingMatcher(int minLength, int maxEdits, double minJaroWinkler) {
    checkArgument(minLength >= 1, "minLength must be at least 1: %s", minLength);
    checkArgument(maxEdits >= 0, "maxEdits must not be negative: %s", maxEdits);
    checkArgument(minJaroWinkler >= 0 && minJaroWinkler <= 1,
        "minJaroWinkler must be in [0, 1]: %s", minJaroWinkler);
    this.minLength = minLength;
    this.maxEdits = maxEdits;
    this.minJaroWinkler = minJaroWinkler;
  }

  /** Words of five letters or more, one edit apart, Jaro-Winkler 0.9 or more. */
  public SpellingMatcher() {
    this(5, 1, 0.9);
  }

  @Override
  public Verdict compare(String a, String b) {
    if (a.equals(b)) {
      return Verdict.SAME;
    }
    if (a.length() < minLength || b.length() < minLength || feminineOf(a, b)
        || derivedFrom(a, b) || derivedFrom(b, a)) {
      return Verdict.DIFFERENT;
    }
    String ra = NameNormalizer.romanized(a);
    String rb = NameNormalizer.romanized(b);
    if (ra.equals(rb)
        || NameNormalizer.romanizedDoublesFirst(a).equals(NameNormalizer.romanizedDoublesFirst(b))) {
      return Verdict.TRANSLITERATION;
    }
    if (ra.charAt(0) != rb.charAt(0)) {
      return Verdict.DIFFERENT;
    }
    int edits = edits(ra, rb);
    boolean close = edits <= maxEdits || (edits <= maxEdits + 1 && Math.min(ra.length(),
        rb.length()) >= 10);
    if (close && JARO_WINKLER.apply(ra, rb) >= minJaroWinkler) {
      return Verdict.MISSPELLING;
    }
    return Verdict.DIFFERENT;
  }

  /** Levenshtein distance, with a swap of two neighbouring letters counted as one edit. */
  static int edits(String a, String b) {
    int d = LevenshteinDistance.getDefaultInstance().apply(a, b);
    if (d == 2 && a.length() == b.length()) {
      int first = -1;
      int count = 0;
      for (int i = 0; i < a.length(); i++) {
        if (a.charAt(i) != b.charAt(i)) {
          if (first < 0) {
            first = i;
          }
          count++;
        }
      }
      if (count == 2 && first + 1 < a.length() && a.charAt(first) == b.charAt(first + 1)
          && a.charAt(first + 1) == b.charAt(first)) {
        return 1;
      }
    }
    return d;
  }

  /** Endings that make another word of a name: "Russia" and "Russian", "Uzbek" and "Uzbekistan". */
  private static final java.util.List<String> DERIVING_ENDINGS =
      java.util.List.of("n", "an", "ian", "ese", "i", "ish", "ic", "stan");

  private static boolean derivedFrom(String longer, String shorter) {
    if (!longer.startsWith(shorter)) {
      return false;
    }
    String ending = longer.substring(shorter.length());
    return DERIVING_ENDINGS.contains(ending);
  }

  /** "Ivanova" beside "Ivanov": a woman's form of the surname names another person. */
  private static boolean feminineOf(String a, String b) {
    return (a.length() == b.length() + 1 && a.startsWith(b) && a.endsWith("a"))
        || (b.length() == a.length() + 1 && b.startsWith(a) && b.endsWith("a"));
  }

  @Override
  public String toString() {
    return "SpellingMatcher[minLength=" + minLength + ", maxEdits=" + maxEdits
        + ", minJaroWinkler=" + minJaroWinkler + "]";
  }
}
