package io.github.claimconflict;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class ArticleTest {

  @Test
  void rejectsABlankId() {
    assertThatThrownBy(() -> Article.of(" ", "text"))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("article id must not be blank");
  }

  @Test
  void acceptsAnyNonBlankIdSuchAsAFileNameWithSpaces() {
    assertThat(Article.of("Rally report (final) #2.html", "text").id())
        .isEqualTo("Rally report (final) #2.html");
  }

  @Test
  void rejectsAnOverlongId() {
    assertThatThrownBy(() -> Article.of("x".repeat(201), "text"))
        .hasMessageContaining("201 characters").hasMessageContaining("200");
  }

  @Test
  void rejectsNullTextNamingTheArticle() {
    assertThatThrownBy(() -> Article.of("a1", null)).hasMessageContaining("article 'a1'");
  }

  @Test
  void acceptsBlankTextAndSaysItHasNone() {
    assertThat(Article.of("a1", "  \n").hasText()).isFalse();
  }

  @Test
  void blankOptionalFieldsBecomeEmpty() {
    Article a = new Article("a", Optional.of(" "), Optional.empty(), Optional.of(""),
        Optional.empty(), "x");
    assertThat(a.source()).isEmpty();
    assertThat(a.title()).isEmpty();
  }
}
