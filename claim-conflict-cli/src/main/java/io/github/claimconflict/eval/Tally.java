package io.github.claimconflict.eval;

/**
 * Counts of one kind, or of all kinds, in a score.
 *
 * @param found must items found
 * @param must must items in all
 * @param violated traps a conflict fell into
 * @param traps traps in all
 * @param unexpected conflicts that match no item
 */
public record Tally(int found, int must, int violated, int traps, int unexpected) {

  /** Nothing counted. */
  public static final Tally ZERO = new Tally(0, 0, 0, 0, 0);

  /** The sum of two tallies. */
  public Tally plus(Tally o) {
    return new Tally(found + o.found, must + o.must, violated + o.violated, traps + o.traps,
        unexpected + o.unexpected);
  }

  /** The line the reference scorer ends with: "found X/Y must, violated Z/W traps, U unexpected". */
  public String line() {
    return "found " + found + "/" + must + " must, violated " + violated + "/" + traps
        + " traps, " + unexpected + " unexpected";
  }
}
