package io.github.claimconflict.input;

import java.util.Optional;

/** One record of a JSON or CSV input, read by column name. */
interface Row {

  /** The value under that name; empty when absent, null or blank. */
  Optional<String> get(String name) throws BadRow;

  /** A value of the wrong type, such as an object where a string belongs. */
  final class BadRow extends Exception {
    private static final long serialVersionUID = 1L;

    BadRow(String message) {
      super(message);
    }
  }
}
