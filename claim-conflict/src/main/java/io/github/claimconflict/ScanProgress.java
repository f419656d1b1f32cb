package io.github.claimconflict;

/**
 * Told how far a scan has come, for a progress bar. Called from the threads that read articles,
 * so an implementation must be thread-safe; it should return quickly.
 */
@FunctionalInterface
public interface ScanProgress {

  /** Nothing is reported. */
  ScanProgress NONE = (done, total) -> { };

  /**
   * {@code done} of {@code total} articles have been read.
   *
   * @param done how many have been read so far
   * @param total how many the scan will read
   */
  void articlesRead(int done, int total);
}
