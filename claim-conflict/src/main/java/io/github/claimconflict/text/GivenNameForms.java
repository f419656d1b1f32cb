package io.github.claimconflict.text;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The forms one East Slavic given name takes in Ukrainian, Russian and Belarusian and in the
 * English press ("Oleksandr", "Aleksandr", "Aliaksandr", "Alexander"): one person's given name as
 * sources of two languages write it, which no transliteration rule folds. Such forms are one name
 * only before a surname that agrees; alone, "Volodymyr" and "Vladimir" stay two words.
 */
public final class GivenNameForms {

  private GivenNameForms() {}

  /** Each line: the forms of one given name, in cosmetic form, one romanization each. */
  private static final List<List<String>> FORMS = List.of(
      List.of("oleksandr", "aleksandr", "alexander", "aliaksandr", "alyaksandr"),
      List.of("oleksandra", "aleksandra", "alexandra", "aliaksandra"),
      List.of("oleksiy", "oleksii", "aleksei", "alexei", "aliaksei"),
      List.of("volodymyr", "vladimir", "uladzimir"),
      List.of("mykola", "nikolai", "mikalai"),
      List.of("mykhailo", "mikhail"),
      List.of("serhiy", "sergei", "siarhei"),
      List.of("andriy", "andrei"),
      List.of("petro", "pyotr", "petr", "piatro"),
      List.of("pavlo", "pavel", "paval"),
      List.of("ihor", "igor", "ihar"),
      List.of("vasyl", "vasily", "vasil"),
      List.of("hryhoriy", "grigory", "ryhor"),
      List.of("dmytro", "dmitry", "dzmitry"),
      List.of("yevhen", "yevgeny", "yauhen"),
      List.of("oleh", "oleg", "aleh"),
      List.of("mykyta", "nikita", "mikita"),
      List.of("kyrylo", "kirill", "kiryl"),
      List.of("fedir", "fyodor", "fiodar"),
      List.of("yakiv", "yakov", "yakau"),
      List.of("olha", "olga", "volha"),
      List.of("olena", "yelena", "alena"),
      List.of("kateryna", "yekaterina", "katsiaryna"),
      List.of("tetiana", "tatyana", "tatsiana"),
      List.of("svitlana", "svetlana", "sviatlana"));

  /** Each folded key of each form, with the line it belongs to. */
  private static final Map<String, Integer> LINE = new HashMap<>();

  static {
    for (int i = 0; i < FORMS.size(); i++) {
      for (String f : FORMS.get(i)) {
        for (String k : Transliteration.keys(f)) {
          LINE.putIfAbsent(k, i);
        }
      }
    }
  }

  /**
   * Whether two given names in cosmetic form are forms of one name in two East Slavic languages
   * (or English), in any romanization of each.
   *
   * @param a a given name in cosmetic form
   * @param b another
   * @return true if both fold to forms of one listed name
   */
  public static boolean oneName(String a, String b) {
    Integer x = line(a);
    return x != null && x.equals(line(b));
  }

  private static Integer line(String w) {
    for (String k : Transliteration.keys(w)) {
      Integer i = LINE.get(k);
      if (i != null) {
        return i;
      }
    }
    return null;
  }
}
