package io.github.claimconflict.scope;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.claimconflict.Article;
import io.github.claimconflict.text.NameNormalizer;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** What the scope stage keys an article by, as a caller that blocks a corpus sees it. */
class ScopeKeysTest {

  @Test
  void theKeysOfANameCoverTheFormsTheScopeStageGivesIt() {
    Article a = Article.of("k", LocalDate.of(2024, 3, 4), "Mayor Ilse Varga of the Tarnby Harbour"
        + " Board said on Monday that the Tarnby Harbour Board would meet again. Ilse Varga"
        + " spoke to reporters.");
    ScopeKeys.NameKeys keys = ScopeKeys.nameKeys(a);
    assertThat(keys.names()).contains(key("Ilse Varga"), key("Tarnby Harbour Board"))
        .isSorted().doesNotHaveDuplicates();
    assertThat(keys.endings()).contains(key("Varga"), key("Harbour Board"))
        .doesNotContain(key("Ilse Varga"));
  }

  @Test
  void anArticleIsDatedByItsPublicationElseByItsDateline() {
    String text = "KARVIK, 29 Nov 2021 - The ferry Orla ran aground on Monday.";
    assertThat(ScopeKeys.dateOf(Article.of("p", LocalDate.of(2021, 12, 1), text)))
        .contains(LocalDate.of(2021, 12, 1));
    assertThat(ScopeKeys.dateOf(Article.of("d", text))).contains(LocalDate.of(2021, 11, 29));
    assertThat(ScopeKeys.dateOf(Article.of("u", "The ferry Orla ran aground on Monday.")))
        .isEmpty();
  }

  @Test
  void aDatelineStandsInTheHeadOfTheText() {
    assertThat(ScopeKeys.dateline("October 5, 2020")).contains(LocalDate.of(2020, 10, 5));
    assertThat(ScopeKeys.dateline("x".repeat(2000) + " 2020-10-05")).isEmpty();
  }

  private static String key(String name) {
    return NameNormalizer.cosmeticKey(name);
  }
}
