/** A library user's module: it needs only the library. */
module consumer {
  requires io.github.claimconflict;
}
