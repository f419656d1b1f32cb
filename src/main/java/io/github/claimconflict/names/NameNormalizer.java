package io.github.claimconflict.names;

import com.google.common.base.Splitter;
import com.google.common.collect.ImmutableList;
import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The two normal forms names are compared in. The <em>cosmetic</em> form folds what no reader
 * counts as a different spelling: case, diacritics, hyphens and apostrophes, a possessive or plural
 * "s", and British against American endings ("Organisation" and "Organization", "Co-operation"
 * and "Cooperation"). The <em>romanized</em> form further folds the equivalences of transliterated
 * names (y/i, ee/i, oo/u, ou/u, c/k, q/k, ph/f, w/v, kh/h, dzh/j, doubled letters), so that
 * "Gulnoora" and "Gulnura" or "Katarina" and "Catarina" meet.
 */
public final class NameNormalizer {

  private static final Splitter SPACES = Splitter.on(' ').omitEmptyStrings();
  private static final Pattern MARKS = Pattern.compile("\\p{M}+");

  private NameNormalizer() {}

  /** The name's words in cosmetic form: "Co-operation in Europe" gives [cooperation, in, europe]. */
  public static List<String> cosmeticTokens(String name) {
    String s = name;
    if (!isAscii(s)) {
      s = MARKS.matcher(Normalizer.normalize(s, Normalizer.Form.NFD)).replaceAll("");
    }
    s = s.toLowerCase(Locale.ROOT).replace('\u2019', '\'');
    StringBuilder b = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isLetterOrDigit(c)) {
        b.append(c);
      } else if (c == '-' || c == '\'' || c == '.' || c == '\u2010') {
        continue; // "Ata-Meken" and "AtaMeken" differ only cosmetically; "Ata Meken" is split below
      } else {
        b.append(' ');
      }
    }
    ImmutableList.Builder<String> out = ImmutableList.builder();
    for (String w : SPACES.split(b)) {
      out.add(cosmeticWord(w));
    }
    return out.build();
  }

  private static boolean isAscii(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) > 0x7f) {
        return false;
      }
    }
    return true;
  }

  /** The name in cosmetic form with its words joined, so "Ata Meken" and "Ata-Meken" meet. */
  public static String cosmeticKey(String name) {
    return String.join("", cosmeticTokens(name));
  }

  private static String cosmeticWord(String w) {
    if (w.endsWith("s") && w.length() > 4 && !w.endsWith("ss")) {
      w = w.substring(0, w.length() - 1); // a plural or a possessive without its apostrophe
    }
    w = w.replace("isation", "ization").replace("ise", "ize").replace("yse", "yze");
    if (w.endsWith("our") && w.length() > 5) {
      w = w.substring(0, w.length() - 3) + "or";
    }
    if (w.endsWith("tre") && w.length() > 5) {
      w = w.substring(0, w.length() - 3) + "ter";
    }
    if (w.endsWith("ence") && w.length() > 6) {
      w = w.substring(0, w.length() - 4) + "ense"; // defence, defense
    }
    if (w.endsWith("ogue") && w.length() > 6) {
      w = w.substring(0, w.length() - 4) + "og";
    }
    return w;
  }

  /**
   * A cosmetic word with the romanization equivalences folded, reading "ee" and "oo" as the vowels
   * i and u ("Gulnoora" as "Gulnura").
   */
  public static String romanized(String cosmeticWord) {
    return fold(cosmeticWord);
  }

  /**
   * The same folding, reading "ee" and "oo" as doubled letters ("Gulnoora" as
   * "Gulnora"). Two spellings are transliteration variants when either folding makes them meet.
   */
  public static String romanizedDoublesFirst(String cosmeticWord) {
    StringBuilder b = new StringBuilder(cosmeticWord.length());
    for (int i = 0; i < cosmeticWord.length(); i++) {
      char c = cosmeticWord.charAt(i);
      if (b.length() == 0 || b.charAt(b.length() - 1) != c) {
        b.append(c);
      }
    }
    return fold(b.toString());
  }

  private static String fold(String cosmeticWord) {
    String s = cosmeticWord
        .replace("dzh", "j")
        .replace("kh", "h")
        .replace("ph", "f")
        .replace("ee", "i")
        .replace("oo", "u")
        .replace("ou", "u")
        .replace('y', 'i')
        .replace('w', 'v')
        .replace('q', 'k');
    StringBuilder b = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == 'c' && (i + 1 >= s.length() || s.charAt(i + 1) != 'h')) {
        c = 'k';
      }
      if (b.length() == 0 || b.charAt(b.length() - 1) != c) {
        b.append(c);
      }
    }
    return b.toString();
  }
}
