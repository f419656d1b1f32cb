package io.github.claimconflict.align;

import static java.util.Objects.requireNonNull;

import io.github.claimconflict.names.KnownNames;
import io.github.claimconflict.names.NameMatcher;
import io.github.claimconflict.names.NameMatcher.Verdict;
import io.github.claimconflict.names.SpellingMatcher;
import io.github.claimconflict.text.GivenNameForms;
import io.github.claimconflict.text.Memo;
import io.github.claimconflict.text.NameNormalizer;
import io.github.claimconflict.text.Transliteration;
import io.github.claimconflict.text.WordForms;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Decides whether two names name one entity, word by word, through a {@link NameMatcher} and the
 * user's {@link KnownNames}. Names of the same length align word for word ("Katarina Ivanovna"
 * and "Catarina Iwanowna"); a shorter name matches a longer one when its words match the longer
 * name's in order ("Petrov" and "Ivan Petrov"), which is how subjects of figures
 * resolve. "Oleg Petrov" and "Ivan Petrov" differ in a word, so they are two people;
 * "Georgia" and "Georgian Dream" differ in length, so as spellings they are two entities.
 */
public final class EntityResolver {

  private final NameMatcher matcher;
  private final KnownNames known;

  /**
   * A resolver with the given matcher and known names.
   *
   * @param matcher how two words of names compare
   * @param known the aliases and distinct names the user gave
   */
  public EntityResolver(NameMatcher matcher, KnownNames known) {
    this.matcher = requireNonNull(matcher, "matcher");
    this.known = requireNonNull(known, "known");
  }

  /** A resolver with the default {@link SpellingMatcher} and no known names. */
  public EntityResolver() {
    this(new SpellingMatcher(), KnownNames.none());
  }

  /**
   * The matcher that compares words of names.
   *
   * @return the matcher
   */
  public NameMatcher matcher() {
    return matcher;
  }

  /**
   * The user's known names.
   *
   * @return the known names
   */
  public KnownNames known() {
    return known;
  }

  /**
   * The word-by-word verdicts of two names of the same length, or empty when they are not the
   * same entity. At most one word may be a misspelling: two misspelt words make another name;
   * differences a transliteration explains do not count. A name in East Asian order matches its
   * Western order when a given name is hyphenated ("Baek Jun-ho", "Jun-ho Baek"), and a given
   * name written as two syllables matches it written as one ("Jun Ho", "Junho").
   *
   * @param a a name
   * @param b another name
   * @return one verdict a word, or a single {@code SAME} when the names are one in cosmetic form or
   *     aliases; empty when they are not the same entity
   */
  public List<Verdict> spellingVariants(String a, String b) {
    if (known.distinct(a, b)) {
      return List.of();
    }
    Spelling sa = SPELLINGS.get(a);
    Spelling sb = SPELLINGS.get(b);
    if (sa.cosmeticKey().equals(sb.cosmeticKey()) || known.aliases(a, b)) {
      return List.of(Verdict.SAME);
    }
    List<Word> x = sa.words();
    List<Word> y = sb.words();
    if (x.isEmpty() || y.isEmpty()) {
      return List.of();
    }
    for (List<Word> rx : sa.readings(y.size())) {
      for (List<Word> ry : sb.readings(x.size())) {
        List<Verdict> v = syllablesKept(wordVerdicts(rx, ry), rx, ry, sa, sb);
        if (!v.isEmpty()) {
          return v;
        }
        if (rx.size() == 2 && ry.size() == 2 && (sa.hyphenated() || sb.hyphenated())) {
          List<Word> swapped = List.of(ry.get(1), ry.get(0));
          v = syllablesKept(wordVerdicts(rx, swapped), rx, swapped, sa, sb);
          if (!v.isEmpty()) {
            return v;
          }
        }
      }
    }
    return List.of();
  }

  /**
   * What {@link #spellingVariants} reads of one name: its cosmetic key, its words, those written
   * as hyphenated short syllables and whether it is hyphenated so.
   */
  private record Spelling(String cosmeticKey, List<Word> words, Set<String> syllabic,
      boolean hyphenated, List<List<Word>> asWritten, List<List<Word>> joined) {

    static Spelling of(String name) {
      List<Word> words = EntityResolver.words(name);
      return new Spelling(NameNormalizer.cosmeticKey(name), words,
          Set.copyOf(EntityResolver.syllabicWords(name)), EntityResolver.hyphenated(name),
          List.of(words), List.copyOf(EntityResolver.readings(words)));
    }

    /** The readings of the name beside a name of {@code otherSize} words. */
    List<List<Word>> readings(int otherSize) {
      return words.size() == otherSize + 1 ? joined : asWritten;
    }
  }

  /** Each name's reading, once per distinct spelling: a scan compares a name with many others. */
  private static final Memo<String, Spelling> SPELLINGS = new Memo<>(Spelling::of);

  /**
   * The words of a name written as hyphenated short syllables, as romanized Korean and Chinese
   * given names are ("Jin-woo"), in cosmetic form.
   */
  private static Set<String> syllabicWords(String name) {
    Set<String> out = new HashSet<>();
    for (String token : name.trim().split("\\s+")) {
      String[] parts = token.split("-");
      boolean short2 = parts.length >= 2;
      for (String p : parts) {
        short2 &= !p.isEmpty() && p.length() <= 4;
      }
      if (short2) {
        out.add(String.join("", NameNormalizer.nameTokens(token)));
      }
    }
    return out;
  }

  /**
   * The verdicts, or none when a misspelt word is a name of short syllables: a syllable one
   * letter apart is another syllable, so another name ("Jin-woo", "Ji-woo").
   */
  private static List<Verdict> syllablesKept(List<Verdict> v, List<Word> x, List<Word> y,
      Spelling a, Spelling b) {
    for (int i = 0; i < v.size() && i < x.size() && i < y.size(); i++) {
      if (v.get(i) == Verdict.MISSPELLING && (syllabic(x.get(i).cosmetic(), a, b)
          || syllabic(y.get(i).cosmetic(), a, b))) {
        return List.of();
      }
    }
    return v;
  }

  private static boolean syllabic(String word, Spelling a, Spelling b) {
    return a.syllabic().contains(word) || b.syllabic().contains(word);
  }

  /**
   * A word of a name in cosmetic form, with two-letter romanizations spelled out, and whether it
   * is written with letters beyond ASCII (so in a language of its own).
   */
  private record Word(String cosmetic, String roman, boolean accented, String written) {}

  /**
   * A letter beyond ASCII, but for an acute vowel: a stress mark ("Varudaní", "Córbova") writes
   * the same letter, as Spanish and Portuguese put it on names of any origin, not a word in an
   * alphabet of its own ("Türkenfeld").
   */
  private static final java.util.regex.Pattern NON_ASCII_LETTER =
      java.util.regex.Pattern.compile("[\\p{L}&&[^\\x00-\\x7F]&&[^áéíóúÁÉÍÓÚ]]");

  private static List<Word> words(String name) {
    List<String> c = NameNormalizer.nameTokens(name);
    List<String> r = NameNormalizer.romanTokens(name);
    List<String> w = NameNormalizer.nameTokensAsWritten(name);
    List<String> marked = c;
    if (NON_ASCII_LETTER.matcher(name).find()) {
      marked = NameNormalizer.nameTokens(NON_ASCII_LETTER.matcher(name).replaceAll("0"));
    }
    List<Word> out = new ArrayList<>(c.size());
    for (int i = 0; i < c.size(); i++) {
      out.add(new Word(c.get(i), r.size() == c.size() ? r.get(i) : c.get(i),
          marked != c && marked.size() == c.size() && marked.get(i).indexOf('0') >= 0,
          w.size() == c.size() ? w.get(i) : c.get(i)));
    }
    return List.copyOf(out);
  }

  /** Whether a word is hyphenated before a lower-case syllable, as romanized given names are. */
  private static boolean hyphenated(String name) {
    for (int i = 1; i + 1 < name.length(); i++) {
      if (name.charAt(i) == '-' && Character.isLetter(name.charAt(i - 1))
          && Character.isLetter(name.charAt(i + 1))) {
        return true;
      }
    }
    return false;
  }

  /**
   * The name's words as written, and with two neighbouring syllables of at most four letters
   * joined ("Jun Ho" as "Junho"): its readings beside a name of one word fewer.
   */
  private static List<List<Word>> readings(List<Word> w) {
    List<List<Word>> out = new ArrayList<>();
    out.add(w);
    for (int i = 0; i + 1 < w.size(); i++) {
      Word p = w.get(i);
      Word q = w.get(i + 1);
      if (p.cosmetic().length() <= 4 && q.cosmetic().length() <= 4) {
        List<Word> joined = new ArrayList<>(w.subList(0, i));
        joined.add(new Word(p.cosmetic() + q.cosmetic(), p.roman() + q.roman(),
            p.accented() || q.accented(), p.written() + q.written()));
        joined.addAll(w.subList(i + 2, w.size()));
        out.add(List.copyOf(joined));
      }
    }
    return out;
  }

  private List<Verdict> wordVerdicts(List<Word> x, List<Word> y) {
    if (x.size() != y.size()) {
      return List.of();
    }
    // an array, listed only for a verdict: most pairs part at their second differing word
    Verdict[] out = new Verdict[x.size()];
    int misspelt = 0;
    int different = -1;
    int same = 0;
    for (int i = 0; i < x.size(); i++) {
      Verdict v = compare(x.get(i), y.get(i));
      if (v == Verdict.DIFFERENT && i < x.size() - 1
          && GivenNameForms.oneName(x.get(i).cosmetic(), y.get(i).cosmetic())) {
        // one given name in two languages' forms ("Oleksandr", "Alexander"), as an exonym is
        // one place: no spelling of the other, but no other person before the same surname
        v = Verdict.SAME;
      }
      if (!v.sameName()) {
        if (different >= 0) {
          return List.of();
        }
        different = i;
      }
      if (v == Verdict.MISSPELLING) {
        misspelt++;
      }
      if (v == Verdict.SAME) {
        same++;
      }
      out[i] = v;
    }
    if (different >= 0) {
      // one differing word among words that agree: a slip the word alone would not show
      Word p = x.get(different);
      Word q = y.get(different);
      boolean othersSame = same == x.size() - 1;
      boolean surname = othersSame && different == x.size() - 1;
      // a surname's first stop voiced or not is a romanization; the other forms are slips
      boolean voicing = surname && WordForms.otherVoicing(p.cosmetic(), q.cosmetic());
      if (x.size() < 2 || misspelt > 0 || !(voicing
          || WordForms.droppedLetter(p.cosmetic(), q.cosmetic())
          || othersSame && WordForms.genderForms(p.roman(), q.roman())
          || othersSame && different < x.size() - 1
              && WordForms.addedEndConsonant(p.cosmetic(), q.cosmetic())
          || surname && WordForms.surnameSlip(p.cosmetic(), q.cosmetic())
          || othersSame && derivedModifier(x, y, different))) {
        return List.of();
      }
      out[different] = voicing ? Verdict.TRANSLITERATION : Verdict.MISSPELLING;
      misspelt += voicing ? 0 : 1;
    }
    return misspelt > 1 ? List.of() : new ArrayList<>(Arrays.asList(out));
  }

  /**
   * Whether the differing word at {@code i}, another derivation of the other name's word
   * ("Autocracy", "Autocratic"), modifies the institution the name's last word heads: one
   * institution's name with a slip, where the word alone would be another word. A person's given
   * name is left out ("Julia", "Julian" are two people), and so is a last word ("Sri Lankan").
   */
  private static boolean derivedModifier(List<Word> x, List<Word> y, int i) {
    return i < x.size() - 1 && WordForms.institutionHead(x.get(x.size() - 1).cosmetic())
        && WordForms.otherDerivation(x.get(i).cosmetic(), y.get(i).cosmetic());
  }

  private Verdict compare(Word a, Word b) {
    if (a.cosmetic().equals(b.cosmetic()) || pluralInY(a.written(), b.written())) {
      return Verdict.SAME;
    }
    if (a.roman().equals(b.roman())) {
      return Verdict.TRANSLITERATION; // "Çelik" written out as "Chelik"
    }
    if (a.accented() != b.accented()) {
      return Verdict.DIFFERENT; // a name in its own language beside another form: an exonym
    }
    Verdict v = matcher.compare(a.roman(), b.roman());
    if (v == Verdict.DIFFERENT && !(a.roman().equals(a.cosmetic())
        && b.roman().equals(b.cosmetic()))) {
      v = matcher.compare(a.cosmetic(), b.cosmetic());
    }
    if (v == Verdict.DIFFERENT && lastLetterCut(a.written(), b.written())
        && !(a.written().equals(a.cosmetic()) && b.written().equals(b.cosmetic()))) {
      // the cosmetic form took a final s for a plural where a letter was cut after it
      // ("Velyans", "Velyansk"): the words as written show the slip
      v = matcher.compare(a.written(), b.written());
    }
    return v;
  }

  /**
   * Whether one word is the other's plural in -ies ("Emergencies Ministry", "Emergency
   * Ministry"), which the cosmetic form, dropping only the s, leaves apart: a plural, not a
   * spelling. In six letters or more, so "Davy" and "Davies" stay two surnames.
   */
  private static boolean pluralInY(String a, String b) {
    String s = a.length() < b.length() ? a : b;
    String l = s == a ? b : a;
    return s.length() >= 6 && l.length() == s.length() + 2 && s.endsWith("y")
        && l.endsWith("ies") && l.regionMatches(0, s, 0, s.length() - 1);
  }

  /**
   * Whether the shorter word ends in s and is the other, in any romanization, with its last
   * letter cut off ("Velyans", "Veliansk"; not "Maris", "Marios").
   */
  private static boolean lastLetterCut(String a, String b) {
    String s = a.length() < b.length() ? a : b;
    String l = s == a ? b : a;
    if (l.length() != s.length() + 1 || !s.endsWith("s")) {
      return false;
    }
    String cut = l.substring(0, s.length());
    return cut.equals(s) || Transliteration.variants(cut, s);
  }

  /**
   * Whether two names, of any lengths, name one entity: the shorter's words match in order.
   *
   * @param a a name
   * @param b another name
   * @return false if the user said they are distinct; otherwise true when they are spelling
   *     variants, or when the words of the shorter match words of the longer in order
   */
  public boolean sameEntity(String a, String b) {
    if (known.distinct(a, b)) {
      return false;
    }
    if (!spellingVariants(a, b).isEmpty()) {
      return true;
    }
    List<String> x = NameNormalizer.nameTokens(a);
    List<String> y = NameNormalizer.nameTokens(b);
    List<String> shorter = x.size() <= y.size() ? x : y;
    List<String> longer = shorter == x ? y : x;
    if (shorter.isEmpty()) {
      return false;
    }
    int k = 0;
    for (String w : longer) {
      if (k < shorter.size() && matcher.compare(shorter.get(k), w).sameName()) {
        k++;
      }
    }
    return k == shorter.size();
  }
}
