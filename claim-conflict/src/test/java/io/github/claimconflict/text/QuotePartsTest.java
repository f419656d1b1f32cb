package io.github.claimconflict.text;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.claimconflict.Article;
import io.github.claimconflict.claim.QuoteClaim;
import io.github.claimconflict.extract.ArticleText;
import io.github.claimconflict.extract.QuoteExtractor;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Which quotes of one article are the parts of one split quote. */
class QuotePartsTest {

  private static List<List<String>> renderings(String text) {
    List<QuoteClaim> quotes = new QuoteExtractor().extract(ArticleText.of(Article.of("a", text)));
    return QuoteParts.renderings(quotes).stream()
        .map(r -> r.stream().map(QuoteClaim::surface).toList()).toList();
  }

  @Test
  void anAttributionBetweenTwoPartsMakesOneQuote() {
    assertThat(renderings("\"We will talk to everyone,\" he added, \"but we will not betray "
        + "our voters.\"")).hasSize(1);
  }

  @Test
  void aSentenceThatIntroducesAQuoteWithAColonStartsAnotherOne() {
    List<List<String>> r = renderings("Observers spoke of \"credible reports of fraud.\"\n\n"
        + "Before a crowd in the square, the candidate Anna Berg said: \"They broke their "
        + "promise.\"");
    assertThat(r).hasSize(2);
    assertThat(r.get(0)).singleElement().asString().startsWith("credible reports of fraud");
  }

  @Test
  void aSentenceBetweenTwoQuotesMakesThemTwoStatements() {
    List<List<String>> r = renderings("\"Our patience should not be taken for fear,\" warned the "
        + "mayor. The mayor said that the whole town was in mourning. \"We will rebuild every "
        + "last house of the harbour,\" said Varga.");
    assertThat(r).hasSize(2);
    assertThat(renderings("\"Our patience should not be taken for fear,\" warned the mayor. "
        + "\"We will rebuild every last house of the harbour,\" said Varga.")).hasSize(1);
  }

  @Test
  void aQuoteThatAClauseRunsIntoIsAPhraseOfItsOwn() {
    // Two quoted phrases of one sentence, the second the object of its own verb: not one quote.
    List<List<String>> r = renderings("The premier Ilse Marven spoke of \"deep grief\" while the "
        + "harbour master Tomas Reede described the fire as a \"dark day\".");
    assertThat(r).hasSize(2);
    // A split quote's attribution ends on a comma, and keeps the parts together.
    assertThat(renderings("\"We lost the pier,\" the harbour master Tomas Reede said, \"and "
        + "half the boats.\"")).hasSize(1);
    // So does one whose attribution, closed by its comma, leads into more of the statement.
    assertThat(renderings("\"It is truly grim,\" Mr Reede said, saying the pier's \"loss should "
        + "never have happened.\"")).hasSize(1);
  }
}
