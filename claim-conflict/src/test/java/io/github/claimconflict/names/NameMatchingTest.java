package io.github.claimconflict.names;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.claimconflict.align.EntityResolver;
import io.github.claimconflict.names.NameMatcher.Verdict;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Name pairs as news writes them, with the verdict a fact-checker expects for each. */
class NameMatchingTest {

  private static final EntityResolver RESOLVER = new EntityResolver();

  /** cosmetic, transliteration, misspelling or distinct. */
  private static String verdict(String a, String b) {
    List<Verdict> words = RESOLVER.spellingVariants(a, b);
    if (words.isEmpty()) {
      return "distinct";
    }
    if (words.contains(Verdict.MISSPELLING)) {
      return "misspelling";
    }
    return words.contains(Verdict.TRANSLITERATION) ? "transliteration" : "cosmetic";
  }

  @ParameterizedTest(name = "[{index}] {0} ~ {1}: {2}")
  @CsvSource(delimiter = '|', textBlock = """
      Sooronbai Jeenbekov                                  | Suronbai Jinbekov                                    | transliteration
      Sooronbai                                            | Sooronbay                                            | transliteration
      Klara Sooronkulova                                   | Clara Soronkulova                                    | transliteration
      Jeenbekov                                            | Jinbekov                                             | transliteration
      Birmidik                                             | Birmidic                                             | transliteration
      Muammar Qaddafi                                      | Muammar Kaddafi                                      | transliteration
      Gulnyr Dzhurabayeva                                  | Gulnyr Jurabayeva                                    | transliteration
      Mikhail Khodorkovsky                                 | Mikhail Hodorkovsky                                  | transliteration
      Zelensky                                             | Zelenskyy                                            | transliteration
      Zelenskiy                                            | Zelensky                                             | transliteration
      Mohammed                                             | Mohamed                                              | transliteration
      Alexei Navalny                                       | Alexei Navalniy                                      | transliteration
      Sergei Lavrov                                        | Sergey Lavrov                                        | transliteration
      Nursultan Nazarbayev                                 | Noursoultan Nazarbayev                               | transliteration
      Mombekov                                             | Mombekow                                             | transliteration
      Ignacio Valdebera                                    | Ignacio Valdevera                                    | transliteration
      Mahad Avdirashid                                     | Mahad Abdirashid                                     | transliteration
      Thamerin                                             | Tamerin                                              | transliteration
      Suthamon                                             | Sutamon                                              | transliteration
      Tamerid Oslan                                        | Thamerit Oslan                                       | misspelling
      Bellano                                              | Vellano                                              | distinct
      Alba                                                 | Alva                                                 | distinct
      Fisheries Authority                                  | Fishery Authority                                    | cosmetic
      Birimdik                                             | Birmidik                                             | misspelling
      Mekenim Kyrgyzstan                                   | Meknim Kyrgyzstan                                    | misspelling
      Almazbek Atambayev                                   | Almazbek Atambeyev                                   | misspelling
      Jeenbekov                                            | Jeenbekv                                             | misspelling
      Washington                                           | Washingon                                            | misspelling
      Benjamin Netanyahu                                   | Benjamin Netanyhau                                   | misspelling
      Recep Erdogan                                        | Recep Erdgoan                                        | misspelling
      Dariusz Orlitz                                       | Dariusz Ortlitz                                      | misspelling
      Anselmo Gutera                                       | Aselmo Gutera                                        | misspelling
      Ruslan Dorvakian                                     | Ruslan Dorgatian                                     | misspelling
      Dorvakian                                            | Dorgatian                                            | misspelling
      Matvei Orlov                                         | Matvew Orlov                                         | misspelling
      Pelawatiya                                           | Pelawatiutya                                         | misspelling
      Ata Meken                                            | Ata-Meken                                            | cosmetic
      Organisation for Security and Cooperation in Europe  | Organization for Security and Co-operation in Europe | cosmetic
      Labour Party                                         | Labor Party                                          | cosmetic
      Defence Ministry                                     | Defense Ministry                                     | cosmetic
      Centre Party                                         | Center Party                                         | cosmetic
      BISHKEK                                              | Bishkek                                              | cosmetic
      São Paulo                                            | Sao Paulo                                            | cosmetic
      Zürich                                               | Zurich                                               | cosmetic
      Jeenbekov's                                          | Jeenbekov                                            | cosmetic
      Al-Jazeera                                           | Al Jazeera                                           | cosmetic
      Ala-Too                                              | Ala Too                                              | cosmetic
      Asylbek Jeenbekov                                    | Sooronbai Jeenbekov                                  | distinct
      Kyrgyzstan                                           | Mekenim Kyrgyzstan                                   | distinct
      Kyrgyz                                               | Kyrgyzstan                                           | distinct
      Russia                                               | Russian                                              | distinct
      Georgia                                              | Georgian                                             | distinct
      Ivanov                                               | Ivanova                                              | distinct
      Alexander Ivanov                                     | Alexandra Ivanova                                    | distinct
      Sadyr Japarov                                        | Sooronbai Jeenbekov                                  | distinct
      Mombekov                                             | Jeenbekov                                            | distinct
      Austria                                              | Australia                                            | distinct
      Iran                                                 | Iraq                                                 | distinct
      Bishkek                                              | Beijing                                              | distinct
      Mark Johnson                                         | Mike Johnson                                         | distinct
      Chon Kazat                                           | Ata Meken                                            | distinct
      Reforma                                              | Reform                                               | distinct
      Dorvakian                                            | Dorgatiak                                            | distinct
      Dorvaki                                              | Dorgati                                              | distinct
      Matvei                                               | Matveyev                                             | distinct
      Marco                                                | Marca                                                | distinct
      Britons                                              | Britain                                              | distinct
      Swedes                                               | Sweden                                               | distinct
      Filipino                                             | Philippines                                          | distinct
      """)
  void judgesNamePairs(String a, String b, String expected) {
    assertThat(verdict(a, b)).isEqualTo(expected);
    assertThat(verdict(b, a)).as("symmetric").isEqualTo(expected);
  }

  @Test
  void aShorterNameIsTheSameEntityWhenItsWordsMatchInOrder() {
    assertThat(RESOLVER.sameEntity("Jeenbekov", "Sooronbai Jeenbekov")).isTrue();
    assertThat(RESOLVER.sameEntity("Jinbekov", "Sooronbai Jeenbekov")).isTrue();
    assertThat(RESOLVER.sameEntity("Asylbek Jeenbekov", "Sooronbai Jeenbekov")).isFalse();
    assertThat(RESOLVER.sameEntity("Birmidik", "Birimdik")).isTrue();
  }

  @Test
  void knownNamesOverrideTheRules() {
    KnownNames known = KnownNames.builder()
        .aliases("OSCE", "Organization for Security and Co-operation in Europe")
        .distinct("Birimdik", "Birmidik")
        .build();
    EntityResolver resolver = new EntityResolver(new SpellingMatcher(), known);
    assertThat(resolver.sameEntity("OSCE", "Organisation for Security and Cooperation in Europe"))
        .isTrue();
    assertThat(resolver.spellingVariants("Birimdik", "Birmidik")).isEmpty();
  }

  @Test
  void thresholdsArePluggable() {
    SpellingMatcher strict = new SpellingMatcher(5, 0, 0.99);
    assertThat(strict.compare("birimdik", "birmidik")).isEqualTo(Verdict.DIFFERENT);
    assertThat(strict.compare("jeenbekov", "jinbekov")).isEqualTo(Verdict.TRANSLITERATION);
  }
}
