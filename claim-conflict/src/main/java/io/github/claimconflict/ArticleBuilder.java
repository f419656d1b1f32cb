package io.github.claimconflict;

import java.time.LocalDate;
import java.util.Optional;

/**
 * Builds an {@link Article}, from {@link Article#builder(String, String)}; each optional field is
 * absent until set, and null unsets it.
 */
public final class ArticleBuilder {
  private final String id;
  private final String text;
  private String source;
  private LocalDate published;
  private String title;
  private String url;

  ArticleBuilder(String id, String text) {
    this.id = id;
    this.text = text;
  }

  /**
   * The outlet.
   *
   * @param source the outlet's name, or null for none
   * @return this builder
   */
  public ArticleBuilder source(String source) {
    this.source = source;
    return this;
  }

  /**
   * The publication date.
   *
   * @param published the date, or null for none
   * @return this builder
   */
  public ArticleBuilder published(LocalDate published) {
    this.published = published;
    return this;
  }

  /**
   * The headline.
   *
   * @param title the headline, or null for none
   * @return this builder
   */
  public ArticleBuilder title(String title) {
    this.title = title;
    return this;
  }

  /**
   * Where the article was found.
   *
   * @param url the address, or null for none
   * @return this builder
   */
  public ArticleBuilder url(String url) {
    this.url = url;
    return this;
  }

  /**
   * The article, checked as the record checks it.
   *
   * @return the article
   * @throws IllegalArgumentException if the id is blank or too long, or the text is null
   */
  public Article build() {
    return new Article(id, Optional.ofNullable(source), Optional.ofNullable(published),
        Optional.ofNullable(title), Optional.ofNullable(url), text);
  }
}
