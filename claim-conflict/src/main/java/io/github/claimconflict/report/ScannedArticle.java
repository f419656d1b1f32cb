package io.github.claimconflict.report;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.Optional;

/**
 * An article the scan read.
 *
 * @param id the article's id
 * @param source its outlet, if known
 * @param published the date it was placed at: its publication date, else its dateline
 * @param event the id of the event it was placed in
 * @param claims how many claims were read from it
 */
public record ScannedArticle(
    String id, Optional<String> source, Optional<LocalDate> published, String event, int claims) {

  /**
   * Requires every component but {@code claims}.
   *
   * @param id the article's id
   * @param source its outlet, if known
   * @param published the date it was placed at: its publication date, else its dateline
   * @param event the id of the event it was placed in
   * @param claims how many claims were read from it
   */
  public ScannedArticle {
    requireNonNull(id, "id");
    requireNonNull(source, "source");
    requireNonNull(published, "published");
    requireNonNull(event, "event");
  }
}
