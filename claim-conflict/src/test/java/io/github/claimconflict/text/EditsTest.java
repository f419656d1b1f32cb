package io.github.claimconflict.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A slip of the keyboard counts as one edit, two neighbouring letters swapped included. */
class EditsTest {

  @Test
  void twoNeighbouringLettersSwappedAreOneEdit() {
    assertThat(Edits.swapped("erdogan", "erdgoan")).isTrue();
    assertThat(Edits.withSwaps("erdogan", "erdgoan")).isEqualTo(1);
    // not neighbours, not crossed, or not one length: no swap
    assertThat(Edits.swapped("orlitz", "zrlito")).isFalse();
    assertThat(Edits.swapped("orlitz", "orlixy")).isFalse();
    assertThat(Edits.swapped("orlitz", "ortlitz")).isFalse();
    assertThat(Edits.swapped("orlitz", "orlitz")).isFalse();
  }

  @Test
  void otherEditsAreLevenshteins() {
    assertThat(Edits.withSwaps("orlitz", "ortlitz")).isEqualTo(1);
    assertThat(Edits.withSwaps("orlitz", "orlixy")).isEqualTo(2);
    assertThat(Edits.withSwaps("boshirov", "borishov")).isGreaterThan(2);
  }
}
