package io.github.claimconflict.names;

import static com.google.common.base.Preconditions.checkArgument;
import static io.github.claimconflict.text.WordForms.DERIVING_ENDINGS;
import static io.github.claimconflict.text.WordForms.derivedFrom;
import static io.github.claimconflict.text.WordForms.feminineOf;

import io.github.claimconflict.text.Edits;
import io.github.claimconflict.text.Transliteration;
import io.github.claimconflict.text.WordForms;
import java.util.List;
import org.apache.commons.text.similarity.JaroWinklerSimilarity;

/**
 * The default {@link NameMatcher}: words are the same name when their romanized forms are equal
 * (a transliteration variant), or when they are long enough, start alike, lie within {@code
 * maxEdits} edits (an adjacent swap counting as one) and score at least {@code minJaroWinkler}
 * (a likely misspelling). One edit more is still a misspelling in a word of eight letters or
 * more whose first two and last two letters stand, and in any word of ten letters or more. A
 * feminine surname ("Ivanova" beside "Ivanov") and a derived word ("Russian" beside "Russia") are
 * different names.
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

  /** Words this long or longer are misspelt by one letter more or less, whatever its place. */
  private static final int ONE_LETTER_MIN_LENGTH = 6;

  /**
   * Words this long or longer are misspelt by two edits inside them: their first two and last two
   * letters kept, the rest of the word still says which name it is ("Karvolitsa", "Kavrolitza").
   */
  private static final int TWO_INSIDE_MIN_LENGTH = 8;

  /** Words this long or longer are misspelt by one edit more than the matcher's bound. */
  private static final int LONG_WORD = 10;

  /** Words this long or longer may be transliteration variants; doubled letters from four. */
  private static final int MIN_TRANSLITERATED = 3;

  @Override
  public Verdict compare(String a, String b) {
    if (a.equals(b)) {
      return Verdict.SAME;
    }
    int shorter = Math.min(a.length(), b.length());
    if (shorter < MIN_TRANSLITERATED) {
      return Verdict.DIFFERENT;
    }
    Verdict v = likeness(a, b, shorter);
    // Another form of the word is no spelling of it. Asked only of words found alike, which
    // few are: the same verdict as asking first, for less work.
    return v != Verdict.DIFFERENT && otherWordForm(a, b) ? Verdict.DIFFERENT : v;
  }

  /** The verdict on two words of at least {@link #MIN_TRANSLITERATED} letters, forms aside. */
  private Verdict likeness(String a, String b, int shorter) {
    if (shorter >= minLength && maxEdits >= 1 && a.length() == b.length() && Edits.swapped(a, b)
        && JARO_WINKLER.apply(a, b) >= minJaroWinkler) {
      return Verdict.MISSPELLING; // two letters swapped: a slip of the keyboard, not a system
    }
    if (shorter >= VOWELS_EXCHANGED_MIN_LENGTH && maxEdits >= 1 && vowelsExchanged(a, b)) {
      return Verdict.MISSPELLING; // two vowels of one skeleton exchanged: "Belawani", "Beliwana"
    }
    List<String> ka = Transliteration.keys(a);
    List<String> kb = Transliteration.keys(b);
    for (int i = 0; i < ka.size(); i++) {
      if (kb.contains(ka.get(i))) {
        // a doubled letter alone makes "Ana" and "Anna" two names; longer words share a name
        return shorter >= 4 || !collapse(a).equals(collapse(b))
            ? Verdict.TRANSLITERATION : Verdict.DIFFERENT;
      }
    }
    if (shorter < minLength) {
      return Verdict.DIFFERENT;
    }
    Verdict v = keyLikeness(a, b, ka, kb, shorter);
    // Folding writes w and y as vowels ("Matvew" as "matveu"): a last letter written otherwise
    // than as a vowel is no other ending of the name ("Mario", "Maria"), but a letter apart.
    boolean lastLetterOnly = a.length() == b.length() && a.regionMatches(0, b, 0, a.length() - 1);
    return v != Verdict.DIFFERENT && otherWordForm(ka.get(0), kb.get(0),
        !lastLetterOnly || endsInVowel(a) && endsInVowel(b)) ? Verdict.DIFFERENT : v;
  }

  /** Whether the folded keys differ only in their vowels, or lie a misspelling apart. */
  private Verdict keyLikeness(String a, String b, List<String> ka, List<String> kb,
      int shorter) {
    // the most edits that can count; keys further apart are not measured further
    int near = maxEdits < Integer.MAX_VALUE - 1 ? maxEdits + 1 : Integer.MAX_VALUE - 1;
    int bound = Math.max(2, near);
    int edits = Integer.MAX_VALUE;
    double similarity = 0;
    boolean oneLetterMore = false; // the closest pair: one letter added or dropped
    for (int p = 0; p < ka.size(); p++) {
      String x = ka.get(p);
      for (int q = 0; q < kb.size(); q++) {
        String y = kb.get(q);
        if (x.length() >= minLength - 1 && y.length() >= minLength - 1
            && Transliteration.vowelVariants(x, y)) {
          return Verdict.TRANSLITERATION;
        }
        if (x.charAt(0) == y.charAt(0)) {
          int e = Math.abs(x.length() - y.length()) > bound ? bound + 1 : Edits.withSwaps(x, y);
          if (e > near) {
            edits = Math.min(edits, e); // never close, so its likeness does not matter
          } else if (e <= edits) {
            double jw = JARO_WINKLER.apply(x, y);
            if (e < edits || jw > similarity) {
              edits = e;
              similarity = jw;
              oneLetterMore = e == 1 && Math.abs(x.length() - y.length()) == 1;
            }
          }
        }
      }
    }
    // Folding can part long words it should join ("iya" folds to "ia", "iutya" to "iutia"):
    // the words as written count as one more pair. In shorter words the folded keys alone tell
    // a slip from another name ("Selton" is not "Shelton").
    if (shorter >= LONG_WORD && a.charAt(0) == b.charAt(0)
        && Math.abs(a.length() - b.length()) <= bound) {
      int e = Edits.withSwaps(a, b);
      if (e < edits && e <= near) {
        edits = e;
        similarity = JARO_WINKLER.apply(a, b);
        oneLetterMore = e == 1 && Math.abs(a.length() - b.length()) == 1;
      }
    }
    boolean twoInside = edits == near && edits == 2 && shorter >= TWO_INSIDE_MIN_LENGTH
        && sameEdges(a, b);
    boolean close = edits <= maxEdits || (edits <= near && shorter >= LONG_WORD) || twoInside;
    // Jaro-Winkler marks a letter slipped in near the start ("Orlitz", "Ortlitz") well below
    // one swapped there; in a long word one letter more or less is a slip all the same, and so
    // are two slips inside a long word whose edges stand.
    boolean alike = similarity >= minJaroWinkler || twoInside
        || oneLetterMore && maxEdits >= 1 && shorter >= ONE_LETTER_MIN_LENGTH;
    return close && alike ? Verdict.MISSPELLING : Verdict.DIFFERENT;
  }

  /** Words this long or longer are misspelt by two of their vowels exchanged. */
  private static final int VOWELS_EXCHANGED_MIN_LENGTH = 7;

  /**
   * Whether two words of one length differ only in two vowels, not neighbours and not the first
   * letter, that each has where the other has the other ("Belawani", "Beliwana"): the same
   * letters over the same consonants, misplaced, as a hearing or a keyboard slip makes them.
   */
  private static boolean vowelsExchanged(String a, String b) {
    if (a.length() != b.length()) {
      return false;
    }
    int first = -1;
    int second = -1;
    for (int i = 0; i < a.length(); i++) {
      if (a.charAt(i) != b.charAt(i)) {
        if (second >= 0) {
          return false;
        }
        if (first < 0) {
          first = i;
        } else {
          second = i;
        }
      }
    }
    return first > 0 && second > first + 1 && a.charAt(first) == b.charAt(second)
        && a.charAt(second) == b.charAt(first) && Transliteration.vowel(a.charAt(first))
        && Transliteration.vowel(a.charAt(second));
  }

  /** Whether two words start with the same two letters and end with the same two. */
  private static boolean sameEdges(String x, String y) {
    int m = x.length();
    int n = y.length();
    return m >= 4 && n >= 4 && x.regionMatches(0, y, 0, 2) && x.regionMatches(m - 2, y, n - 2, 2);
  }

  private static String collapse(String s) {
    StringBuilder b = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      if (b.length() == 0 || b.charAt(b.length() - 1) != s.charAt(i)) {
        b.append(s.charAt(i));
      }
    }
    return b.toString();
  }

  /** A feminine, derived or inflected form of the other word: a word of its own, not a spelling. */
  private static boolean otherWordForm(String a, String b) {
    return otherWordForm(a, b, true);
  }

  /** As {@link #otherWordForm(String, String)}, a final vowel counting only if so written. */
  private static boolean otherWordForm(String a, String b, boolean vowelEndings) {
    String x = collapse(a);
    String y = collapse(b);
    return feminineOf(a, b) || derivedFrom(a, b) || derivedFrom(b, a)
        || derivedFrom(x, y) || derivedFrom(y, x) // with doubled letters as one: "Tarrak", "Taraki"
        || sameStemOtherEnding(a, b) || vowelEndings && finalVowelOnly(a, b)
        || ukrainianForm(a, b) || WordForms.countryAndItsPeople(a, b);
  }

  private static boolean endsInVowel(String w) {
    return !w.isEmpty() && Transliteration.vowel(w.charAt(w.length() - 1));
  }

  /**
   * "Lutsiv" beside "Lutsov": Ukrainian writes i where Russian keeps o or e in a final closed
   * syllable, so the two are the name's forms in two languages, like an exonym, not a spelling.
   */
  private static boolean ukrainianForm(String a, String b) {
    int n = a.length();
    if (n != b.length() || n < 4 || a.charAt(n - 1) != 'v' || b.charAt(n - 1) != 'v'
        || !a.regionMatches(0, b, 0, n - 2)) {
      return false;
    }
    char x = a.charAt(n - 2);
    char y = b.charAt(n - 2);
    return x == 'i' && (y == 'o' || y == 'e') || y == 'i' && (x == 'o' || x == 'e');
  }

  /** "Dravonian" and "Dravonan": one stem with two deriving endings is one word's two forms. */
  private static boolean sameStemOtherEnding(String a, String b) {
    for (String x : DERIVING_ENDINGS) {
      if (a.endsWith(x) && a.length() - x.length() >= 4) {
        String stem = a.substring(0, a.length() - x.length());
        if (derivedFrom(b, stem) && !b.equals(stem + x)) {
          return true;
        }
      }
    }
    return false;
  }

  /** "Mario" and "Maria", "Antonio" and "Antonia": only the final vowel differs. */
  private static boolean finalVowelOnly(String a, String b) {
    int n = a.length();
    return n == b.length() && n >= 3 && a.regionMatches(0, b, 0, n - 1)
        && endsInVowel(a) && endsInVowel(b);
  }

  @Override
  public String toString() {
    return "SpellingMatcher[minLength=" + minLength + ", maxEdits=" + maxEdits
        + ", minJaroWinkler=" + minJaroWinkler + "]";
  }
}
