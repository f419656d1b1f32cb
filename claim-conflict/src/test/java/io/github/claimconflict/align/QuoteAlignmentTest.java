package io.github.claimconflict.align;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.claimconflict.Article;
import io.github.claimconflict.claim.Evidence;
import io.github.claimconflict.claim.QuoteClaim;
import io.github.claimconflict.compare.ClaimGroup;
import io.github.claimconflict.compare.Finding;
import io.github.claimconflict.compare.QuoteComparator;
import io.github.claimconflict.extract.QuoteExtractor;
import java.util.ArrayList;
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
  void aSloganTranslatedWithASynonymIsOneStatementWithoutASpeaker() {
    assertThat(ALIGNER.align("E1", List.of(
        quote("a", null, "down with the despot"),
        quote("b", null, "Down with the tyrant!")))).hasSize(1);
    // Another word, not a synonym, is another slogan; two named speakers are two statements.
    assertThat(ALIGNER.align("E1", List.of(
        quote("a", null, "down with the despot"),
        quote("b", null, "down with the police")))).isEmpty();
    assertThat(ALIGNER.align("E1", List.of(
        quote("a", "Anna Holt", "down with the despot"),
        quote("b", "Tomas Berg", "down with the tyrant")))).isEmpty();
    // A capitalized word swapped is the name of something, translated: "March for Liberty".
    assertThat(ALIGNER.align("E1", List.of(
        quote("a", null, "the March for Freedom"),
        quote("b", null, "the March for Liberty")))).isEmpty();
  }

  @Test
  void twoTranslationsOfOneSpeakersRemarkAreOneStatement() {
    // Two renderings share only "decision" and "influence": enough for one speaker, whose name
    // the two translations romanize each in its own way, and not for two speakers.
    String first = "I made a difficult decision and nobody could influence it";
    String second = "The choice was unbelievably painful for me, and neither family nor team could "
        + "influence my decision in any way";
    List<ClaimGroup<QuoteClaim>> same = ALIGNER.align("E1", List.of(
        quote("a", "Sviatlana Marouskaya", first), quote("b", "Svetlana Marovskaya", second)));
    assertThat(same).singleElement().satisfies(g -> assertThat(g.claims()).hasSize(2));
    List<ClaimGroup<QuoteClaim>> other = ALIGNER.align("E1", List.of(
        quote("a", "Sviatlana Marouskaya", first), quote("b", "Tomas Berg", second)));
    assertThat(other).isEmpty();
  }

  @Test
  void aQuoteKeptWordForWordButOneIsOneRemarkWhoeverTheArticlesSaySpokeIt() {
    String first = "Holding the flag, the man said: \"Whoever flooded the valley will pay the price, "
        + "one by one \u2026 Only the river will take me from here.\"\n\nThe ministry denounced "
        + "the act as a \"criminal attack\" and said the valley would be rebuilt.";
    String second = "\"Only the river will remove me from here,\" the man shouted in Marvento.";
    List<QuoteClaim> claims = new ArrayList<>();
    claims.addAll(new QuoteExtractor().extract(Article.of("a", first)));
    claims.addAll(new QuoteExtractor().extract(Article.of("b", second)));
    List<Finding> found = new ArrayList<>();
    for (ClaimGroup<QuoteClaim> g : ALIGNER.align("E1", claims)) {
      // the ministry's words, after the man's closed quote, are no part of it
      assertThat(g.claims()).noneMatch(c -> c.surface().equals("criminal attack"));
      found.addAll(new QuoteComparator().compare(g));
    }
    assertThat(found).singleElement().satisfies(f -> assertThat(f.diff())
        .contains("Only the river will [-take-] {+remove+} me from here"));
  }

  @Test
  void oneWordAsideNeedsAStatementOfFiveWordsOrMore() {
    List<String> said = List.of("only", "the", "river", "will", "take", "me", "from", "here");
    assertThat(QuoteAligner.oneWordAside(said,
        List.of("only", "the", "river", "will", "remove", "me", "from", "here"))).isTrue();
    assertThat(QuoteAligner.oneWordAside(said,
        List.of("only", "the", "sea", "will", "remove", "me", "from", "here"))).isFalse();
    assertThat(QuoteAligner.oneWordAside(List.of("death", "to", "the", "king"),
        List.of("death", "to", "the", "queen"))).isFalse();
  }

  @Test
  void translationsOfOneStatementMeetOnNearSynonymsAndWordForms() {
    // As written they share "dockers", "worried" and "people"; "organizing" and "unorganized",
    // "protests" and "demonstrations" make them one statement.
    List<ClaimGroup<QuoteClaim>> groups = ALIGNER.align("E1", List.of(
        quote("a", "Ilse Maren", "So the dockers were worried to see people with no skill in "
            + "organizing protests at the quay"),
        quote("b", "Ilse Maren", "The dockers were worried by unorganized demonstrations of "
            + "people who had never stood on a picket line")));
    assertThat(groups).singleElement().satisfies(g -> assertThat(g.claims()).hasSize(2));
  }

  @Test
  void twoStatementsOfOneSpeakerThatShareOneNearSynonymStayApart() {
    List<ClaimGroup<QuoteClaim>> groups = ALIGNER.align("E1", List.of(
        quote("a", "Ilse Maren", "The flood was a terrible blow for the farmers downstream"),
        quote("b", "Ilse Maren", "Our engineers will inspect the awful cracks in the dam tomorrow")));
    assertThat(groups).isEmpty();
  }
}
