package io.github.claimconflict.names;

import java.util.ArrayList;
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
 *       as -a; vowel-only differences over one consonant skeleton are judged by
 *       {@link #vowelVariants}.
 *   <li>Korean and Chinese: eo as o, oo as u; Turkish ş, ç as sh, ch; Czech, Polish and Baltic
 *       š, ž, č as sh, zh, ch (see {@link NameNormalizer#romanTokens}).
 *   <li>General: ph and f, w and v, x and ks, ck and k, a lone c as k or ts.
 * </ul>
 */
public final class Transliteration {

  private Transliteration() {}

  private static boolean vowel(char c) {
    return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u';
  }

  /**
   * The folded keys of a word in cosmetic form (lower case, letters and digits): one for each
   * reading of its ambiguous letters (a lone j as ж or as й, a lone c as k or ts, ee and oo as
   * vowels or as doubled letters, a final -ah or -eh as a vowel or not), at most sixteen, sorted.
   */
  public static List<String> keys(String word) {
    String s = word.replace("x", "ks")
        .replace("shch", "S").replace("dzh", "J").replace("tsch", "C").replace("tch", "C").replace("sch", "S")
        .replace("cz", "C").replace("sz", "S").replace("zh", "J").replace("dj", "J")
        .replace("ch", "C").replace("sh", "S").replace("kh", "h").replace("gh", "g")
        .replace("ph", "f").replace("ck", "k").replace('q', 'k').replace('w', 'v');
    TreeSet<String> out = new TreeSet<>();
    if (s.length() > 3 && (s.endsWith("ah") || s.endsWith("eh"))) {
      // a final -ah or -eh may be the Arabic taa marbuta, written -a ("Fatimah", "Fatima"), or a
      // consonant ("Saleh"): both readings
      String a = s.substring(0, s.length() - 2) + "a";
      keys(a, out);
    }
    keys(s, out);
    return List.copyOf(out);
  }

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

  /** Whether two cosmetic words meet in any reading. */
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
   */
  public static boolean vowelVariants(String a, String b) {
    List<String> x = runs(a);
    List<String> y = runs(b);
    if (x.size() != y.size() || x.isEmpty()) {
      return false;
    }
    int consonants = 0;
    int changed = 0;
    int last = -1;
    for (int i = 0; i < x.size(); i++) {
      String p = x.get(i);
      String q = y.get(i);
      boolean isVowel = vowel(p.charAt(0));
      if (isVowel != vowel(q.charAt(0))) {
        return false;
      }
      if (!isVowel) {
        if (!p.equals(q)) {
          return false;
        }
        consonants += p.length();
      } else if (!p.equals(q)) {
        if (i == 0 && !initialVowelsAlike(p, q)) {
          return false;
        }
        changed++;
        last = i;
      }
    }
    if (changed == 0 || consonants < 2) {
      return false;
    }
    if (last == x.size() - 1) {
      return false; // a changed final vowel is another word form: "Mario", "Maria"
    }
    return changed <= Math.max(1, consonants / 2) && (changed == 1 || consonants >= 4);
  }

  private static boolean initialVowelsAlike(String p, String q) {
    return p.startsWith("i") && p.length() > 1 || q.startsWith("i") && q.length() > 1
        || (p.equals("o") || p.equals("u")) && (q.equals("o") || q.equals("u"));
  }

  private static List<String> runs(String s) {
    List<String> out = new ArrayList<>();
    int i = 0;
    while (i < s.length()) {
      boolean v = vowel(s.charAt(i));
      int j = i + 1;
      while (j < s.length() && vowel(s.charAt(j)) == v) {
        j++;
      }
      out.add(s.substring(i, j));
      i = j;
    }
    return out;
  }
}
