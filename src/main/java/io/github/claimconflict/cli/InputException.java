package io.github.claimconflict.cli;

/** Bad input on the command line: a missing file, a malformed line, a duplicate id. Exit code 2. */
final class InputException extends Exception {
  private static final long serialVersionUID = 1L;

  InputException(String message) {
    super(message);
  }
}
