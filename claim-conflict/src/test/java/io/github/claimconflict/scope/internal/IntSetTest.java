package io.github.claimconflict.scope.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class IntSetTest {

  @Test
  void keepsTheSameElementsAsASortedSetThroughAddsAndRemovesInAnyOrder() {
    Random random = new Random(7);
    IntSet set = new IntSet();
    TreeSet<Integer> expected = new TreeSet<>();
    for (int step = 0; step < 20_000; step++) {
      int v = random.nextInt(300);
      if (random.nextInt(3) == 0) {
        set.remove(v);
        expected.remove(v);
      } else {
        set.add(v);
        expected.add(v);
      }
    }
    List<Integer> held = new ArrayList<>();
    for (int k = 0; k < set.size(); k++) {
      held.add(set.get(k));
    }
    assertThat(held).containsExactlyElementsOf(expected);
  }

  @Test
  void anElementAddedTwiceIsHeldOnceAndClearEmptiesTheSet() {
    IntSet set = new IntSet();
    set.add(5);
    set.add(2);
    set.add(5);
    set.add(9);
    assertThat(set.size()).isEqualTo(3);
    assertThat(List.of(set.get(0), set.get(1), set.get(2))).containsExactly(2, 5, 9);
    set.remove(4);
    assertThat(set.size()).isEqualTo(3);
    set.clear();
    assertThat(set.size()).isZero();
  }
}
