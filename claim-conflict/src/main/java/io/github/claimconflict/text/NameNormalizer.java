package io.github.claimconflict.text;

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
 * and "Cooperation"). Names compare their words in cosmetic form with Arabic articles left out
 * ({@link #nameTokens}); {@link Transliteration} folds romanizations further.
 */
public final class NameNormalizer {

  private static final Splitter SPACES = Splitter.on(' ').omitEmptyStrings();
  private static final Pattern MARKS = Pattern.compile("\\p{M}+");

  private NameNormalizer() {}

  private static final Memo<String, List<String>> COSMETIC_TOKENS =
      new Memo<>(NameNormalizer::computeCosmeticTokens);
  private static final Memo<String, List<String>> NAME_TOKENS =
      new Memo<>(NameNormalizer::computeNameTokens);
  private static final Memo<String, List<String>> ROMAN_TOKENS =
      new Memo<>(NameNormalizer::computeRomanTokens);
  private static final Memo<String, String> COSMETIC_KEY = new Memo<>(NameNormalizer::computeCosmeticKey);

  /**
   * The name's words in cosmetic form: "Co-operation in Europe" gives [cooperation, in, europe].
   *
   * @param name a name
   * @return its words in cosmetic form
   */
  public static List<String> cosmeticTokens(String name) {
    return COSMETIC_TOKENS.get(name);
  }

  private static List<String> computeCosmeticTokens(String name) {
    return cosmeticTokens(name, false);
  }

  private static List<String> cosmeticTokens(String name, boolean keepFinalS) {
    String s = name;
    if (!isAscii(s)) {
      s = MARKS.matcher(Normalizer.normalize(foldLetters(s), Normalizer.Form.NFD)).replaceAll("");
    }
    return tokens(s, keepFinalS);
  }

  /** Letters that carry no combining mark to strip: dotless i, l with stroke, o with stroke. */
  private static String foldLetters(String s) {
    StringBuilder b = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '\u0131' -> b.append('i');
        case '\u0141', '\u0142' -> b.append('l');
        case '\u00d8', '\u00f8' -> b.append('o');
        case '\u0110', '\u0111' -> b.append('d');
        case '\u0126', '\u0127' -> b.append('h');
        case '\u00c6', '\u00e6' -> b.append("ae");
        case '\u0152', '\u0153' -> b.append("oe");
        case '\u00df' -> b.append("ss");
        case '\u00de', '\u00fe' -> b.append("th");
        default -> b.append(c);
      }
    }
    return b.toString();
  }

  /**
   * The name's words as in {@link #nameTokens}, with the letters that romanizations write as two
   * (Czech, Slovak, Baltic, Polish and Turkish š, ž, č, ś, ź, ż, ć, ş, ç) spelled so: "Šiškin"
   * gives [shishkin], which meets "Shishkin" as a transliteration, while "Siskin" stays the
   * cosmetic form with its accents dropped.
   *
   * @param name a name
   * @return its name tokens with those letters spelled as two
   */
  public static List<String> romanTokens(String name) {
    return ROMAN_TOKENS.get(name);
  }

  private static List<String> computeRomanTokens(String name) {
    if (isAscii(name)) {
      return nameTokens(name);
    }
    StringBuilder b = new StringBuilder(name.length() + 8);
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      switch (c) {
        case '\u0160', '\u0161', '\u015a', '\u015b', '\u015e', '\u015f' -> b.append("sh");
        case '\u017d', '\u017e', '\u0179', '\u017a', '\u017b', '\u017c' -> b.append("zh");
        case '\u010c', '\u010d', '\u0106', '\u0107', '\u00c7', '\u00e7' -> b.append("ch");
        default -> b.append(c);
      }
    }
    return nameTokens(b.toString());
  }

  /** Arabic articles written before a name: "al-Sabbagh", "Al Sabbagh" and "Sabbagh" are one name. */
  private static final java.util.Set<String> ARTICLES = java.util.Set.of("al", "el", "ul");

  /** Arabic "servant of" forms written apart from the name they compound with: "Abdel Aziz". */
  private static final java.util.Set<String> ABD = java.util.Set.of(
      "abd", "abdel", "abdul", "abdal", "abdoul", "abdil", "abdol");

  /**
   * The name's words in cosmetic form as names compare them: an Arabic article before a word is
   * left out ("al-Sabbagh", "Al Sabbagh"), an Abd- form written apart is joined to its word ("Abdel
   * Karim" as one word, like "Abdelkarim"), and a generational suffix ("III", "Jr") is dropped.
   *
   * @param name a name
   * @return its words as names compare them
   */
  public static List<String> nameTokens(String name) {
    return NAME_TOKENS.get(name);
  }

  /**
   * The name's words as in {@link #nameTokens}, with a final s kept where the cosmetic form drops
   * it as a plural or possessive: "Velyans" gives [velyans], which shows a letter cut off
   * "Velyansk" where [velyan] does not.
   *
   * @param name a name
   * @return its words as names compare them, each final s kept
   */
  public static List<String> nameTokensAsWritten(String name) {
    return computeNameTokens(name, true);
  }

  private static List<String> computeNameTokens(String name) {
    return computeNameTokens(name, false);
  }

  private static List<String> computeNameTokens(String name, boolean keepFinalS) {
    List<String> words = new java.util.ArrayList<>();
    for (String part : name.split("\\s+")) {
      int h = part.indexOf('-');
      if (h > 0 && h + 1 < part.length() && ARTICLES.contains(part.substring(0, h)
          .toLowerCase(Locale.ROOT)) && Character.isLetter(part.charAt(h + 1))) {
        part = part.substring(h + 1);
      }
      if (part.length() >= 4 && part.charAt(0) == 'd'
          && (part.charAt(1) == '\'' || part.charAt(1) == '\u2019')
          && Character.isLetter(part.charAt(2))) {
        words.add("de"); // "d'Ivoire": the elided particle is "de", as written in full
        part = part.substring(2);
      }
      words.add(part);
    }
    List<String> cosmetic = keepFinalS ? cosmeticTokens(String.join(" ", words), true)
        : cosmeticTokens(String.join(" ", words));
    List<String> out = new java.util.ArrayList<>(cosmetic.size());
    for (int i = 0; i < cosmetic.size(); i++) {
      String w = cosmetic.get(i);
      if (i + 1 < cosmetic.size() && ARTICLES.contains(w)) {
        continue;
      }
      if (i + 1 < cosmetic.size() && ABD.contains(w)) {
        out.add(w + cosmetic.get(++i));
        continue;
      }
      out.add(w);
    }
    if (out.size() >= 2 && GENERATIONS.contains(out.get(out.size() - 1))) {
      out.remove(out.size() - 1); // "Arrieta III" is Arrieta
    }
    return List.copyOf(out);
  }

  /** Generational suffixes: a fuller form of the same name, never a different spelling. */
  private static final java.util.Set<String> GENERATIONS =
      java.util.Set.of("ii", "iii", "iv", "jr", "sr");

  private static List<String> tokens(String s, boolean keepFinalS) {
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
      out.add(cosmeticWord(w, keepFinalS));
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

  /**
   * The name in cosmetic form with its words joined, so "Ata Meken" and "Ata-Meken" meet, and its
   * Arabic articles left out ("al-Sabbagh", "Sabbagh").
   *
   * @param name a name
   * @return its name tokens joined with no separator
   */
  public static String cosmeticKey(String name) {
    return COSMETIC_KEY.get(name);
  }

  private static String computeCosmeticKey(String name) {
    return String.join("", nameTokens(name));
  }

  private static String cosmeticWord(String w, boolean keepFinalS) {
    if (!keepFinalS && w.endsWith("s") && w.length() > 4 && !w.endsWith("ss")) {
      w = w.substring(0, w.length() - 1); // a plural or a possessive without its apostrophe
    }
    w = w.replace("isation", "ization").replace("ise", "ize").replace("yse", "yze");
    if (w.endsWith("our") && w.length() > 5) {
      w = w.substring(0, w.length() - 3) + "or";
    }
    if (w.endsWith("tre") && w.length() > 5) {
      w = w.substring(0, w.length() - 3) + "ter";
    }
    if ((w.endsWith("fence") || w.endsWith("licence") || w.endsWith("pretence"))
        && w.length() > 6) {
      // defence, licence, pretence: the British words only, so "influence" keeps its stem
      // with "influenced"
      w = w.substring(0, w.length() - 4) + "ense";
    }
    if (w.endsWith("ogue") && w.length() > 6) {
      w = w.substring(0, w.length() - 4) + "og";
    }
    return w;
  }
}
