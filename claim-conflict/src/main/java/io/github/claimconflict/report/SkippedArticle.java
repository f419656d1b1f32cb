package io.github.claimconflict.report;

import static java.util.Objects.requireNonNull;

import java.util.Optional;
import java.util.OptionalInt;

/**
 * An article given to the scan that could not be read, with the reason. Every article given is
 * either scanned or skipped. Input the command line could not read (a malformed file or line,
 * with {@code --skip-invalid}) is listed here too, with its file and line.
 *
 * @param id the article's id; for unreadable input, its place ("feed.jsonl:3")
 * @param reason what is wrong
 * @param file the input file, for input that could not be read
 * @param line the line in that file, where the problem is in one line or row
 */
public record SkippedArticle(String id, String reason, Optional<String> file,
    OptionalInt line) {

  /**
   * Requires every component.
   *
   * @param id the article's id; for unreadable input, its place ("feed.jsonl:3")
   * @param reason what is wrong
   * @param file the input file, for input that could not be read
   * @param line the line in that file, where the problem is in one line or row
   */
  public SkippedArticle {
    requireNonNull(id, "id");
    requireNonNull(reason, "reason");
    requireNonNull(file, "file");
    requireNonNull(line, "line");
  }

  /**
   * An article the scan itself could not read: no file and no line.
   *
   * @param id the article's id
   * @param reason what is wrong
   */
  public SkippedArticle(String id, String reason) {
    this(id, reason, Optional.empty(), OptionalInt.empty());
  }
}
