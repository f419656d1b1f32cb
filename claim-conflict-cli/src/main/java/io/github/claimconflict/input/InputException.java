package io.github.claimconflict.input;

/**
 * Input that cannot be read: a missing file, a malformed line, a duplicate id. The message names
 * the file, and the line where there is one.
 */
public final class InputException extends Exception {
  private static final long serialVersionUID = 1L;

  public InputException(String message) {
    super(message);
  }
}
