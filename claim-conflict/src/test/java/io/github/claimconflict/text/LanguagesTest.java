package io.github.claimconflict.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Short articles we wrote, one per language, and texts too short or mixed to decide. */
class LanguagesTest {

  @ParameterizedTest(name = "[{index}] {0}")
  @CsvSource(delimiter = '|', textBlock = """
      ENGLISH    | The river burst its banks on Sunday and the water reached the old bridge, the mayor of Varnesk said. Rescuers were searching for two fishermen who had not returned.
      GERMAN     | Der Fluss ist am Sonntag über die Ufer getreten, sagte die Bürgermeisterin von Varnesk. Die Retter suchen noch nach zwei Fischern, die nicht zurückgekehrt sind.
      FRENCH     | La rivière est sortie de son lit dimanche et l'eau a atteint le vieux pont, selon le maire de Varnesk. Les secours cherchent deux pêcheurs qui ne sont pas rentrés.
      SPANISH    | El río se desbordó el domingo y el agua llegó al puente viejo, según la alcaldesa de Varnesk. Los rescatistas buscan a dos pescadores que no han regresado.
      ITALIAN    | Il fiume è esondato domenica e l'acqua ha raggiunto il vecchio ponte, secondo il sindaco di Varnesk. I soccorritori cercano due pescatori che non sono tornati.
      PORTUGUESE | O rio transbordou no domingo e a água chegou à ponte velha, segundo a prefeita de Varnesk. Os socorristas procuram dois pescadores que não voltaram para casa.
      DUTCH      | De rivier is zondag buiten haar oevers getreden en het water bereikte de oude brug, volgens de burgemeester van Varnesk. De reddingswerkers zoeken nog naar twee vissers die niet zijn teruggekeerd.
      TURKISH    | Nehir pazar günü taştı ve su eski köprüye kadar ulaştı, Varnesk belediye başkanı bu konuda açıklama yaptı. Kurtarma ekipleri henüz dönmeyen iki balıkçı için arama yapıyor ve çok endişeli.
      """)
  void identifiesAnArticlesLanguage(Language expected, String text) {
    assertThat(Languages.identify(text)).contains(expected);
  }

  /** Function words are found whatever their case, accented capitals too ("À", "É", "NÃO"). */
  @ParameterizedTest(name = "[{index}] {0}")
  @CsvSource(delimiter = '|', textBlock = """
      FRENCH     | La rivière est sortie de son lit dimanche, selon le maire de Varnesk. Les secours cherchent deux pêcheurs qui ne sont pas rentrés à temps; la crue était forte.
      ITALIAN    | Il fiume è esondato domenica, secondo il sindaco di Varnesk. I soccorritori cercano due pescatori che non sono tornati; la piena è più alta del previsto.
      PORTUGUESE | O rio transbordou no domingo e a água chegou à ponte velha. Os socorristas não encontraram os pescadores, que também não voltaram para casa após a cheia.
      """)
  void findsFunctionWordsInCapitals(Language expected, String text) {
    assertThat(Languages.identify(text.toUpperCase(Locale.ROOT))).contains(expected);
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @CsvSource(delimiter = '|', textBlock = """
      Varnesk Lorvik
      The flood.
      Der Fluss and the river la rivière el río
      """)
  void leavesShortOrMixedTextsUndecided(String text) {
    assertThat(Languages.identify(text)).isEqualTo(Optional.empty());
  }
}
