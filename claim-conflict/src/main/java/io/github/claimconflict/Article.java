package io.github.claimconflict;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.Optional;

/**
 * One news article to scan. Only {@code id} and {@code text} are required; the rest improves the
 * report. An article with blank text is accepted and reported as skipped, never silently dropped.
 *
 * @param id unique within a scan; any string that is not blank, at most {@value #MAX_ID_LENGTH}
 *     characters (a file name with spaces is a fine id)
 * @param source the outlet, or empty
 * @param published the publication date, or empty; used to keep apart events that share places and
 *     people
 * @param title the headline, or empty
 * @param url where the article was found, or empty
 * @param text the article's body; all evidence offsets point into it
 */
public record Article(
    String id,
    Optional<String> source,
    Optional<LocalDate> published,
    Optional<String> title,
    Optional<String> url,
    String text) {

  /** The longest id accepted, so that reports stay readable. */
  public static final int MAX_ID_LENGTH = 200;

  /**
   * Checks the fields; blank source, title and url become absent.
   *
   * @param id unique within a scan, not blank
   * @param source the outlet, or empty
   * @param published the publication date, or empty
   * @param title the headline, or empty
   * @param url where the article was found, or empty
   * @param text the article's body
   * @throws NullPointerException if id or an optional field is null
   * @throws IllegalArgumentException if the id is blank or too long, or the text is null
   */
  public Article {
    requireNonNull(id, "article id must not be null");
    requireNonNull(source, "source must not be null (use Optional.empty())");
    requireNonNull(published, "published must not be null (use Optional.empty())");
    requireNonNull(title, "title must not be null (use Optional.empty())");
    requireNonNull(url, "url must not be null (use Optional.empty())");
    if (text == null) {
      throw new IllegalArgumentException("article '" + id + "': text must not be null");
    }
    if (id.isBlank()) {
      throw new IllegalArgumentException("article id must not be blank");
    }
    if (id.length() > MAX_ID_LENGTH) {
      throw new IllegalArgumentException(
          "article id is " + id.length() + " characters long; the limit is " + MAX_ID_LENGTH);
    }
    source = unlessBlank(source);
    title = unlessBlank(title);
    url = unlessBlank(url);
  }

  /**
   * An article with only an id and a text.
   *
   * @param id the article's id
   * @param text the article's body
   * @return the article
   */
  public static Article of(String id, String text) {
    return new Article(id, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
        text);
  }

  /**
   * An article with an id, a publication date and a text.
   *
   * @param id the article's id
   * @param published the publication date
   * @param text the article's body
   * @return the article
   */
  public static Article of(String id, LocalDate published, String text) {
    return new Article(id, Optional.empty(), Optional.of(published), Optional.empty(),
        Optional.empty(), text);
  }

  /**
   * A builder for an article with more than an id, a date and a text:
   * {@code Article.builder("wire-1", text).source("Wire").published(date).build()}.
   *
   * @param id the article's id, as for the record
   * @param text the article's body
   * @return a builder with no source, date, title or url
   */
  public static ArticleBuilder builder(String id, String text) {
    return new ArticleBuilder(id, text);
  }

  /**
   * Whether there is any text to scan.
   *
   * @return false for blank text, which the scan lists as skipped
   */
  public boolean hasText() {
    return !text.isBlank();
  }

  /** The value, or none where it is blank (a method, not a lambda: every article passes here). */
  private static Optional<String> unlessBlank(Optional<String> value) {
    return value.isPresent() && value.get().isBlank() ? Optional.empty() : value;
  }
}
