package io.github.claimconflict.text;

import java.util.List;
import java.util.TreeSet;

/**
 * Folds the romanizations of one name to shared keys, as a system of the sounds each letter group
 * renders rather than a list of letter pairs. Two words are transliteration variants when any of
 * their keys meet.
 *
 * <ul>
 *   <li>Cyrillic: ж as zh, j or ž and дж as dzh, dj or j; х as kh or h; ч as ch, tch, cz or č; ш
 *       as sh, sch, sz or š; й and the iotated vowels as y, i or j ("Matvei", "Matvey",
 *       "Matvej"; "Maria", "Mariya", "Mariia"; endings -ii, -iy, -y); е as e or ye after a vowel
 *       or at the start ("Yermolova", "Ermolova"); the Belarusian ў as u after a vowel where
 *       Russian has v ("Ivanou", "Ivanov"), and ц and дз before i and e where Russian has t and d;
 *       soft-sign apostrophes (dropped in cosmetic form).
 *   <li>Arabic: q and k, kh and h, gh and g, ou and u, doubled consonants, a final -ah or -eh
 *       as -a, a final -que as q ("Tawfique", "Tawfiq"); vowel-only differences over one
 *       consonant skeleton are judged by
 *       {@link #vowelVariants}.
 *   <li>Korean and Chinese: eo as o, oo as u; Turkish ş, ç as sh, ch; Czech, Polish and Baltic
 *       š, ž, č as sh, zh, ch (see {@link NameNormalizer#romanTokens}).
 *   <li>Ukrainian beside Russian: h for g in a word with another Slavic mark (see {@link
 *       #slavic}), and in such a word a place's neuter ending -ove or -eve for -ovo, -evo;
 *       Greek: ch or h for χ, the short form -is of -ios; Indic: shr or sr.
 *   <li>General: ph and f, w and v, x and ks, ck and k, a lone c as k or ts; inside a word of
 *       six letters or more b as v (Spanish, Greek, Hebrew, Somali), and th as t in a word of
 *       five letters or more (Arabic ث, Thai and Greek aspirates).
 * </ul>
 */
public final class Transliteration {

  private Transliteration() {}

  /**
   * Whether a letter of a word in cosmetic form is a vowel: a, e, i, o or u (y and w, vowels
   * in some romanizations, are not).
   *
   * @param c a lower-case letter
   * @return true for a, e, i, o and u
   */
  public static boolean vowel(char c) {
    return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u';
  }

  /**
   * The folded keys of a word in cosmetic form (lower case, letters and digits): one for each
   * reading of its ambiguous letters (a lone j as ж or as й, a lone c as k or ts, ee and oo as
   * vowels or as doubled letters, a final -ah or -eh as a vowel or not; a Slavic h as g, a Greek
   * ch as h, a Greek -ios as -is), a few dozen at most, sorted.
   *
   * @param word a word in cosmetic form
   * @return its folded keys, sorted, without repeats
   */
  public static List<String> keys(String word) {
    return KEYS.get(word);
  }

  /** Each word's keys, computed once per distinct word: names meet the same words again and again. */
  private static final Memo<String, List<String>> KEYS = new Memo<>(Transliteration::computeKeys);

  private static List<String> computeKeys(String word) {
    TreeSet<String> out = new TreeSet<>();
    keysOf(word, out);
    // Ukrainian renders Cyrillic г as h where Russian renders it g ("Hrytsenko", "Gritsenko"):
    // only in a word that looks Slavic by its other letters, so "Hill" never meets "Gill"
    if (slavic(word) && word.indexOf('h') >= 0) {
      String g = ukrainianH(word);
      keysOf(g, out);
      // a Ukrainian place name's neuter ending -ove, -eve where Russian writes -ovo, -evo
      // ("Hlybove", "Glybovo")
      int n = g.length();
      if (n >= 6 && g.endsWith("ve") && vowel(g.charAt(n - 3))) {
        keysOf(g.substring(0, n - 1) + "o", out);
      }
    }
    // Greek χ as ch or h ("Vlachakis", "Vlahakis") in a long word ending in a vowel, as Greek
    // names do once the cosmetic form has dropped their final s; never a leading ch but chr
    if (greek(word)) {
      keysOf(word.startsWith("chr") ? GREEK_CH.matcher(word).replaceAll("h")
          : word.charAt(0) + GREEK_CH.matcher(word.substring(1)).replaceAll("h"), out);
    }
    // Arabic, Persian and Turkic ق (and Persian غ) romanized q or gh ("Zaqaros", "Zagharos"), a
    // Crimean Tatar or Kazakh q as g ("Belqaziyev", "Belgaziev"): a q may stand for g too
    if (word.indexOf('q') >= 0 && word.length() >= 4) {
      keysOf(word.replace("qq", "q").replace('q', 'g'), out);
    }
    // South Asian romanization writes a final q as -que, as French does ("Tawfique", "Tawfiq";
    // "Siddique", "Siddiq")
    if (word.endsWith("que") && word.length() >= 6 && vowel(word.charAt(word.length() - 4))) {
      keysOf(word.substring(0, word.length() - 2), out);
    }
    // Spanish, Greek, Hebrew and Somali or Arabic romanizations write one sound as b or v
    // ("Sevilla", "Sebilla"; "Habiba", "Haviva"): inside a word of six letters or more a b may
    // be read as v. Not a first letter, where b and v start other names ("Bell", "Vell")
    if (word.length() >= 6 && word.indexOf('b', 1) > 0) {
      keysOf(word.charAt(0) + word.substring(1).replace('b', 'v'), out);
    }
    // th for an aspirated or interdental t, as Arabic ث, Thai and Greek romanizations write it
    // or not ("Thariq", "Tariq"; "Somchith", "Somchit"), in a word of five letters or more
    if (word.length() >= 5 && word.contains("th")) {
      keysOf(word.replace("th", "t"), out);
    }
    // the Greek given name's everyday short form, -ios written -is ("Stavrios", "Stavris"), seen
    // without the final s that the cosmetic form drops
    if (word.endsWith("io") && word.length() - 2 >= 5) {
      keysOf(word.substring(0, word.length() - 1), out);
    }
    return List.copyOf(out);
  }

  private static void keysOf(String word, TreeSet<String> out) {
    // Indic श as sh or s before r at the start: no English word starts with "sr"
    if (word.startsWith("shr")) {
      word = "sr" + word.substring(3);
    }
    String s = word.replace("x", "ks")
        .replace("shch", "S").replace("dzh", "J").replace("tsch", "C").replace("tch", "C").replace("sch", "S")
        .replace("cz", "C").replace("sz", "S").replace("zh", "J").replace("dj", "J")
        .replace("ch", "C").replace("sh", "S").replace("kh", "h").replace("gh", "g")
        .replace("ph", "f").replace("ck", "k").replace('q', 'k').replace('w', 'v');
    if (s.length() > 3 && (s.endsWith("ah") || s.endsWith("eh"))) {
      // a final -ah or -eh may be the Arabic taa marbuta, written -a ("Fatimah", "Fatima"), or a
      // consonant ("Saleh"): both readings
      String a = s.substring(0, s.length() - 2) + "a";
      keys(a, out);
    }
    keys(s, out);
  }

  /** Letters that precede an h to make one sound with it: zh, kh, ch, sh, gh, ph, th, wh. */
  private static boolean digraphH(char prev) {
    return "zkcsgptwd".indexOf(prev) >= 0;
  }

  /** The word with each h that stands for a letter of its own read as g. */
  private static String ukrainianH(String w) {
    StringBuilder b = new StringBuilder(w);
    for (int i = 0; i < w.length(); i++) {
      if (w.charAt(i) == 'h' && (i == 0 || !digraphH(w.charAt(i - 1)))) {
        b.setCharAt(i, 'g');
      }
    }
    return b.toString();
  }

  private static boolean consonant(char c) {
    return c >= 'a' && c <= 'z' && !vowel(c) && c != 'y';
  }

  private static final List<String> SLAVIC_ENDINGS = List.of(
      "enko", "chuk", "yuk", "iuk", "ych", "iy", "yi", "ii", "skyi", "skyy", "nyk", "nyak");

  /**
   * Whether a word looks romanized from Ukrainian or Russian: zh, kh, shch or ts before a vowel;
   * y between consonants, the first not an h ("Halyna"); h before a consonant other than h
   * ("Hryhorenko"); or a Slavic ending (-enko, -chuk, -ych, -iy).
   */
  static boolean slavic(String w) {
    if (w.contains("zh") || w.contains("kh") || w.contains("shch")) {
      return true;
    }
    for (int i = 0; i + 1 < w.length(); i++) {
      char c = w.charAt(i);
      char next = w.charAt(i + 1);
      if (c == 't' && next == 's' && i + 2 < w.length() && vowel(w.charAt(i + 2))) {
        return true;
      }
      // not after h: "Hyman" is English
      if (c == 'y' && i > 0 && consonant(w.charAt(i - 1)) && w.charAt(i - 1) != 'h'
          && consonant(next)) {
        return true;
      }
      if (c == 'h' && (i == 0 || !digraphH(w.charAt(i - 1)) && w.charAt(i - 1) != 'h')
          && consonant(next) && next != 'h') {
        return true;
      }
    }
    for (String e : SLAVIC_ENDINGS) {
      if (w.endsWith(e) && w.length() > e.length() + 2) {
        return true;
      }
    }
    return false;
  }

  /** Whether a word may be Greek with its ch standing for χ: seven letters, a final vowel. */
  static boolean greek(String w) {
    return w.length() >= 7 && vowel(w.charAt(w.length() - 1))
        && (w.startsWith("chr") || GREEK_CH.matcher(w.substring(1)).find());
  }

  /** A ch that is no part of sch or tch. */
  private static final java.util.regex.Pattern GREEK_CH =
      java.util.regex.Pattern.compile("(?<![st])ch");

  private static void keys(String s, TreeSet<String> out) {
    boolean hasJ = s.indexOf('j') >= 0;
    boolean hasC = s.indexOf('c') >= 0;
    boolean hasLong = s.contains("ee") || s.contains("oo");
    for (int j = 0; j < (hasJ ? 2 : 1); j++) {
      for (int c = 0; c < (hasC ? 2 : 1); c++) {
        for (int d = 0; d < (hasLong ? 2 : 1); d++) {
          String v = s.replace('j', j == 0 ? 'J' : 'y').replace("c", c == 0 ? "k" : "ts");
          out.add(fold(v, d == 1));
        }
      }
    }
  }

  /**
   * Whether two cosmetic words meet in any reading.
   *
   * @param a a word in cosmetic form
   * @param b another
   * @return true if they share a folded key
   */
  public static boolean variants(String a, String b) {
    List<String> x = keys(a);
    for (String k : keys(b)) {
      if (x.contains(k)) {
        return true;
      }
    }
    return false;
  }

  private static String fold(String s, boolean doublesFirst) {
    if (doublesFirst) {
      s = collapse(s);
    }
    s = s.replace("ee", "i").replace("oo", "u").replace('y', 'i').replace("eo", "o");
    StringBuilder b = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      char prev = b.length() == 0 ? 0 : b.charAt(b.length() - 1);
      char next = i + 1 < s.length() ? s.charAt(i + 1) : 0;
      // an iotated e at the start or after a vowel: "Yermolova", "Andreyev"
      if (c == 'i' && next == 'e' && (prev == 0 || vowel(prev))) {
        continue;
      }
      // a glide after a vowel before a consonant or the end: Belarusian ў beside Russian в
      if ((c == 'v' || c == 'u') && vowel(prev) && prev != 'u' && (next == 0 || !vowel(next))) {
        c = 'u';
      }
      // Belarusian ц and дз where Russian writes т and д before a soft vowel
      if ((c == 't' || c == 'd') && (next == 's' || next == 'z') && i + 2 < s.length()
          && (s.charAt(i + 2) == 'i' || s.charAt(i + 2) == 'e')) {
        b.append(c);
        i++;
        continue;
      }
      b.append(c);
    }
    String r = b.toString().replace("ou", "u");
    return collapse(r);
  }

  private static String collapse(String s) {
    StringBuilder b = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (b.length() == 0 || b.charAt(b.length() - 1) != c) {
        b.append(c);
      }
    }
    return b.toString();
  }

  /**
   * Whether two folded keys differ only in their vowels over one consonant skeleton, as
   * romanizations of a script that writes few vowels do ("Qismari" and "Qasmari", "Saleh" and
   * "Salih"): the same consonants in the same vowel and consonant runs, few runs changed. A change
   * of the final vowel alone is a change of word form ("Mario", "Maria"); a changed first vowel
   * only where o/u or an iotated vowel explains it ("Osman", "Usman").
   *
   * @param a a folded key
   * @param b another
   * @return true if they differ only so in their vowels
   */
  public static boolean vowelVariants(String a, String b) {
    // run by run over both keys at once, without cutting them: most pairs part at once
    int consonants = 0;
    int changed = 0;
    int last = -1;
    int run = 0;
    int i = 0;
    int j = 0;
    while (i < a.length() && j < b.length()) {
      boolean isVowel = vowel(a.charAt(i));
      if (isVowel != vowel(b.charAt(j))) {
        return false;
      }
      int ie = runEnd(a, i);
      int je = runEnd(b, j);
      boolean same = ie - i == je - j && a.regionMatches(i, b, j, ie - i);
      if (!isVowel) {
        if (!same) {
          return false;
        }
        consonants += ie - i;
      } else if (!same) {
        if (run == 0 && !initialVowelsAlike(a.substring(i, ie), b.substring(j, je))) {
          return false;
        }
        changed++;
        last = run;
      }
      run++;
      i = ie;
      j = je;
    }
    if (i < a.length() || j < b.length() || run == 0) {
      return false; // runs of different counts
    }
    if (changed == 0 || consonants < 2) {
      return false;
    }
    if (last == run - 1) {
      return false; // a changed final vowel is another word form: "Mario", "Maria"
    }
    return changed <= Math.max(1, consonants / 2) && (changed == 1 || consonants >= 4);
  }

  /** The end of the run of vowels or of consonants that starts at {@code from}. */
  private static int runEnd(String s, int from) {
    boolean v = vowel(s.charAt(from));
    int j = from + 1;
    while (j < s.length() && vowel(s.charAt(j)) == v) {
      j++;
    }
    return j;
  }

  private static boolean initialVowelsAlike(String p, String q) {
    return p.startsWith("i") && p.length() > 1 || q.startsWith("i") && q.length() > 1
        || (p.equals("o") || p.equals("u")) && (q.equals("o") || q.equals("u"));
  }
}
