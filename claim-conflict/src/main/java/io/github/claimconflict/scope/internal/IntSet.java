package io.github.claimconflict.scope.internal;

import java.util.Arrays;

/**
 * A set of ints kept sorted in one array: four bytes an element, where a {@code HashSet<Integer>}
 * takes some fifty (a node, a boxed key and its slot). The scope stage keeps one per event of a
 * scan for the events it may join (about a hundred and forty an article in a large feed), so the
 * boxed sets grew with the scan to most of its heap. An element greater than all is appended;
 * any other shifts the greater ones, which is cheap at these sizes.
 */
final class IntSet {

  private static final int[] NONE = {};

  private int[] values = NONE;
  private int size;

  /** Adds {@code v}; nothing when it is in already. */
  void add(int v) {
    int at = size > 0 && values[size - 1] < v ? -(size + 1) : Arrays.binarySearch(values, 0, size, v);
    if (at >= 0) {
      return;
    }
    int insert = -(at + 1);
    if (size == values.length) {
      values = Arrays.copyOf(values, Math.max(4, size + (size >> 1)));
    }
    System.arraycopy(values, insert, values, insert + 1, size - insert);
    values[insert] = v;
    size++;
  }

  /** Removes {@code v}; nothing when it is not in. */
  void remove(int v) {
    int at = Arrays.binarySearch(values, 0, size, v);
    if (at >= 0) {
      System.arraycopy(values, at + 1, values, at, size - at - 1);
      size--;
    }
  }

  int size() {
    return size;
  }

  /** The {@code k}-th element in ascending order. */
  int get(int k) {
    return values[k];
  }

  void clear() {
    values = NONE;
    size = 0;
  }
}
