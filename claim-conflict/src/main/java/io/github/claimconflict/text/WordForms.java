package io.github.claimconflict.text;

import java.util.List;

/**
 * Forms of one word that make another name or the same one: a dropped letter, an added final
 * consonant, a surname's masculine and feminine forms, a derived word. Shared by the default name
 * matcher and the entity resolver, which weighs them word by word within a whole name.
 */
public final class WordForms {

  private WordForms() {}

  /**
   * "Elvanr" beside "Elvanar": one consonant more, not the first, in a word of four letters or more. Too
   * weak alone; it counts in a name whose other words agree ("Port Elvanr", "Port Elvanar").
   */
  public static boolean droppedLetter(String a, String b) {
    String s = a.length() < b.length() ? a : b;
    String l = s == a ? b : a;
    if (s.length() < 4 || l.length() != s.length() + 1 || s.charAt(0) != l.charAt(0)
        || derivedFrom(l, s) || feminineOf(l, s)) {
      return false;
    }
    int i = 0;
    while (i < s.length() && s.charAt(i) == l.charAt(i)) {
      i++;
    }
    // a dropped vowel makes another name as often as a slip does: "Carl" and "Carol"
    return "aeiouy".indexOf(l.charAt(i)) < 0 && s.substring(i).equals(l.substring(i + 1));
  }

  /**
   * "Rafael" beside "Rafaell": a consonant added at the end of a word of five letters or
   * more. Alone it makes another word ("Berlin", "Berliner"); it counts for a given name whose
   * surname is written the same. A vowel added is left out: "Louis" and "Louise", "Daniel" and
   * "Daniela" are other people.
   */
  public static boolean addedEndConsonant(String a, String b) {
    String s = a.length() < b.length() ? a : b;
    String l = s == a ? b : a;
    return s.length() >= 5 && l.length() == s.length() + 1 && l.startsWith(s)
        && "aeiouy".indexOf(l.charAt(l.length() - 1)) < 0
        && Character.isLetter(l.charAt(l.length() - 1));
  }

  /**
   * A last word written with another final vowel ("Hallorane", "Hallorana") or with a consonant
   * added at its end ("Velde", "Velder"), in a word of five letters or more, eight for a vowel.
   * Alone either makes another word: another sex of a given name ("Mario", "Maria"), a derived
   * word ("Tube", "Tuber"). After the same given name it is a slip in one person's surname: a
   * name of the other sex would come with another given name. Left out: o and a, which end the
   * forms of one surname in two Slavic languages ("Hrytsenko", "Hrytsenka") and a place's
   * adjective in its two genders ("Santa Morena"); an added s or n, a plural or a demonym
   * ("South Korea", "South Korean").
   */
  public static boolean surnameSlip(String a, String b) {
    String s = a.length() < b.length() ? a : b;
    String l = s == a ? b : a;
    int n = s.length();
    if (l.length() == n) {
      char x = a.charAt(n - 1);
      char y = b.charAt(n - 1);
      return n >= 8 && a.regionMatches(0, b, 0, n - 1) && vowelAt(a, n - 1) && vowelAt(b, n - 1)
          && !(x == 'o' && y == 'a' || x == 'a' && y == 'o');
    }
    char added = l.charAt(l.length() - 1);
    return addedEndConsonant(a, b) && added != 's' && added != 'n';
  }

  /**
   * Last words of proper names of bodies and places, which their owners fix ("Norlande
   * Orbital Airlines", "Autocratic Party"). Heads that a description translates ("Economy
   * Ministry", "Norlandian Government", "Election Commission") are left out: their words vary.
   */
  private static final java.util.Set<String> INSTITUTION_HEADS = java.util.Set.of("airlines",
      "airline", "airways", "airway", "party", "front", "movement", "union", "league",
      "alliance", "company", "corporation", "association", "federation", "republic",
      "university", "airport", "church", "organisation", "organization", "society", "institute",
      "railways", "railway", "television", "radio", "news");

  /** Whether a name's last word, in cosmetic form, is the head of an institution or place. */
  public static boolean institutionHead(String word) {
    return INSTITUTION_HEADS.contains(word);
  }

  /** Endings a stem takes as a noun, a country, its people or adjective. */
  private static final java.util.Set<String> STEM_ENDINGS = java.util.Set.of("", "e", "a", "y",
      "cy", "ia", "ic", "tic", "ical", "ian", "an", "n", "ese", "ish", "i", "al", "ism", "ist");

  /**
   * "Autocracy" beside "Autocratic", "Norlande" beside "Norlandian": one stem of five letters or
   * more with two endings of a noun, a country, its people or adjective. Alone they are two
   * words (a country and its adjective); as the modifier of an institution's name whose other
   * words agree ("Autocracy Party", "Autocratic Party") they are a slip in that name.
   */
  public static boolean otherDerivation(String a, String b) {
    if (a.equals(b)) {
      return false;
    }
    if (countryAndItsPeople(a, b)) {
      return true;
    }
    int n = Math.min(a.length(), b.length());
    int p = 0;
    while (p < n && a.charAt(p) == b.charAt(p)) {
      p++;
    }
    // the stem may end in the letter an ending starts with ("democra-cy", "democra-tic")
    for (int stem = p; stem >= 5 && stem >= p - 1; stem--) {
      if (STEM_ENDINGS.contains(a.substring(stem)) && STEM_ENDINGS.contains(b.substring(stem))) {
        return true;
      }
    }
    return false;
  }

  /**
   * "Kanjana" beside "Ganjana": a word of four letters or more whose first stop is written voiced
   * in one and not in the other, as Thai, Korean and Chinese romanizations write one letter k or
   * g, t or d, p or b. Alone it is another word ("Kerry", "Gerry"); after the same given name it
   * is one person's surname in two romanizations.
   */
  public static boolean otherVoicing(String a, String b) {
    int n = a.length();
    if (n != b.length() || n < 4 || !a.regionMatches(1, b, 1, n - 1)) {
      return false;
    }
    char x = a.charAt(0);
    char y = b.charAt(0);
    String pair = x < y ? "" + x + y : "" + y + x;
    return pair.equals("gk") || pair.equals("dt") || pair.equals("bp");
  }

  private static boolean vowelAt(String w, int i) {
    return "aeiou".indexOf(w.charAt(i)) >= 0;
  }

  /**
   * A surname's masculine and feminine forms, romanized ("Volkonski" and "Volkonskaya",
   * "Petrov" and "Petrova"): the same person only when the given name is the same.
   */
  public static boolean genderForms(String a, String b) {
    if (slavicFeminine(a, b) || slavicFeminine(b, a)) {
      return true;
    }
    for (String x : Transliteration.keys(a)) {
      for (String y : Transliteration.keys(b)) {
        if (slavicFeminine(x, y) || slavicFeminine(y, x) || skiSkaia(x, y) || skiSkaia(y, x)) {
          return true;
        }
      }
    }
    return false;
  }

  /** "Petrov" and "Petrova", "Ilyin" and "Ilyina": Slavic surnames that add -a for a woman. */
  private static boolean slavicFeminine(String m, String f) {
    return f.length() == m.length() + 1 && f.startsWith(m) && f.endsWith("a") && m.length() >= 4
        && (m.endsWith("ov") || m.endsWith("ev") || m.endsWith("in"));
  }

  private static boolean skiSkaia(String m, String f) {
    return m.endsWith("ski") && f.endsWith("skaia")
        && m.regionMatches(0, f, 0, m.length() - 1) && m.length() > 4;
  }

  /**
   * Endings that make another word of a name: "Russia" and "Russian", "Uzbek" and "Uzbekistan",
   * "Berlin" and "Berliner"; -r only after e ("Tube", "Tuber"), -n only after a vowel ("Kenya",
   * "Kenyan"; a doubled final n is a slip, "Hartmann", "Hartman"); -ism beside -ist
   * ("Anti-Extremism", "Antiextremist"), which translations of one institution's name alternate.
   */
  public static final List<String> DERIVING_ENDINGS =
      List.of("n", "an", "ian", "ese", "i", "ish", "ic", "stan", "r", "er", "ism", "ist");

  public static boolean derivedFrom(String longer, String shorter) {
    if (!longer.startsWith(shorter)) {
      return false;
    }
    String ending = longer.substring(shorter.length());
    return DERIVING_ENDINGS.contains(ending) && (!ending.equals("r") || shorter.endsWith("e"))
        && (!ending.equals("n") || !shorter.isEmpty()
            && Transliteration.vowel(shorter.charAt(shorter.length() - 1)));
  }

  /**
   * Countries and the people or adjective named after them, each line a country first, then its
   * words: mostly those that no ending of {@link #DERIVING_ENDINGS} derives ("Sweden", "Swede",
   * "Swedish"); a few regular ones ("Russia", "Russian") are here for their plurals ("Russians").
   */
  private static final List<List<String>> DEMONYMS = List.of(
      List.of("britain", "briton", "british", "brit"),
      List.of("sweden", "swede", "swedish"),
      List.of("denmark", "dane", "danish"),
      List.of("poland", "pole", "polish"),
      List.of("finland", "finn", "finnish"),
      List.of("turkey", "turk", "turkish", "turkiye"),
      List.of("scotland", "scot", "scottish", "scots"),
      List.of("spain", "spaniard", "spanish"),
      List.of("netherlands", "dutch", "netherlander"),
      List.of("philippines", "filipino", "filipina", "philippine"),
      List.of("thailand", "thai"),
      List.of("switzerland", "swiss"),
      List.of("ireland", "irish"),
      List.of("england", "english"),
      List.of("wales", "welsh"),
      List.of("france", "french"),
      List.of("greece", "greek"),
      List.of("cyprus", "cypriot"),
      List.of("croatia", "croat"),
      List.of("serbia", "serb"),
      List.of("slovakia", "slovak"),
      List.of("czechia", "czech"),
      List.of("iceland", "icelander", "icelandic"),
      List.of("portugal", "portuguese"),
      List.of("kazakhstan", "kazakh"),
      List.of("uzbekistan", "uzbek"),
      List.of("tajikistan", "tajik"),
      List.of("afghanistan", "afghan"),
      List.of("turkmenistan", "turkmen"),
      List.of("kurdistan", "kurd"),
      List.of("arabia", "arab", "arabian"),
      List.of("lebanon", "lebanese"),
      List.of("china", "chinese"),
      List.of("japan", "japanese"),
      List.of("vietnam", "vietnamese"),
      List.of("nepal", "nepalese", "nepali"),
      List.of("malta", "maltese"),
      List.of("madagascar", "malagasy"),
      List.of("monaco", "monegasque"),
      List.of("peru", "peruvian"),
      List.of("norway", "norwegian"),
      List.of("belgium", "belgian"),
      List.of("ukraine", "ukrainian"),
      List.of("russia", "russian"),
      List.of("israel", "israeli"));

  /** Each word of {@link #DEMONYMS} and its line's country. */
  private static final java.util.Map<String, String> COUNTRY_OF =
      WordLines.firstOfLine(DEMONYMS, w -> w);

  /**
   * "Britons" beside "Britain", "Swedish" beside "Sweden": a country and its people or adjective
   * (a final plural s aside), two words, never one name spelled two ways. Lower case.
   */
  public static boolean countryAndItsPeople(String a, String b) {
    String x = country(a);
    String y = country(b);
    return x != null && x.equals(y) && !a.equals(b);
  }

  private static String country(String w) {
    String c = COUNTRY_OF.get(w);
    if (c == null && w.endsWith("s")) {
      c = COUNTRY_OF.get(w.substring(0, w.length() - 1));
    }
    return c;
  }

  /** "Ivanova" beside "Ivanov": a woman's form of the surname names another person. */
  public static boolean feminineOf(String a, String b) {
    return (a.length() == b.length() + 1 && a.startsWith(b) && a.endsWith("a"))
        || (b.length() == a.length() + 1 && b.startsWith(a) && b.endsWith("a"));
  }
}
