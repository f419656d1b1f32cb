package io.github.claimconflict.align;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.claimconflict.claim.Evidence;
import io.github.claimconflict.claim.QuoteClaim;
import io.github.claimconflict.compare.ClaimGroup;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Which quotes of one event are grouped as renderings of one statement. */
class QuoteAlignmentTest {

  private static final QuoteAligner ALIGNER = new QuoteAligner(new EntityResolver());

  private static QuoteClaim quote(String article, String speaker, String words) {
    return new QuoteClaim(new Evidence(article, 0, words.length(), words, 0), words,
        Optional.ofNullable(speaker));
  }

  @Test
  void placeNamesAndCommonWordsDoNotMakeOneStatement() {
    // Three shared content words, but a city, "people" and "today": a bystander and a minister.
    List<ClaimGroup<QuoteClaim>> groups = ALIGNER.align("E1", List.of(
        quote("a", "Anna Holt", "The government will send the people of Riverton emergency funds "
            + "today"),
        quote("b", "Omar Haddad", "People in Riverton lost their houses and their cattle today")));
    assertThat(groups).isEmpty();
  }

  @Test
  void renderingsThatShareTheirStatementAreGrouped() {
    List<ClaimGroup<QuoteClaim>> groups = ALIGNER.align("E1", List.of(
        quote("a", "Anna Holt", "The government will send emergency funds to the flooded valley"),
        quote("b", null, "The government will send urgent funds to the flooded valley")));
    assertThat(groups).singleElement().satisfies(g -> assertThat(g.claims()).hasSize(2));
  }

  @Test
  void aShortQuoteJoinsAQuoteOfTheSameSpeakerThatSharesItsWord() {
    List<ClaimGroup<QuoteClaim>> same = ALIGNER.align("E1", List.of(
        quote("a", "Lena Varga", "total chaos"),
        quote("b", "Mayor Lena Varga", "It was utter chaos in the market all night")));
    assertThat(same).hasSize(1);
    List<ClaimGroup<QuoteClaim>> other = ALIGNER.align("E1", List.of(
        quote("a", "Lena Varga", "total chaos"),
        quote("b", "Tomas Berg", "It was utter chaos in the market all night")));
    assertThat(other).isEmpty();
  }

  @Test
  void twoTranslationsOfOneSpeakersRemarkAreOneStatement() {
    // Two renderings share only "decision" and "influence": enough for one speaker, whose name
    // the two translations romanize each in its own way, and not for two speakers.
    String first = "I made a difficult decision and nobody could influence it";
    String second = "The choice was unbelievably hard for me, and neither family nor team could "
        + "influence my decision in any way";
    List<ClaimGroup<QuoteClaim>> same = ALIGNER.align("E1", List.of(
        quote("a", "Sviatlana Marouskaya", first), quote("b", "Svetlana Marovskaya", second)));
    assertThat(same).singleElement().satisfies(g -> assertThat(g.claims()).hasSize(2));
    List<ClaimGroup<QuoteClaim>> other = ALIGNER.align("E1", List.of(
        quote("a", "Sviatlana Marouskaya", first), quote("b", "Tomas Berg", second)));
    assertThat(other).isEmpty();
  }
}
