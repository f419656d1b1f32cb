package io.github.claimconflict.input;

import static java.util.Objects.requireNonNull;

import java.util.Optional;

/**
 * A file, or a line or row of one, left out with {@code skipInvalid} because it could not be read.
 *
 * @param file the path as the user gave it (or found in a folder they gave); "-" for standard input
 * @param line the line where the problem is, when it is in one line or row
 * @param reason what is wrong, in plain words
 */
public record SkippedInput(String file, Optional<Integer> line, String reason) {

  public SkippedInput {
    requireNonNull(file, "file");
    requireNonNull(line, "line");
    requireNonNull(reason, "reason");
  }

  /** "file" or "file:line", the way compilers name a place. */
  public String where() {
    return line.isPresent() ? file + ":" + line.get() : file;
  }
}
