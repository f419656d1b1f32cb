package io.github.claimconflict.text;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.claimconflict.text.QuoteWords.Word;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The words of quotes as alignment and comparison read them. */
class QuoteWordsTest {

  @Test
  void keysIgnoreCaseHyphensApostrophesAndBritishSpelling() {
    assertThat(QuoteWords.words("Vote-buying didn't stop; the JUDGEMENT was organised."))
        .extracting(Word::key)
        .containsExactly("vote", "buying", "didnt", "stop", "the", "judgment", "was", "organized");
  }

  @Test
  void sentencesEndAtFullStopsAndEllipses() {
    assertThat(QuoteWords.words("We stayed. They left… Then rain"))
        .extracting(Word::endsSentence)
        .containsExactly(false, true, false, true, false, false);
  }

  @Test
  void anHourReadsTheSameWithItsHalfOfTheDayGluedOrDotted() {
    assertThat(QuoteWords.words("he left at 2am, back by 11 P.M.").stream()
        .map(Word::key).toList())
        .containsExactly("he", "left", "at", "2", "am", "back", "by", "11", "pm");
    assertThat(QuoteWords.words("she died around 2 a.m., his job was done"))
        .extracting(Word::key)
        .containsExactly("she", "died", "around", "2", "am", "his", "job", "was", "done");
    assertThat(QuoteWords.words("It came at 2 a.m. Then it stopped. Then a. m. came"))
        .extracting(Word::endsSentence)
        .containsExactly(false, false, false, false, true, false, false, true, false, true,
            true, false);
  }

  @Test
  void wordsInBracketsAreAnEditorsAside() {
    assertThat(QuoteWords.words("we met last night (Sunday, March 3) with the [town] mayor"))
        .filteredOn(Word::aside).extracting(Word::written)
        .containsExactly("Sunday", "March", "3", "town");
  }

  @Test
  void namesAndCommonWordsWeighHalfAndAManyWordNameCountsOnce() {
    Map<String, Double> stems = QuoteWords.weightedStems(
        QuoteWords.words("Today the people of Port Alder rebuilt the harbour"));
    assertThat(stems).containsEntry("toda", 0.5).containsEntry("peopl", 0.5)
        .containsEntry("alder", 0.5).containsEntry("port", 0.0).containsEntry("rebuilt", 1.0)
        .containsEntry("harbor", 1.0);
    assertThat(QuoteWords.total(stems)).isEqualTo(3.5);
  }

  @Test
  void stemsMeetAcrossWordForms() {
    assertThat(List.of("bribing", "bribery", "elections", "lives"))
        .extracting(QuoteWords::stem)
        .containsExactly("brib", "brib", "election", "lif");
    assertThat(QuoteWords.stem("life")).isEqualTo(QuoteWords.stem("lives"));
  }

  @Test
  void speakersMeetByTheirLastName() {
    assertThat(QuoteWords.sameLastName("Recep Tayyip Erdogan", "Tayyip Erdogan")).isTrue();
    assertThat(QuoteWords.sameLastName("Anna Holt", "Anna Berg")).isFalse();
  }

  @org.junit.jupiter.api.Test
  void aWordAndItsInflectionsShareAStemWhileBritishSpellingsMeet() {
    assertThat(QuoteWords.stem(QuoteWords.words("influence").get(0).key()))
        .isEqualTo(QuoteWords.stem(QuoteWords.words("influenced").get(0).key()));
    assertThat(QuoteWords.words("defence").get(0).key())
        .isEqualTo(QuoteWords.words("defense").get(0).key());
  }

  @Test
  void wordFormsAndNearSynonymsShareAMeaningButNotAStem() {
    assertThat(QuoteWords.meaning("terrorism")).isEqualTo(QuoteWords.meaning("terrorist"))
        .isEqualTo(QuoteWords.meaning("terror"));
    assertThat(QuoteWords.meaning("responsibility")).isEqualTo(QuoteWords.meaning("responsible"))
        .isEqualTo(QuoteWords.meaning("accountable"));
    assertThat(QuoteWords.meaning("awful")).isEqualTo(QuoteWords.meaning("terrible"));
    assertThat(QuoteWords.meaning("renewed")).isEqualTo(QuoteWords.meaning("resumed"));
    assertThat(QuoteWords.meaning("unorganized")).isEqualTo(QuoteWords.meaning("organizing"));
    assertThat(QuoteWords.meaning("worried")).isEqualTo(QuoteWords.meaning("worries"));
    assertThat(QuoteWords.meaning("harbour")).isNotEqualTo(QuoteWords.meaning("terrible"));
    // a root is a word form, not a sense: "awful" and "terrible" stay two words
    assertThat(QuoteWords.root("terrorism")).isEqualTo(QuoteWords.root("terrorist"));
    assertThat(QuoteWords.root("awful")).isNotEqualTo(QuoteWords.root("terrible"));
    assertThat(QuoteWords.root("unorganized")).isNotEqualTo(QuoteWords.root("organized"));
  }

  @Test
  void aQuotesMeaningsWeighAsItsStemsDo() {
    List<Word> words = QuoteWords.words("Today the awful storm hit Port Alder");
    assertThat(QuoteWords.total(QuoteWords.weightedMeanings(words)))
        .isEqualTo(QuoteWords.total(QuoteWords.weightedStems(words)));
    assertThat(QuoteWords.weightedMeanings(words)).containsKey(QuoteWords.meaning("terrible"));
  }
}
