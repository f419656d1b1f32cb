package io.github.claimconflict;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ArticleBuilderTest {

  @Test
  void buildsWhatTheRecordHolds() {
    Article a = Article.builder("wire-1", "Some 5,000 people gathered.").source("Wire")
        .published(LocalDate.of(2024, 3, 10)).title("Crowd").url("https://example.org/1").build();
    assertThat(a).isEqualTo(new Article("wire-1", Optional.of("Wire"),
        Optional.of(LocalDate.of(2024, 3, 10)), Optional.of("Crowd"),
        Optional.of("https://example.org/1"), "Some 5,000 people gathered."));
  }

  @Test
  void unsetAndNullFieldsAreAbsentAndBlankOnesToo() {
    Article a = Article.builder("x", "text").source("  ").title(null).build();
    assertThat(a).isEqualTo(Article.of("x", "text"));
  }

  @Test
  void checksAsTheRecordDoes() {
    assertThatThrownBy(() -> Article.builder(" ", "text").build())
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Article.builder("x", null).build())
        .isInstanceOf(IllegalArgumentException.class);
  }
}
